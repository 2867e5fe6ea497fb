import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { formatPartialDate } from '@/lib/format';
import type { EntityKind } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { getRegistry } from '@/lib/registry';
import { entityPaths, pageAlternates } from './alternates';
import { websiteCard } from './open-graph';

/*
 * <head> of the entity pages: title (saying what the page is about the entity, so a name spelt
 * the same in both languages still gives each page its own title), description, canonical and hreflang (entity pages exist
 * in every language), Open Graph. One function per page shape, dispatching on the kind.
 */

/** Messages of each kind's index: its title and description (also the index's crumb). */
export const indexNamespaces = {
  speakers: 'PeopleIndex',
  organizations: 'OrganizationsIndex',
  topics: 'TopicsIndex',
  events: 'EventsIndex',
} as const satisfies Record<EntityKind, string>;

async function withCard(locale: Locale, title: string, description: string, paths: Record<Locale, string>): Promise<Metadata> {
  const siteName = (await getTranslations({ locale, namespace: 'Metadata' }))('siteName');
  return {
    title,
    description,
    alternates: pageAlternates(paths, locale),
    ...websiteCard({ title, description, siteName, locale, paths }),
  };
}

export async function entityIndexMetadata(kind: EntityKind, locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: indexNamespaces[kind] });
  return withCard(locale, t('title'), t('description'), entityPaths(kind));
}

/** Metadata of one entity's page; undefined when there is no such entity. */
export async function entityMetadata(kind: EntityKind, id: string, locale: Locale): Promise<Metadata | undefined> {
  const registry = getRegistry();
  const paths = entityPaths(kind, id);
  switch (kind) {
    case 'speakers': {
      const person = registry.person(id);
      if (!person) return undefined;
      const t = await getTranslations({ locale, namespace: 'PersonPage' });
      return withCard(locale, t('metaTitle', { name: person.name[locale] }), t('description', { name: person.name[locale], role: person.role[locale] }), paths);
    }
    case 'organizations': {
      const organization = registry.organization(id);
      if (!organization) return undefined;
      const t = await getTranslations({ locale, namespace: 'OrganizationPage' });
      return withCard(locale, t('metaTitle', { name: organization.name[locale] }), organization.description[locale], paths);
    }
    case 'topics': {
      const topic = registry.topic(id);
      if (!topic) return undefined;
      const t = await getTranslations({ locale, namespace: 'TopicPage' });
      return withCard(locale, t('metaTitle', { topic: topic.name[locale] }), t('description', { topic: topic.name[locale] }), paths);
    }
    case 'events': {
      const event = registry.event(id);
      if (!event) return undefined;
      const t = await getTranslations({ locale, namespace: 'EventPage' });
      const description = t('description', { event: event.name[locale], location: event.location[locale], date: formatPartialDate(event.date, locale) });
      return withCard(locale, t('metaTitle', { event: event.name[locale] }), description, paths);
    }
  }
}
