import { articlesIn, compareNewestFirst } from '@/lib/articles';
import { getContent } from '@/lib/content/repository';
import type { Article, ContentSet, Organization, Person } from '@/lib/content/types';
import { routing, type Locale } from '@/lib/i18n/routing';
import type { QuoteTie } from '@/lib/markdown/directives';

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

/** A spelling of a person or organization found in a text; `start`/`end` index the text as given (end excluded). */
export interface Mention {
  kind: 'person' | 'organization';
  id: string;
  start: number;
  end: number;
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
}

/** A shared speaker says more about a story than a shared organization (often a big, generic one). */
const SPEAKER_WEIGHT = 2;
const ORGANIZATION_WEIGHT = 1;

interface LocaleIndex {
  /** Person id → appearances, newest first. */
  appearances: Map<string, Appearance[]>;
  /** Organization id → articles, newest first. */
  mentions: Map<string, Article[]>;
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
    const index: LocaleIndex = { appearances: new Map(), mentions: new Map() };
    // Sorted once here, so every list below is built newest first by appending.
    const articles = articlesIn(content, locale);
    for (const article of articles) {
      for (const speaker of article.speakers) {
        const quotes = article.quotes.filter((q) => q.speaker === speaker.id);
        append(index.appearances, speaker.id, { article, role: speaker.role, quotes });
      }
      // The schema does not forbid listing an organization twice; count it once.
      for (const org of new Set(article.organizations)) append(index.mentions, org, article);
    }
    indexes.set(locale, index);
  }
  const indexOf = (locale: Locale): LocaleIndex => indexes.get(locale) ?? { appearances: new Map(), mentions: new Map() };

  const members = new Map<string, Person[]>();
  for (const person of content.people.values()) {
    for (const org of new Set(person.organizations)) append(members, org, person);
  }

  const sortedPeople = memoByLocale((locale) => [...content.people.values()].sort(byName(locale)));
  const sortedOrganizations = memoByLocale((locale) => [...content.organizations.values()].sort(byName(locale)));
  const matchers = memoByLocale((locale) => buildMatcher(content, locale));

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
  };
}

let cached: { content: ContentSet; registry: Registry } | undefined;

/** The registry over the site's content (`getContent()`), built once per content set. */
export function getRegistry(): Registry {
  const content = getContent();
  if (cached?.content !== content) cached = { content, registry: createRegistry(content) };
  return cached.registry;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function memoByLocale<T>(build: (locale: Locale) => T): (locale: Locale) => T {
  const memo = new Map<Locale, T>();
  return (locale) => {
    if (!memo.has(locale)) memo.set(locale, build(locale));
    return memo.get(locale) as T;
  };
}

/* Finding mentions. */

/**
 * Folds one character for matching: accents and case dropped, and the typography the site
 * (or an editor) puts into text made plain: curly apostrophes, no-break hyphens, and any
 * whitespace, since a name may span a soft line break or a (narrow) no-break space.
 */
function foldChar(ch: string, locale: Locale): string {
  if (/\s/u.test(ch)) return ' ';
  const folded = ch.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
  return folded.replace(/[\u2018\u2019\u02bc\u2032`]/gu, "'").replace(/[\u2010\u2011]/gu, '-');
}

interface FoldedText {
  text: string;
  /** For each folded character, the index in the original text where the character it comes from starts… */
  starts: number[];
  /** …and ends (combining marks dropped after it included). */
  ends: number[];
}

/**
 * Folds a text character by character, remembering where each folded character came from: the
 * folded text can be shorter (marks, collapsed spaces) or longer than the original, and
 * mentions must point into the original.
 */
function fold(text: string, locale: Locale): FoldedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of text) {
    const piece = foldChar(ch, locale);
    const end = i + ch.length;
    const last = out.length - 1;
    if (!piece || (piece === ' ' && out[last] === ' ')) {
      // A lone combining mark or a further space: part of the previous character.
      if (last >= 0) ends[last] = end;
    } else {
      for (const c of piece) {
        out.push(c);
        starts.push(i);
        ends.push(end);
      }
    }
    i = end;
  }
  return { text: out.join(''), starts, ends };
}

function buildMatcher(content: ContentSet, locale: Locale): (text: string) => Mention[] {
  const owners = new Map<string, { kind: Mention['kind']; id: string } | null>();
  const register = (kind: Mention['kind'], id: string, spellings: readonly string[]) => {
    for (const spelling of spellings) {
      const key = fold(spelling.trim(), locale).text;
      if (!key.trim()) continue;
      const owner = owners.get(key);
      // A spelling two entities share cannot say which one is meant: linking either could be
      // wrong, so it is not matched at all (null marks it).
      if (owner === undefined) owners.set(key, { kind, id });
      else if (owner && (owner.kind !== kind || owner.id !== id)) owners.set(key, null);
    }
  };
  for (const person of content.people.values()) register('person', person.id, person.spellings);
  for (const org of content.organizations.values()) register('organization', org.id, org.spellings);

  const keys = [...owners].filter(([, owner]) => owner).map(([key]) => key);
  if (!keys.length) return () => [];
  // Alternatives are tried in order at each position, so longest first makes the longest
  // spelling win where several start ("Technopolis Moscow Special Economic Zone" over
  // "Technopolis"); scanning left to right with a global regex leaves no overlaps.
  keys.sort((a, b) => b.length - a.length || a.localeCompare(b));
  const escaped = keys.map((key) => key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

  return (text) => {
    const folded = fold(text, locale);
    return [...folded.text.matchAll(pattern)].flatMap((match) => {
      const owner = owners.get(match[0]);
      const first = match.index;
      const last = first + match[0].length - 1;
      const start = folded.starts[first];
      const end = folded.ends[last];
      if (!owner || start === undefined || end === undefined) return [];
      return [{ kind: owner.kind, id: owner.id, start, end }];
    });
  };
}
