import { entityIdPath, entityIndexPath, entityPath, entitySegments, type EntityKind } from '@/lib/i18n/paths';
import { routing, type Locale } from '@/lib/i18n/routing';
import { formatDate, formatPartialDate } from '@/lib/format';
import { FEED_FORMATS, feedFileName, type FeedFormat } from '@/lib/seo/feeds';
import { eventJsonLd, organizationJsonLd, personJsonLd } from '@/lib/seo/json-ld';
import type { Thing, WithContext } from 'schema-dts';
import type { Site } from './site';
import type { ArticleSummary, LocalizedText, NewsEvent, Organization, Person, Sluggable, Term } from './types';

export type { EntityKind } from '@/lib/i18n/paths';

/** What each kind's pages show. */
export interface EntityOf {
  people: Person;
  organizations: Organization;
  topics: Term;
  events: NewsEvent;
}

/** Reads a message of the kind's page namespace (next-intl's translator, or a test's). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

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
  /** The entity's page in `locale`, at its slug in that language. */
  path(locale: Locale, entity: { readonly slug: LocalizedText }): string;
  /** Site paths of the entity's own feeds (its page's stories, in `locale`): `<page>/feed.xml`, `<page>/feed.json`. */
  feedPaths(locale: Locale, entity: { readonly slug: LocalizedText }): Record<FeedFormat, string>;
  /** Every entity of the kind, in the order its index lists them in `locale`. */
  list(site: Site, locale: Locale): EntityOf[K][];
  /** The entity whose page in `locale` is at `slug`. */
  find(site: Site, slug: string, locale: Locale): EntityOf[K] | undefined;
  /** The entity with this id (what content refers to it by). */
  get(site: Site, id: string): EntityOf[K] | undefined;
  name(entity: EntityOf[K], locale: Locale): string;
  /** The stories in `locale` the entity's page lists, newest first: what it is about, and what dates it. */
  stories(site: Site, id: string, locale: Locale): ArticleSummary[];
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
  path: (locale: Locale, entity: { readonly slug: LocalizedText }) => entityPath(kind, locale, entity),
  feedPaths: (locale: Locale, entity: { readonly slug: LocalizedText }) =>
    Object.fromEntries(FEED_FORMATS.map((format) => [format, `${entityPath(kind, locale, entity)}/${feedFileName(format)}`])) as Record<FeedFormat, string>,
});

/** Slug → entity in each language, built once per table of entities. */
const slugIndexes = new WeakMap<ReadonlyMap<string, Sluggable>, Map<Locale, Map<string, Sluggable>>>();

/** The entity of `table` whose slug in `locale` is `slug` (Load checked they are unique per kind and language). */
function bySlug<T extends Sluggable>(table: ReadonlyMap<string, T>, slug: string, locale: Locale): T | undefined {
  let index = slugIndexes.get(table);
  if (!index) {
    index = new Map(routing.locales.map((l) => [l, new Map([...table.values()].map((entity) => [entity.slug[l], entity]))]));
    slugIndexes.set(table, index);
  }
  return index.get(locale)?.get(slug) as T | undefined;
}

export const entityKinds: Descriptors = {
  people: {
    ...urls('people'),
    messages: { index: 'PeopleIndex', page: 'PersonPage' },
    list: (site, locale) => site.people(locale),
    find: (site, slug, locale) => bySlug(site.data.people, slug, locale),
    get: (site, id) => site.person(id),
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
    find: (site, slug, locale) => bySlug(site.data.organizations, slug, locale),
    get: (site, id) => site.organization(id),
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
    find: (site, slug, locale) => bySlug(site.data.topics, slug, locale),
    get: (site, id) => site.topic(id),
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
    find: (site, slug, locale) => bySlug(site.data.events, slug, locale),
    get: (site, id) => site.event(id),
    name: (event, locale) => event.name[locale],
    stories: (site, id, locale) => site.storiesAbout(id, locale),
    meta: (event, locale, t) => {
      const values = { event: event.name[locale], location: event.location[locale] };
      const [first, last] = [event.reportedOn[0], event.reportedOn.at(-1)];
      const description = event.date
        ? t('description', { ...values, date: formatPartialDate(event.date, locale) })
        : first && last
          ? t('descriptionReported', { ...values, count: event.reportedOn.length, first: formatDate(first, locale), last: formatDate(last, locale) })
          : t('descriptionPlace', values);
      return { title: t('metaTitle', { event: event.name[locale] }), description };
    },
    jsonLd: (site, event, locale) =>
      eventJsonLd(event, locale, { organizers: event.organizers.flatMap((id) => site.organization(id) ?? []), articles: site.storiesAbout(event.id, locale) }),
  },
};

/** The descriptors, in the order of the site's navigation. */
export const entityKindList = Object.values(entityKinds) as EntityKindDescriptor<EntityKind>[];

/** The kind whose URL word in `locale` is `segment` (`intervenants` in French → people). */
export function entityKindBySegment(locale: Locale, segment: string): EntityKindDescriptor<EntityKind> | undefined {
  return entityKindList.find((kind) => kind.segment[locale] === segment);
}

/** A permanent redirect from one path of the site to another. */
export interface Redirect {
  source: string;
  destination: string;
}

/**
 * The entities whose pages in `locale` are rendered at build time when `PRERENDER_ENTITIES=1`:
 * those whose newest story there is prerendered (lib/site/prerender.ts), so the pages the recent
 * stories link to. The others (an archive's long tail, and pages that list no story in that
 * language), and all of them by default, are rendered on their first request, like older stories.
 */
export function prerenderedEntities(site: Site, locale: Locale): EntityPage[] {
  const recent = new Set(site.prerendered(locale).map((article) => article.storyId));
  return entityKindList.flatMap((kind) =>
    kind.list(site, locale).flatMap((entity) => {
      const newest = kind.stories(site, entity.id, locale)[0];
      return newest && recent.has(newest.storyId) ? [{ kind, entity }] : [];
    }),
  );
}

/** What an entity's path in a language leads to: its page, or (an old address) where it moved. */
export interface EntityPage {
  kind: EntityKindDescriptor<EntityKind>;
  entity: EntityOf[EntityKind];
}

export type EntityTarget = EntityPage | { movedTo: string };

/**
 * The entity of `kind` at `slug` in `locale`; else, when `slug` is the id of one whose page is at
 * another slug (its old address, see `entityRedirects`), where its page is now.
 */
export function resolveEntity(site: Site, kind: EntityKindDescriptor<EntityKind>, slug: string, locale: Locale): EntityTarget | undefined {
  const entity = kind.find(site, slug, locale);
  if (entity) return { kind, entity };
  const moved = kind.get(site, slug);
  return moved ? { movedTo: kind.path(locale, moved) } : undefined;
}

/**
 * From each entity page's old address (its id, as pages were addressed before they had slugs) to
 * its page, in every language where the two differ: `/fr/intervenants/dmitry-shanin` →
 * `/fr/intervenants/dmitry-chanine`. Load refuses a slug that takes another entity's old address,
 * so no redirect hides a page.
 */
export function entityRedirects(site: Site): Redirect[] {
  return entityKindList.flatMap((kind) =>
    routing.locales.flatMap((locale) =>
      kind.list(site, locale).flatMap((entity) => {
        const source = entityIdPath(kind.kind, locale, entity.id);
        const destination = kind.path(locale, entity);
        return source === destination ? [] : [{ source, destination }];
      }),
    ),
  );
}
