import type { ArticleRoute } from '@/lib/i18n/paths';
import { routing, type Locale } from '@/lib/i18n/routing';
import { memoize } from '@/lib/memoize';
import { createMentionFinder, mentionables, type Mention } from '@/lib/mentions';
import { prerenderedArticles } from './prerender';
import type { Article, ArticleSummary, NewsEvent, Organization, Person, QuoteTie, SiteData, StoryBodies, StoryVersions, Term } from './types';

export type { Mention } from '@/lib/mentions';

/*
 * The site, as pages ask for it: stories by language and slug, the translation map, and who
 * appears where — people, organizations, topics and events and the stories that tie them
 * together. Every index is built once, when the site is created from its data.
 */

/** A person's part in one language version of a story. */
export interface Appearance {
  article: ArticleSummary;
  /** The role this story gives them (it may differ from their current role). */
  role: string;
  /** What is tied to them in this story, in document order: read with the story's body, when asked for. */
  readonly quotes: QuoteTie[];
}

/** What the indexes keep of an appearance: the story and the role it gives (the statements stay with the body). */
type Part = Pick<Appearance, 'article' | 'role'>;

export interface Site {
  readonly data: SiteData;
  /** A story's rendered bodies by language (from the store's file, or memory): what search documents and full pages read. */
  bodies(storyId: string): StoryBodies;
  /** Every version in `locale`, newest first. */
  articles(locale: Locale): ArticleSummary[];
  /** The versions in `locale` whose pages are rendered at build time (lib/site/prerender.ts), newest first. */
  prerendered(locale: Locale): ArticleSummary[];
  /** The version in `locale` with this slug, with its body. */
  article(locale: Locale, slug: string): Article | undefined;
  /** A story's versions by language: its entry in the translation map. */
  versions(storyId: string): StoryVersions;
  /** The article's versions in the other languages. */
  translations(article: ArticleSummary): StoryVersions;
  /** Whether a page of the article family exists: the version in that language, and for the side-by-side reading a translation too. */
  hasArticleRoute(route: ArticleRoute): boolean;
  person(id: string): Person | undefined;
  organization(id: string): Organization | undefined;
  event(id: string): NewsEvent | undefined;
  topic(id: string): Term | undefined;
  section(id: string): Term | undefined;
  /** Everyone, alphabetically by their name in `locale`. */
  people(locale: Locale): Person[];
  /** Every organization, alphabetically by its name in `locale`. */
  organizations(locale: Locale): Organization[];
  /** Every topic, alphabetically by its name in `locale`. */
  topics(locale: Locale): Term[];
  /** Every event, most recent first: by its date, else by its newest report (undated and unreported last). */
  events(): NewsEvent[];
  /** People who belong to `orgId`, alphabetically by name in `locale`. */
  membersOf(orgId: string, locale: Locale): Person[];
  /** The organizations a person belongs to, main one first (their file's order). */
  organizationsOf(personId: string): Organization[];
  /** Stories in `locale` where the person speaks, newest first. */
  appearancesOf(personId: string, locale: Locale): Appearance[];
  /** Stories in `locale` that list the organization, newest first. */
  storiesMentioning(orgId: string, locale: Locale): ArticleSummary[];
  /** Stories in `locale` tagged with the topic, newest first. */
  storiesTagged(topicId: string, locale: Locale): ArticleSummary[];
  /** Stories in `locale` reporting on the event, newest first. */
  storiesAbout(eventId: string, locale: Locale): ArticleSummary[];
  /** Events the organization organised or is associated with, most recent first. */
  eventsRelatedTo(orgId: string): NewsEvent[];
  /** Sessions of the event the stories in `locale` report on, in order of first report (oldest story first). */
  sessionsOf(eventId: string, locale: Locale): string[];
  /** Who spoke at the event in the stories in `locale`, alphabetically, each with their newest appearance there. */
  speakersAt(eventId: string, locale: Locale): { person: Person; appearance: Appearance }[];
  /**
   * Other stories in the article's language sharing a speaker or an organization with it,
   * most shared first (a speaker counts 2, an organization 1), then newest, then by title.
   */
  relatedStories(article: ArticleSummary, limit?: number): ArticleSummary[];
  /**
   * Spellings of people and organizations in `text`, in text order, without overlaps: case-,
   * accent- and typography-insensitive, whole words only, the longest spelling at a position.
   */
  findMentions(text: string): Mention[];
}

/** A shared speaker says more about a story than a shared organization (often a big, generic one). */
const SPEAKER_WEIGHT = 2;
const ORGANIZATION_WEIGHT = 1;

/** Newest first, then by title in the article's language, then by story id: a total, stable order. */
export function compareNewestFirst(a: ArticleSummary, b: ArticleSummary): number {
  return b.date.localeCompare(a.date) || a.title.localeCompare(b.title, a.locale) || a.storyId.localeCompare(b.storyId);
}

/** The indexes of one language: every list newest first. */
interface LocaleIndex {
  articles: ArticleSummary[];
  bySlug: Map<string, ArticleSummary>;
  /** Person id → appearances. */
  appearances: Map<string, Part[]>;
  /** Organization id → articles listing it. */
  mentions: Map<string, ArticleSummary[]>;
  /** Topic id → articles. */
  tagged: Map<string, ArticleSummary[]>;
  /** Event id → articles. */
  about: Map<string, ArticleSummary[]>;
}

function localeIndex(data: SiteData, locale: Locale): LocaleIndex {
  const articles = [...data.stories.values()].flatMap((versions) => versions[locale] ?? []).sort(compareNewestFirst);
  const index: LocaleIndex = {
    articles,
    bySlug: new Map(articles.map((a) => [a.slug, a])),
    appearances: new Map(),
    mentions: new Map(),
    tagged: new Map(),
    about: new Map(),
  };
  // Appended in article order, so every list is newest first.
  for (const article of articles) {
    for (const speaker of article.speakers) {
      append(index.appearances, speaker.id, { article, role: speaker.role });
    }
    // The schema does not forbid listing an organization twice; count it once.
    for (const org of new Set(article.organizations)) append(index.mentions, org, article);
    for (const tag of new Set(article.tags)) append(index.tagged, tag, article);
    if (article.event) append(index.about, article.event, article);
  }
  return index;
}

/**
 * The site over its data; `bodies` gives a story's rendered bodies when a page needs one (from
 * memory while building, from the build's files when serving).
 */
export function createSite(data: SiteData, bodies: (storyId: string) => StoryBodies): Site {
  const indexes = new Map(routing.locales.map((locale) => [locale, localeIndex(data, locale)]));
  const indexOf = (locale: Locale) => indexes.get(locale)!;
  const collator = memoize((locale: Locale) => new Intl.Collator(locale));
  const byName = (locale: Locale) => (a: { id: string; name: Record<Locale, string> }, b: { id: string; name: Record<Locale, string> }) =>
    collator(locale).compare(a.name[locale], b.name[locale]) || a.id.localeCompare(b.id);
  const sorted = <T extends { id: string; name: Record<Locale, string> }>(items: ReadonlyMap<string, T>) =>
    memoize((locale: Locale) => [...items.values()].sort(byName(locale)));
  const sortedPeople = sorted(data.people);
  const sortedOrganizations = sorted(data.organizations);
  const sortedTopics = sorted(data.topics);
  // Events have no language of their own: most recent first, by the date a source gives, else by
  // the newest report of them ("2025-09" sorts before "2025-09-12" as a string, so a
  // month-precision date counts as that month's start), then by id.
  const when = (e: NewsEvent) => e.date ?? e.reportedOn.at(-1) ?? '';
  const sortedEvents = [...data.events.values()].sort((a, b) => when(b).localeCompare(when(a)) || a.id.localeCompare(b.id));
  const members = new Map<string, Person[]>();
  for (const person of data.people.values()) for (const org of new Set(person.organizations)) append(members, org, person);
  const findMentions = memoize(() => createMentionFinder(mentionables(data)));
  const listed = <K, V>(map: Map<K, V[]>, key: K): V[] => [...(map.get(key) ?? [])];
  const appearance = (personId: string, { article, role }: Part): Appearance => ({
    article,
    role,
    get quotes() {
      return (bodies(article.storyId)[article.locale]?.quotes ?? []).filter((q) => q.speaker === personId);
    },
  });

  const site: Site = {
    data,
    bodies,
    articles: (locale) => [...indexOf(locale).articles],
    prerendered: (locale) => prerenderedArticles(indexOf(locale).articles),
    article(locale, slug) {
      const summary = indexOf(locale).bySlug.get(slug);
      const body = summary && bodies(summary.storyId)[locale];
      return summary && body && { ...summary, ...body, html: body.passages.map((p) => p.html).join('\n') };
    },
    versions: (storyId) => data.stories.get(storyId) ?? {},
    translations: (article) => Object.fromEntries(Object.entries(data.stories.get(article.storyId) ?? {}).filter(([locale]) => locale !== article.locale)),
    hasArticleRoute(route) {
      const article = indexOf(route.locale).bySlug.get(route.slug);
      if (!article) return false;
      return route.view !== 'bilingual' || Object.keys(site.translations(article)).length > 0;
    },
    person: (id) => data.people.get(id),
    organization: (id) => data.organizations.get(id),
    event: (id) => data.events.get(id),
    topic: (id) => data.topics.get(id),
    section: (id) => data.sections.get(id),
    people: (locale) => [...sortedPeople(locale)],
    organizations: (locale) => [...sortedOrganizations(locale)],
    topics: (locale) => [...sortedTopics(locale)],
    events: () => [...sortedEvents],
    membersOf: (orgId, locale) => [...(members.get(orgId) ?? [])].sort(byName(locale)),
    organizationsOf: (personId) => (data.people.get(personId)?.organizations ?? []).flatMap((id) => data.organizations.get(id) ?? []),
    appearancesOf: (personId, locale) => listed(indexOf(locale).appearances, personId).map((part) => appearance(personId, part)),
    storiesMentioning: (orgId, locale) => listed(indexOf(locale).mentions, orgId),
    storiesTagged: (topicId, locale) => listed(indexOf(locale).tagged, topicId),
    storiesAbout: (eventId, locale) => listed(indexOf(locale).about, eventId),
    eventsRelatedTo: (orgId) => sortedEvents.filter((e) => e.organizers.includes(orgId) || e.associatedOrganizations.includes(orgId)),
    sessionsOf(eventId, locale) {
      const sessions = listed(indexOf(locale).about, eventId).flatMap((a) => (a.session ? [a.session] : []));
      return [...new Set(sessions.reverse())];
    },
    speakersAt(eventId, locale) {
      const newest = new Map<string, { person: Person; appearance: Appearance }>();
      for (const article of indexOf(locale).about.get(eventId) ?? []) {
        for (const { id } of article.speakers) {
          const person = data.people.get(id);
          const part = indexOf(locale)
            .appearances.get(id)
            ?.find((a) => a.article.storyId === article.storyId);
          if (person && part && !newest.has(id)) newest.set(id, { person, appearance: appearance(id, part) });
        }
      }
      return [...newest.values()].sort((a, b) => byName(locale)(a.person, b.person));
    },
    relatedStories: (article, limit = Number.POSITIVE_INFINITY) => relatedStories(indexOf(article.locale), article, limit),
    findMentions: (text) => findMentions(undefined)(text),
  };
  return site;
}

function relatedStories(index: LocaleIndex, article: ArticleSummary, limit: number): ArticleSummary[] {
  const scores = new Map<string, { article: ArticleSummary; score: number }>();
  const add = (other: ArticleSummary, weight: number) => {
    // By story id, not identity: a copy of the article, or its entry in the index, is still itself.
    if (other.storyId === article.storyId) return;
    const entry = scores.get(other.storyId);
    if (entry) entry.score += weight;
    else scores.set(other.storyId, { article: other, score: weight });
  };
  for (const speaker of new Set(article.speakers.map((s) => s.id))) {
    for (const appearance of index.appearances.get(speaker) ?? []) add(appearance.article, SPEAKER_WEIGHT);
  }
  for (const org of new Set(article.organizations)) {
    for (const other of index.mentions.get(org) ?? []) add(other, ORGANIZATION_WEIGHT);
  }
  return [...scores.values()]
    .sort((a, b) => b.score - a.score || compareNewestFirst(a.article, b.article))
    .slice(0, Math.max(0, limit))
    .map((entry) => entry.article);
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
