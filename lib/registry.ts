import { articlesIn, compareNewestFirst } from '@/lib/articles';
import { getContent } from '@/lib/content/repository';
import type { Article, ContentSet, NewsEvent, Organization, Person, Term } from '@/lib/content/types';
import { routing, type Locale } from '@/lib/i18n/routing';
import type { QuoteTie } from '@/lib/markdown/directives';
import { memoize } from '@/lib/memoize';
import { createMentionFinder, mentionables, type Mention } from '@/lib/mentions';

export type { Mention } from '@/lib/mentions';

/*
 * Who appears where: people, organizations and the stories that tie them together, indexed
 * once per content set. Pure over a `ContentSet`, so tests pass a fixture; pages use
 * `getRegistry()`, built over `getContent()`.
 */

/** A person's part in one language version of a story. */
export interface Appearance {
  article: Article;
  /** The role this story gives them (it may differ from their current role). */
  role: string;
  /** What is tied to them in this story, in document order. */
  quotes: QuoteTie[];
}

/** A statement with the article it belongs to, so a page can link to `#<anchor>` there. */
export interface AttributedQuote {
  article: Article;
  quote: QuoteTie;
}

export interface Registry {
  person(id: string): Person | undefined;
  organization(id: string): Organization | undefined;
  /** Everyone, alphabetically by their name in `locale`. */
  people(locale: Locale): Person[];
  /** Every organization, alphabetically by its name in `locale`. */
  organizations(locale: Locale): Organization[];
  /** People who belong to `orgId`, alphabetically by name in `locale`. */
  membersOf(orgId: string, locale?: Locale): Person[];
  /** The organizations a person belongs to, main one first (their file's order). */
  organizationsOf(personId: string): Organization[];
  /** Stories in `locale` where the person speaks, newest first. */
  appearancesOf(personId: string, locale: Locale): Appearance[];
  /** Stories in `locale` that list the organization, newest first. */
  storiesMentioning(orgId: string, locale: Locale): Article[];
  /** Everything tied to the person in `locale`: newest story first, document order within one. */
  quotesBy(personId: string, locale: Locale): AttributedQuote[];
  /**
   * Other stories in the article's language sharing a speaker or an organization with it,
   * most shared first (a speaker counts 2, an organization 1), then newest, then by title.
   */
  relatedStories(article: Article, limit?: number): Article[];
  /**
   * Spellings of people and organizations in `text`, in text order, without overlaps: case-,
   * accent- and typography-insensitive, whole words only, the longest spelling at a position.
   */
  findMentions(text: string, locale: Locale): Mention[];
  /** Every topic, alphabetically by its name in `locale`. */
  topics(locale: Locale): Term[];
  topic(id: string): Term | undefined;
  /** Stories in `locale` tagged with the topic, newest first. */
  storiesTagged(topicId: string, locale: Locale): Article[];
  /** Every event, most recent first. */
  events(): NewsEvent[];
  event(id: string): NewsEvent | undefined;
  /** Events the organization organizes, most recent first. */
  eventsOrganizedBy(orgId: string): NewsEvent[];
  /** Stories in `locale` reporting on the event, newest first. */
  storiesAbout(eventId: string, locale: Locale): Article[];
  /** Sessions of the event the stories in `locale` report on, in order of first report (oldest story first). */
  sessionsOf(eventId: string, locale: Locale): string[];
  /** Who spoke at the event in the stories in `locale`, alphabetically, each with their newest appearance there. */
  speakersAt(eventId: string, locale: Locale): { person: Person; appearance: Appearance }[];
  /** The story's version in `locale`, if it has one. */
  versionIn(storyId: string, locale: Locale): Article | undefined;
}

/** A shared speaker says more about a story than a shared organization (often a big, generic one). */
const SPEAKER_WEIGHT = 2;
const ORGANIZATION_WEIGHT = 1;

interface LocaleIndex {
  /** Person id → appearances, newest first. */
  appearances: Map<string, Appearance[]>;
  /** Organization id → articles, newest first. */
  mentions: Map<string, Article[]>;
  /** Topic id → articles, newest first. */
  tagged: Map<string, Article[]>;
  /** Event id → articles, newest first. */
  about: Map<string, Article[]>;
}

export function createRegistry(content: ContentSet): Registry {
  const collators = new Map<Locale, Intl.Collator>();
  const collator = (locale: Locale): Intl.Collator => {
    let c = collators.get(locale);
    if (!c) collators.set(locale, (c = new Intl.Collator(locale)));
    return c;
  };
  const byName =
    (locale: Locale) =>
    (a: Person | Organization, b: Person | Organization): number =>
      collator(locale).compare(a.name[locale], b.name[locale]) || a.id.localeCompare(b.id);

  const indexes = new Map<Locale, LocaleIndex>();
  for (const locale of routing.locales) {
    const index = emptyIndex();
    // Sorted once here, so every list below is built newest first by appending.
    const articles = articlesIn(content, locale);
    for (const article of articles) {
      for (const speaker of article.speakers) {
        const quotes = article.quotes.filter((q) => q.speaker === speaker.id);
        append(index.appearances, speaker.id, { article, role: speaker.role, quotes });
      }
      // The schema does not forbid listing an organization twice; count it once.
      for (const org of new Set(article.organizations)) append(index.mentions, org, article);
      for (const tag of new Set(article.tags)) append(index.tagged, tag, article);
      if (article.event) append(index.about, article.event, article);
    }
    indexes.set(locale, index);
  }
  const indexOf = (locale: Locale): LocaleIndex => indexes.get(locale) ?? emptyIndex();

  const members = new Map<string, Person[]>();
  for (const person of content.people.values()) {
    for (const org of new Set(person.organizations)) append(members, org, person);
  }

  const sortedPeople = memoize((locale: Locale) => [...content.people.values()].sort(byName(locale)));
  const sortedOrganizations = memoize((locale: Locale) => [...content.organizations.values()].sort(byName(locale)));
  const sortedTopics = memoize((locale: Locale) =>
    [...content.topics.values()].sort((a, b) => collator(locale).compare(a.name[locale], b.name[locale]) || a.id.localeCompare(b.id)),
  );
  // Events have no language of their own: most recent first ("2025-09" sorts before "2025-09-12"
  // as a string, so a month-precision date counts as that month's start), then by id.
  const sortedEvents = [...content.events.values()].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const matchers = memoize((locale: Locale) => createMentionFinder(mentionables(content), locale));

  return {
    person: (id) => content.people.get(id),
    organization: (id) => content.organizations.get(id),
    people: (locale) => [...sortedPeople(locale)],
    organizations: (locale) => [...sortedOrganizations(locale)],
    membersOf: (orgId, locale = routing.defaultLocale) => [...(members.get(orgId) ?? [])].sort(byName(locale)),
    organizationsOf: (personId) =>
      (content.people.get(personId)?.organizations ?? []).flatMap((id) => content.organizations.get(id) ?? []),
    appearancesOf: (personId, locale) => [...(indexOf(locale).appearances.get(personId) ?? [])],
    storiesMentioning: (orgId, locale) => [...(indexOf(locale).mentions.get(orgId) ?? [])],
    quotesBy: (personId, locale) =>
      (indexOf(locale).appearances.get(personId) ?? []).flatMap(({ article, quotes }) => quotes.map((quote) => ({ article, quote }))),
    relatedStories(article, limit = Number.POSITIVE_INFINITY) {
      const index = indexOf(article.locale);
      const scores = new Map<string, { article: Article; score: number }>();
      const add = (other: Article, weight: number) => {
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
    },
    findMentions: (text, locale) => matchers(locale)(text),
    topics: (locale) => [...sortedTopics(locale)],
    topic: (id) => content.topics.get(id),
    storiesTagged: (topicId, locale) => [...(indexOf(locale).tagged.get(topicId) ?? [])],
    events: () => [...sortedEvents],
    event: (id) => content.events.get(id),
    eventsOrganizedBy: (orgId) => sortedEvents.filter((e) => e.organizations.includes(orgId)),
    storiesAbout: (eventId, locale) => [...(indexOf(locale).about.get(eventId) ?? [])],
    sessionsOf(eventId, locale) {
      const sessions = (indexOf(locale).about.get(eventId) ?? []).flatMap((a) => (a.session ? [a.session] : []));
      return [...new Set(sessions.reverse())];
    },
    speakersAt(eventId, locale) {
      const newest = new Map<string, Appearance>();
      for (const article of indexOf(locale).about.get(eventId) ?? []) {
        for (const speaker of article.speakers) {
          if (newest.has(speaker.id)) continue;
          const appearance = indexOf(locale).appearances.get(speaker.id)?.find((a) => a.article.storyId === article.storyId);
          if (appearance) newest.set(speaker.id, appearance);
        }
      }
      return [...newest].flatMap(([id, appearance]) => {
        const person = content.people.get(id);
        return person ? [{ person, appearance }] : [];
      }).sort((a, b) => byName(locale)(a.person, b.person));
    },
    versionIn: (storyId, locale) => content.stories.get(storyId)?.[locale],
  };
}

let cached: { content: ContentSet; registry: Registry } | undefined;

/** The registry over the site's content (`getContent()`), built once per content set. */
export function getRegistry(): Registry {
  const content = getContent();
  if (cached?.content !== content) cached = { content, registry: createRegistry(content) };
  return cached.registry;
}

function emptyIndex(): LocaleIndex {
  return { appearances: new Map(), mentions: new Map(), tagged: new Map(), about: new Map() };
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}


