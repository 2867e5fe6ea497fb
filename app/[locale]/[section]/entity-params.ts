import { isLocale } from '@/lib/i18n/routing';
import { getSite, prerenderedEntities } from '@/lib/site';

/**
 * The entity pages of a language rendered at build time, as `[section]/[slug]` params (the
 * section's word and the entity's slug in that language): those the recent stories link to
 * (`prerenderedEntities`). The others are rendered on their first request (`dynamicParams`);
 * unknown slugs never reach the routes in production (lib/server/unknown-pages.ts). Their feeds
 * are all rendered on request (lib/site/prerender.ts).
 */
export function entityPageParams({ params }: { params: { locale: string } }) {
  const { locale } = params;
  if (!isLocale(locale)) return [];
  return prerenderedEntities(getSite(), locale).map(({ kind, entity }) => ({ section: kind.segment[locale], slug: entity.slug[locale] }));
}
