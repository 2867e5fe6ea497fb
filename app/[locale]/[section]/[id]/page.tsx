import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { EventView } from '@/components/entity-pages/event-view';
import { OrganizationView } from '@/components/entity-pages/organization-view';
import { PersonView } from '@/components/entity-pages/person-view';
import { TopicView } from '@/components/entity-pages/topic-view';
import { entityIds } from '@/lib/entity-pages';
import { entityKindOf, entityKinds, entitySegments } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { getRegistry } from '@/lib/registry';
import { entityMetadata } from '@/lib/seo/entity-metadata';

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
  return entityKinds.flatMap((kind) => entityIds(kind).map((id) => ({ section: entitySegments[kind][locale], id })));
}

async function load(params: PageProps<'/[locale]/[section]/[id]'>['params']) {
  const { locale, section, id } = await params;
  const kind = isLocale(locale) ? entityKindOf(locale, section) : undefined;
  if (!isLocale(locale) || !kind) notFound();
  return { locale, kind, id };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[section]/[id]'>): Promise<Metadata> {
  const { locale, kind, id } = await load(params);
  return (await entityMetadata(kind, id, locale)) ?? notFound();
}

export default async function EntityPage({ params }: PageProps<'/[locale]/[section]/[id]'>) {
  const { locale, kind, id } = await load(params);
  setRequestLocale(locale);
  const registry = getRegistry();
  switch (kind) {
    case 'speakers': {
      const person = registry.person(id);
      return person ? <PersonView person={person} locale={locale} /> : notFound();
    }
    case 'organizations': {
      const organization = registry.organization(id);
      return organization ? <OrganizationView organization={organization} locale={locale} /> : notFound();
    }
    case 'topics': {
      const topic = registry.topic(id);
      return topic ? <TopicView topic={topic} locale={locale} /> : notFound();
    }
    case 'events': {
      const event = registry.event(id);
      return event ? <EventView event={event} locale={locale} /> : notFound();
    }
  }
}
