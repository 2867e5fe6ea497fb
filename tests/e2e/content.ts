import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseMessage, TYPE } from '@formatjs/icu-messageformat-parser';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { slugify } from '../../lib/content/ids';
import { ROOT } from '../../scripts/process';

/*
 * What the browser tests expect, read from content/ itself (not through lib/), so the tests
 * follow the content: names, roles, titles and slugs come from the YAML and the front matter.
 * One rule is shared with the site: `slugify`, which makes an entity's slug from its name where
 * its file gives none (the site's own defaulting and checks are not used here).
 */

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
/** The language used when neither the URL, the cookie nor Accept-Language tells. */
export const defaultLocale: Locale = 'fr';
export const otherLocale = (locale: Locale): Locale => (locale === 'fr' ? 'en' : 'fr');

const contentDir = join(ROOT, 'content');

type Localized = Record<Locale, string>;

/** An entity with pages of its own: its id (the key in content) and its page's slug in each language. */
export interface Sluggable {
  id: string;
  slug: Localized;
}

export interface Person extends Sluggable {
  name: Localized;
  role: Localized;
  /** Organization ids, main one first. */
  organizations: string[];
}

export interface Organization extends Sluggable {
  name: Localized;
  description: Localized;
}

export interface NewsEvent extends Sluggable {
  name: Localized;
  location: Localized;
  /** `YYYY-MM` or `YYYY-MM-DD`, when a source dates the event. */
  date?: string;
  /** Organizations a source says organised it. */
  organizers: string[];
  /** Organizations associated with it, not said to have organised it. */
  associatedOrganizations: string[];
}

export interface ArticleVersion {
  storyId: string;
  locale: Locale;
  slug: string;
  title: string;
  standfirst: string;
  /** `YYYY-MM-DD`. */
  date: string;
  location: string;
  speakers: { id: string; role: string }[];
  organizations: string[];
  tags: string[];
  event?: string;
  session?: string;
  /** `publisher`: the publisher's id in publishers.yaml. */
  source: { publisher: string; url: string; date: string; title?: string; language?: string };
  /** Words tied to a speaker in the body, in order: `quote-1`, `quote-2`… on the page. */
  ties: Tie[];
}

/** A statement tied to a speaker: a quotation (`:quote`, `:::quote`) or reported speech (`:said`). */
export interface Tie {
  anchor: string;
  kind: 'quote' | 'said';
  speaker: string;
  /** The words as written (inline ties only; a block quotation's words are not needed here). */
  text?: string;
}

/** The ties of a Markdown body in document order, read with a pattern of the three forms editors write. */
function ties(body: string): Tie[] {
  const forms = /^:::quote\{speaker=([a-z0-9-]+)\}|:(quote|said)\[([^\]]*)\]\{speaker=([a-z0-9-]+)\}/gm;
  return [...body.matchAll(forms)].map((m, i) =>
    m[1] ? { anchor: `quote-${i + 1}`, kind: 'quote', speaker: m[1] } : { anchor: `quote-${i + 1}`, kind: m[2] as Tie['kind'], speaker: m[4]!, text: m[3] },
  );
}

/** YAML 1.2 core schema: `2025-09-19` stays a string, as the site's own loader reads it. */
const readYaml = (file: string): unknown => parseYaml(readFileSync(file, 'utf8'), { schema: 'core' });

function object(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where}: expected a mapping`);
  return value as Record<string, unknown>;
}

function string(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') throw new Error(`${where}: expected a non-empty string`);
  return value;
}

function localized(value: unknown, where: string): Localized {
  const map = object(value, where);
  return { fr: string(map.fr, `${where}.fr`), en: string(map.en, `${where}.en`) };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(join(contentDir, dir))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(contentDir, dir, name));
}

const idOf = (file: string) => file.replace(/^.*\//, '').replace(/\.yaml$/, '');

/** The slug of an entity's page in each language: its file's `slug:` for that language, else its name there, slugified. */
function slugs(data: Record<string, unknown>, name: Localized, where: string): Localized {
  const given = data.slug === undefined ? {} : object(data.slug, `${where} slug`);
  const slug = (locale: Locale) => (given[locale] === undefined ? slugify(name[locale]) : string(given[locale], `${where} slug.${locale}`));
  return { fr: slug('fr'), en: slug('en') };
}

export const people: ReadonlyMap<string, Person> = new Map(
  yamlFiles('people').map((file) => {
    const data = object(readYaml(file), file);
    const id = idOf(file);
    const orgs = Array.isArray(data.organizations) ? data.organizations.map((o, i) => string(o, `${file} organizations[${i}]`)) : [];
    const name = localized(data.name, `${file} name`);
    return [id, { id, slug: slugs(data, name, file), name, role: localized(data.role, `${file} role`), organizations: orgs }];
  }),
);

export const organizations: ReadonlyMap<string, Organization> = new Map(
  yamlFiles('organizations').map((file) => {
    const data = object(readYaml(file), file);
    const id = idOf(file);
    const name = localized(data.name, `${file} name`);
    return [id, { id, slug: slugs(data, name, file), name, description: localized(data.description, `${file} description`) }];
  }),
);

export const events: ReadonlyMap<string, NewsEvent> = new Map(
  yamlFiles('events').map((file) => {
    const data = object(readYaml(file), file);
    const id = idOf(file);
    const ids = (field: string) => (Array.isArray(data[field]) ? data[field].map((o, i) => string(o, `${file} ${field}[${i}]`)) : []);
    const name = localized(data.name, `${file} name`);
    return [
      id,
      {
        id,
        slug: slugs(data, name, file),
        name,
        location: localized(data.location, `${file} location`),
        ...(data.date === undefined ? {} : { date: string(data.date, `${file} date`) }),
        organizers: ids('organizers'),
        associatedOrganizations: ids('associatedOrganizations'),
      },
    ];
  }),
);

export interface Topic extends Sluggable {
  name: Localized;
}

/** Topic id → name and slug per language, from topics.yaml. */
export const topics: ReadonlyMap<string, Topic> = new Map(
  Object.entries(object(readYaml(join(contentDir, 'topics.yaml')), 'topics.yaml')).map(([id, value]) => {
    const where = `topics.yaml ${id}`;
    const name = localized(value, where);
    return [id, { id, name, slug: slugs(object(value, where), name, where) }];
  }),
);

export function topic(id: string): Topic {
  const found = topics.get(id);
  if (!found) throw new Error(`content/topics.yaml has no topic ${id}`);
  return found;
}

/** A publisher whose reports stories are based on (`publishers.yaml`). */
export interface Publisher {
  id: string;
  name: Localized;
  /** What the publisher is, as it reads after its name. */
  description: Localized;
}

/** Publisher id → name and description per language, from publishers.yaml. */
export const publishers: ReadonlyMap<string, Publisher> = new Map(
  Object.entries(object(readYaml(join(contentDir, 'publishers.yaml')), 'publishers.yaml')).map(([id, value]) => {
    const where = `publishers.yaml ${id}`;
    const data = object(value, where);
    return [id, { id, name: localized(data.name, `${where} name`), description: localized(data.description, `${where} description`) }];
  }),
);

export function publisher(id: string): Publisher {
  const found = publishers.get(id);
  if (!found) throw new Error(`content/publishers.yaml has no publisher ${id}`);
  return found;
}

export function person(id: string): Person {
  const found = people.get(id);
  if (!found) throw new Error(`content/people/${id}.yaml is missing`);
  return found;
}

export function organization(id: string): Organization {
  const found = organizations.get(id);
  if (!found) throw new Error(`content/organizations/${id}.yaml is missing`);
  return found;
}

function readArticle(storyId: string, locale: Locale): ArticleVersion {
  const file = join(contentDir, 'articles', storyId, `${locale}.md`);
  const { data, content: body } = matter(readFileSync(file, 'utf8'), {
    engines: { yaml: (text: string) => object(parseYaml(text, { schema: 'core' }) ?? {}, file) },
  });
  const fm = data as Record<string, unknown>;
  const source = object(fm.source, `${file} source`);
  const speakers = Array.isArray(fm.speakers) ? fm.speakers : [];
  const orgs = Array.isArray(fm.organizations) ? fm.organizations : [];
  return {
    storyId,
    locale,
    slug: string(fm.slug, `${file} slug`),
    title: string(fm.title, `${file} title`),
    standfirst: string(fm.standfirst, `${file} standfirst`),
    date: string(fm.date, `${file} date`),
    location: string(fm.location, `${file} location`),
    speakers: speakers.map((s: unknown, i) => {
      const speaker = object(s, `${file} speakers[${i}]`);
      return { id: string(speaker.id, `${file} speakers[${i}].id`), role: string(speaker.role, `${file} speakers[${i}].role`) };
    }),
    organizations: orgs.map((o: unknown, i) => string(o, `${file} organizations[${i}]`)),
    tags: (Array.isArray(fm.tags) ? fm.tags : []).map((tag: unknown, i) => string(tag, `${file} tags[${i}]`)),
    event: typeof fm.event === 'string' ? fm.event : undefined,
    session: typeof fm.session === 'string' ? fm.session : undefined,
    ties: ties(body),
    source: {
      publisher: string(source.publisher, `${file} source.publisher`),
      url: string(source.url, `${file} source.url`),
      date: string(source.date, `${file} source.date`),
      title: typeof source.title === 'string' ? source.title : undefined,
      language: typeof source.language === 'string' ? source.language : undefined,
    },
  };
}

/** Every story with its language versions. */
export const stories: { id: string; versions: Partial<Record<Locale, ArticleVersion>> }[] = readdirSync(join(contentDir, 'articles'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .map((id) => {
    const files = readdirSync(join(contentDir, 'articles', id));
    const versions: Partial<Record<Locale, ArticleVersion>> = {};
    for (const locale of locales) if (files.includes(`${locale}.md`)) versions[locale] = readArticle(id, locale);
    return { id, versions };
  });

/** When an event was reported: the dates of the sources of its stories (any language), oldest first, each once. */
export function reportedOn(event: NewsEvent): string[] {
  const dates = stories.flatMap((story) => Object.values(story.versions).flatMap((v) => (v?.event === event.id ? [v.source.date] : [])));
  return [...new Set(dates)].sort();
}

/** A story that exists in both languages: the one the bilingual tests use. */
export function bilingualStory(): Record<Locale, ArticleVersion> {
  for (const story of stories) {
    const { fr, en } = story.versions;
    if (fr && en) return { fr, en };
  }
  throw new Error('content/articles has no story in both French and English');
}

/** The home page's lead story in `locale`: newest first, then by title (as the site orders them). */
export function leadStory(locale: Locale): ArticleVersion {
  const [lead] = stories
    .flatMap((story) => story.versions[locale] ?? [])
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, locale));
  if (!lead) throw new Error(`content/articles has no story in ${locale}`);
  return lead;
}

export const homePath = (locale: Locale) => `/${locale}`;

/** Each language's word for each kind of entity page, written out here to check the site's own. */
export const entitySegments = {
  speakers: { fr: 'intervenants', en: 'speakers' },
  organizations: { fr: 'organisations', en: 'organisations' },
  topics: { fr: 'sujets', en: 'topics' },
  events: { fr: 'evenements', en: 'events' },
} as const;
export type EntityKind = keyof typeof entitySegments;
export const entityIndexPath = (kind: EntityKind, locale: Locale) => `/${locale}/${entitySegments[kind][locale]}`;
/** An entity's page in `locale`, at its slug there. */
export const entityPath = (kind: EntityKind, locale: Locale, entity: Sluggable) => `${entityIndexPath(kind, locale)}/${entity.slug[locale]}`;
/** An entity page's address before pages had slugs (its id): redirected to `entityPath` where the two differ. */
export const entityIdPath = (kind: EntityKind, locale: Locale, entity: Sluggable) => `${entityIndexPath(kind, locale)}/${entity.id}`;

/** Stories in `locale`, newest first (the order of every list of stories on the site). */
export function storiesIn(locale: Locale): ArticleVersion[] {
  return stories.flatMap((story) => story.versions[locale] ?? []).sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, locale));
}
export const articlePath = (article: ArticleVersion) => `/${article.locale}/articles/${article.slug}`;

/* Messages: the interface strings, so role names follow the catalogue. */

const messages: Record<Locale, unknown> = {
  fr: JSON.parse(readFileSync(join(contentDir, 'messages', 'fr.json'), 'utf8')),
  en: JSON.parse(readFileSync(join(contentDir, 'messages', 'en.json'), 'utf8')),
};

/** A message by dotted key, e.g. `t('fr', 'NotFoundPage.title')`. */
export function t(locale: Locale, key: string): string {
  let value: unknown = messages[locale];
  for (const part of key.split('.')) value = object(value, `content/messages/${locale}.json ${key}`)[part];
  return string(value, `content/messages/${locale}.json ${key}`);
}

/** A message that is one plural choice (`{count, plural, one {…} other {…}}`), as shown for `count`. */
export function tCount(locale: Locale, key: string, count: number): string {
  const [choice, ...rest] = parseMessage(t(locale, key));
  if (!choice || rest.length > 0 || choice.type !== TYPE.plural) throw new Error(`content/messages/${locale}.json ${key}: expected one plural choice`);
  const branch = choice.options[`=${count}`] ?? choice.options[new Intl.PluralRules(intlLocale[locale]).select(count)] ?? choice.options.other;
  if (!branch) throw new Error(`content/messages/${locale}.json ${key}: no branch for ${count}`);
  return branch.value.map((part) => (part.type === TYPE.literal ? part.value : part.type === TYPE.pound ? String(count) : '')).join('');
}

/* Formatting: the local way of writing dates ("19 septembre 2025", "19 September 2025"). */

const intlLocale: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "5 minutes de lecture" / "5 min read". */
export const readingTimePattern: Record<Locale, RegExp> = {
  fr: /\b\d+\s+minutes?\s+de\s+lecture/,
  en: /\b\d+\s+min\s+read/,
};

/*
 * Text as the author wrote it, matched against text as the site typesets it: straight
 * apostrophes may become ’, straight double quotes « » or “ ”, and French punctuation gets a
 * (narrow) no-break space before it. Playwright already folds every kind of space into one.
 */
export function typeset(text: string, { whole = false } = {}): RegExp {
  let pattern = '';
  for (const char of text.trim()) {
    if (/\s/.test(char)) pattern += '\\s+';
    else if (char === "'" || char === '’') pattern += "['’]";
    else if (char === '"') pattern += '(?:"|“|”|«\\s*|\\s*»)';
    else if (/[:;!?»]/.test(char)) pattern = `${pattern.replace(/(?:\\s\+)$/, '')}\\s*${escapeRegExp(char)}`;
    else pattern += escapeRegExp(char);
  }
  return new RegExp(whole ? `^\\s*${pattern}\\s*$` : pattern);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words of the other language's spelling of a name that this language's spelling lacks ("Shanin"). */
export function foreignSpellings(p: Person, locale: Locale): string[] {
  const own = new Set(p.name[locale].split(/\s+/));
  return p.name[otherLocale(locale)].split(/\s+/).filter((word) => !own.has(word));
}
