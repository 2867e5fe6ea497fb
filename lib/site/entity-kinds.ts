import { entityIndexPath, entityPath, entitySegments, type EntityKind } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { formatPartialDate } from '@/lib/format';
import { eventJsonLd, organizationJsonLd, personJsonLd } from '@/lib/seo/json-ld';
import type { Thing, WithContext } from 'schema-dts';
import type { Site } from './site';
import type { Article, NewsEvent, Organization, Person, Term } from './types';

export type { EntityKind } from '@/lib/i18n/paths';

/** What each kind's pages show. */
export interface EntityOf {
  people: Person;
  organizations: Organization;
  topics: Term;
  events: NewsEvent;
}

/** Reads a message of the kind's page namespace (next-intl's translator, or a test's). */
export type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * One kind of entity with pages of its own: everything pages, the sitemap, metadata and views
 * need to know about the kind, in one place. Views are the one part that lives with the
 * components (`components/entity-pages/views.tsx`), keyed by the same kinds.
 */
export interface EntityKindDescriptor<K extends EntityKind> {
  kind: K;
  /** URL word of the kind's pages in each language (`/fr/intervenants`, `/en/speakers`). */
  segment: Readonly<Record<Locale, string>>;
  /** Message namespaces: the index page (title, description) and one entity's page. */
  messages: { index: string; page: string };
  indexPath(locale: Locale): string;
  path(locale: Locale, id: string): string;
  /** Every entity of the kind, in the order its index lists them in `locale`. */
  list(site: Site, locale: Locale): EntityOf[K][];
  find(site: Site, id: string): EntityOf[K] | undefined;
  name(entity: EntityOf[K], locale: Locale): string;
  /** The stories in `locale` the entity's page lists, newest first: what it is about, and what dates it. */
  stories(site: Site, id: string, locale: Locale): Article[];
  /** Title and description of the entity's page, from its page messages. */
  meta(entity: EntityOf[K], locale: Locale, t: Translate): { title: string; description: string };
  /** The page's structured data; undefined for the kinds schema.org has no good type for (topics). */
  jsonLd(site: Site, entity: EntityOf[K], locale: Locale): WithContext<Thing> | undefined;
}

type Descriptors = { [K in EntityKind]: EntityKindDescriptor<K> };

const urls = <K extends EntityKind>(kind: K) => ({
  kind,
  segment: entitySegments[kind],
  indexPath: (locale: Locale) => entityIndexPath(kind, locale),
  path: (locale: Locale, id: string) => entityPath(kind, locale, id),
});

export const entityKinds: Descriptors = {
  people: {
    ...urls('people'),
    messages: { index: 'PeopleIndex', page: 'PersonPage' },
    list: (site, locale) => site.people(locale),
    find: (site, id) => site.person(id),
    name: (person, locale) => person.name[locale],
    stories: (site, id, locale) => site.appearancesOf(id, locale).map((a) => a.article),
    meta: (person, locale, t) => {
      const values = { name: person.name[locale], role: person.role[locale] };
      return { title: t('metaTitle', values), description: t('description', values) };
    },
    jsonLd: (site, person, locale) =>
      personJsonLd(person, locale, { organizations: site.organizationsOf(person.id), articles: site.appearancesOf(person.id, locale).map((a) => a.article) }),
  },
  organizations: {
    ...urls('organizations'),
    messages: { index: 'OrganizationsIndex', page: 'OrganizationPage' },
    list: (site, locale) => site.organizations(locale),
    find: (site, id) => site.organization(id),
    name: (organization, locale) => organization.name[locale],
    stories: (site, id, locale) => site.storiesMentioning(id, locale),
    meta: (organization, locale, t) => ({ title: t('metaTitle', { name: organization.name[locale] }), description: organization.description[locale] }),
    jsonLd: (site, organization, locale) =>
      organizationJsonLd(organization, locale, { members: site.membersOf(organization.id, locale), articles: site.storiesMentioning(organization.id, locale) }),
  },
  topics: {
    ...urls('topics'),
    messages: { index: 'TopicsIndex', page: 'TopicPage' },
    list: (site, locale) => site.topics(locale),
    find: (site, id) => site.topic(id),
    name: (topic, locale) => topic.name[locale],
    stories: (site, id, locale) => site.storiesTagged(id, locale),
    meta: (topic, locale, t) => {
      const values = { topic: topic.name[locale] };
      return { title: t('metaTitle', values), description: t('description', values) };
    },
    jsonLd: () => undefined,
  },
  events: {
    ...urls('events'),
    messages: { index: 'EventsIndex', page: 'EventPage' },
    list: (site) => site.events(),
    find: (site, id) => site.event(id),
    name: (event, locale) => event.name[locale],
    stories: (site, id, locale) => site.storiesAbout(id, locale),
    meta: (event, locale, t) => ({
      title: t('metaTitle', { event: event.name[locale] }),
      description: t('description', { event: event.name[locale], location: event.location[locale], date: formatPartialDate(event.date, locale) }),
    }),
    jsonLd: (site, event, locale) =>
      eventJsonLd(event, locale, { organizers: event.organizations.flatMap((id) => site.organization(id) ?? []), articles: site.storiesAbout(event.id, locale) }),
  },
};

/** The descriptors, in the order of the site's navigation. */
export const entityKindList = Object.values(entityKinds) as EntityKindDescriptor<EntityKind>[];

/** The kind whose URL word in `locale` is `segment` (`intervenants` in French → people). */
export function entityKindBySegment(locale: Locale, segment: string): EntityKindDescriptor<EntityKind> | undefined {
  return entityKindList.find((kind) => kind.segment[locale] === segment);
}
