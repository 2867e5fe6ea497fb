import { isLocale } from '@/lib/i18n/routing';
import { getSite, prerenderedEntities } from '@/lib/site';
import { prerenderSettings } from '@/lib/site/prerender';

/**
 * The entity pages of a language rendered at build time, as `[section]/[slug]` params (the
 * section's word and the entity's slug in that language): none by default, every entity page
 * being rendered on its first request (`dynamicParams`) and kept; with `PRERENDER_ENTITIES=1`,
 * those the recent stories link to (`prerenderedEntities`; lib/site/prerender.ts says what each
 * costs). Unknown slugs never reach the routes in production (lib/server/unknown-pages.ts).
 */
export function entityPageParams({ params }: { params: { locale: string } }) {
  const { locale } = params;
  if (!isLocale(locale) || !prerenderSettings().entities) return [];
  return prerenderedEntities(getSite(), locale).map(({ kind, entity }) => ({ section: kind.segment[locale], slug: entity.slug[locale] }));
}
