import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { entityViews, type EntityViews } from '@/components/entity-pages/views';
import { isLocale } from '@/lib/i18n/routing';
import { entityMetadata } from '../entity-metadata';
import { entityKindBySegment, entityKindList, getSite, type EntityKind } from '@/lib/site';

/*
 * One person, organization, topic or event (`/fr/intervenants/olga-vidanova`,
 * `/en/events/brics-cloud-cities-forum-2025`). Ids are the same in every language; unknown
 * ids are not generated, so they get the localized 404.
 */
export const dynamicParams = false;

// The section is generated here too: only a layout's params reach a child page, not a sibling page's.
export function generateStaticParams({ params }: { params: { locale: string } }) {
  const { locale } = params;
  if (!isLocale(locale)) return [];
  const site = getSite();
  return entityKindList.flatMap((kind) => kind.list(site, locale).map((entity) => ({ section: kind.segment[locale], id: entity.id })));
}

async function load(params: PageProps<'/[locale]/[section]/[id]'>['params']) {
  const { locale, section, id } = await params;
  const kind = isLocale(locale) ? entityKindBySegment(locale, section) : undefined;
  const entity = kind?.find(getSite(), id);
  if (!isLocale(locale) || !kind || !entity) notFound();
  return { locale, kind, entity };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[section]/[id]'>): Promise<Metadata> {
  const { locale, kind, entity } = await load(params);
  return entityMetadata(kind, entity, locale);
}

export default async function EntityPage({ params }: PageProps<'/[locale]/[section]/[id]'>) {
  const { locale, kind, entity } = await load(params);
  setRequestLocale(locale);
  // The kind and the entity come from one descriptor's `find`: they match.
  const { Page } = entityViews[kind.kind] as EntityViews<EntityKind>;
  return <Page entity={entity} locale={locale} />;
}
