import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { entityViews, type EntityViews } from '@/components/entity-pages/views';
import { isLocale } from '@/lib/i18n/routing';
import { entityMetadata } from '../entity-metadata';
import { entityPageParams } from '../entity-params';
import { entityKindBySegment, getSite, resolveEntity, type EntityKind } from '@/lib/site';

/*
 * One person, organization, topic or event, at its slug in the page's language
 * (`/fr/intervenants/dmitry-chanine`, `/en/speakers/dmitry-shanin`). The pages the recent
 * stories link to are rendered at build time, the others on their first request and kept. In
 * production, unknown slugs get the localized 404 and an entity's old address (its id, where it
 * differs from the slug) a 308 to its page before Next sees them (lib/server/unknown-pages.ts);
 * in development this page answers both.
 */
export const dynamicParams = true;

// The section is generated here too: only a layout's params reach a child page, not a sibling page's.
export const generateStaticParams = entityPageParams;

async function load(params: PageProps<'/[locale]/[section]/[slug]'>['params']) {
  const { locale, section, slug } = await params;
  const kind = isLocale(locale) ? entityKindBySegment(locale, section) : undefined;
  const target = isLocale(locale) && kind ? resolveEntity(getSite(), kind, slug, locale) : undefined;
  if (target && 'movedTo' in target) permanentRedirect(target.movedTo);
  if (!isLocale(locale) || !target) notFound();
  return { locale, ...target };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[section]/[slug]'>): Promise<Metadata> {
  const { locale, kind, entity } = await load(params);
  return entityMetadata(kind, entity, locale);
}

export default async function EntityPage({ params }: PageProps<'/[locale]/[section]/[slug]'>) {
  const { locale, kind, entity } = await load(params);
  setRequestLocale(locale);
  // The kind and the entity come from one descriptor's `find`: they match.
  const { Page } = entityViews[kind.kind] as EntityViews<EntityKind>;
  return <Page entity={entity} locale={locale} />;
}
