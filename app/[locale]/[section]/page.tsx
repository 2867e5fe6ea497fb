import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { EventsIndexView } from '@/components/entity-pages/events-index-view';
import { OrganizationsIndexView } from '@/components/entity-pages/organizations-index-view';
import { PeopleIndexView } from '@/components/entity-pages/people-index-view';
import { TopicsIndexView } from '@/components/entity-pages/topics-index-view';
import { entityKindOf, entityKinds, entitySegments } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { entityIndexMetadata } from '@/lib/seo/entity-metadata';

/*
 * Index pages of people, organizations, topics and events under each language's own word
 * (`/fr/intervenants`, `/en/speakers`). Only those segments are generated: any other, such as
 * `/en/intervenants`, matches nothing and gets the localized 404.
 */
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  const { locale } = params;
  return isLocale(locale) ? entityKinds.map((kind) => ({ section: entitySegments[kind][locale] })) : [];
}

async function load(params: PageProps<'/[locale]/[section]'>['params']) {
  const { locale, section } = await params;
  const kind = isLocale(locale) ? entityKindOf(locale, section) : undefined;
  if (!isLocale(locale) || !kind) notFound();
  return { locale, kind };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[section]'>): Promise<Metadata> {
  const { locale, kind } = await load(params);
  return entityIndexMetadata(kind, locale);
}

export default async function EntityIndexPage({ params }: PageProps<'/[locale]/[section]'>) {
  const { locale, kind } = await load(params);
  setRequestLocale(locale);
  switch (kind) {
    case 'speakers':
      return <PeopleIndexView locale={locale} />;
    case 'organizations':
      return <OrganizationsIndexView locale={locale} />;
    case 'topics':
      return <TopicsIndexView locale={locale} />;
    case 'events':
      return <EventsIndexView locale={locale} />;
  }
}
