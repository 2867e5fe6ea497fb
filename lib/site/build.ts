import { createHash } from 'node:crypto';
import type { Content, Entry, StoryVersion, VocabularyEntry } from '@/lib/content/types';
import type { EventFile, OrganizationFile, PersonFile, PublisherFile } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/routing';
import { countWords, parseMarkdown, renderPassagesConsuming } from '@/lib/markdown/render';
import type { RemarkMentionLinksOptions } from '@/lib/markdown/plugins/remark-mention-links';
import { memoize } from '@/lib/memoize';
import { createMentionFinder, mentionables, type MentionFinder } from '@/lib/mentions';
import { typeset, typesetLocalized } from '@/lib/typography/typeset';
import { entityKinds } from './entity-kinds';
import type { ArticleBody, ArticleSummary, LocalizedText, NewsEvent, Organization, Person, Publisher, SiteData, StoryBodies, Term } from './types';

/** The site built from loaded content: its data, and every version's rendered body apart. */
export interface BuiltSite {
  data: SiteData;
  bodies: ReadonlyMap<string, StoryBodies>;
  /** How many versions were rendered, and how many came from the render cache. */
  rendered: { rendered: number; cached: number };
  /** Per story, a key that changes whenever any of its rendered bodies may have: its versions' render keys. */
  bodyKeys: ReadonlyMap<string, string>;
}

/** One language version as the Model makes it: what lists show, and its body. */
export interface RenderedVersion {
  summary: ArticleSummary;
  body: ArticleBody;
}

/**
 * Rendered versions kept from build to build (lib/site/render-cache.ts). The key says everything
 * a version's rendering depends on, so an entry is never stale, only unused.
 */
export interface RenderCache {
  get(key: string): RenderedVersion | undefined;
  set(key: string, value: RenderedVersion): void;
}

/**
 * Builds the site from loaded content: entities with their display text typeset, every story
 * version rendered (passages, statements, typography, links on first mentions), or taken from
 * `cache` when its file, the renderer and the names it links are what they were.
 */
export function buildSite(content: Content, options: { cache?: RenderCache; renderer?: string } = {}): BuiltSite {
  const people = mapValues(content.people, toPerson);
  const organizations = mapValues(content.organizations, toOrganization);
  const find = memoize(() => createMentionFinder(mentionables({ people, organizations })));
  const mentions = memoize((locale: Locale) => mentionLinks(find(undefined), { people, organizations }, locale));
  const speakerName = (id: string, locale: Locale) => people.get(id)?.name[locale];
  // What a version's rendering reads besides its own file: every spelling it may link and where
  // (the entity's slug in each language), the names of its speakers (block quotations'
  // captions), and its source's publisher (the credit's name and description).
  const linked = hashOf([...people.values(), ...organizations.values()].map((e) => [e.id, e.spellings, e.slug]));
  const counts = { rendered: 0, cached: 0 };
  const bodies = new Map<string, StoryBodies>();
  const bodyKeys = new Map<string, string>();
  const stories = mapValues(content.stories, (versions, storyId) => {
    const story: StoryBodies = {};
    const keys: string[] = [];
    const summaries = mapValues(versions, (version) => {
      const names = hashOf(version.frontMatter.speakers.map((s) => speakerName(s.id, version.locale)));
      const publisher = content.publishers.get(version.frontMatter.source.publisher);
      const key = `${version.hash}-${hashOf([options.renderer ?? '', linked, names, publisher ?? null, version.file])}`;
      keys.push(key);
      let result = options.cache?.get(key);
      if (result) counts.cached++;
      else {
        result = renderVersion(version, { mentions: mentions(version.locale), speakerName: (id) => speakerName(id, version.locale), publisher });
        options.cache?.set(key, result);
        counts.rendered++;
      }
      story[version.locale] = result.body;
      return result.summary;
    });
    bodies.set(storyId, story);
    bodyKeys.set(storyId, hashOf(keys));
    return summaries;
  });
  const data: SiteData = {
    people,
    organizations,
    events: mapValues(content.events, (event) => toEvent(event, content.stories)),
    topics: mapValues(content.topics, toTerm),
    sections: mapValues(content.sections, toTerm),
    stories,
  };
  return { data, bodies, rendered: counts, bodyKeys };
}

/** One language version: display text typeset, the body rendered to passages. */
export function renderVersion(
  version: StoryVersion,
  options: { mentions?: RemarkMentionLinksOptions; speakerName: (id: string) => string | undefined; publisher?: PublisherFile },
): RenderedVersion {
  const { frontMatter: fm, locale } = version;
  const text = (value: string) => typeset(value, locale);
  const passages = renderPassagesConsuming(takeTree(version), { locale, speakerName: options.speakerName, mentions: options.mentions });
  const summary: ArticleSummary = {
    storyId: version.storyId,
    locale,
    file: version.file,
    slug: fm.slug,
    title: text(fm.title),
    standfirst: text(fm.standfirst),
    date: fm.date,
    updated: fm.updated,
    section: fm.section,
    tags: fm.tags,
    event: fm.event,
    session: fm.session && text(fm.session),
    location: text(fm.location),
    original: fm.original,
    speakers: fm.speakers.map((s) => ({ ...s, role: text(s.role) })),
    organizations: fm.organizations,
    source: { ...fm.source, publisher: publisherIn(fm.source.publisher, options.publisher, locale) },
    wordCount: countWords(version.body),
  };
  return { summary, body: { passages, quotes: version.ties.map((tie) => ({ ...tie, text: text(tie.text) })) } };
}

/** Trees already rendered: rendering rewrites a tree in place, so a second use parses the body again. */
const rendered = new WeakSet<object>();

/** The version's parsed body for rendering: Load's tree the first time, a fresh parse otherwise. */
function takeTree(version: StoryVersion) {
  const tree = version.tree && !rendered.has(version.tree) ? version.tree : parseMarkdown(version.body);
  rendered.add(tree);
  return tree;
}

/** First mentions of people and organizations in a body link to their pages in the body's language, at their slugs there. */
function mentionLinks(find: MentionFinder, entities: Pick<SiteData, 'people' | 'organizations'>, locale: Locale): RemarkMentionLinksOptions {
  return {
    find,
    // The finder only finds the people and organizations it was built from: these tables.
    href: (m) =>
      m.kind === 'person'
        ? entityKinds.people.path(locale, entities.people.get(m.id)!)
        : entityKinds.organizations.path(locale, entities.organizations.get(m.id)!),
  };
}

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);

/** The publisher of a source in the story's language; Load checked that it exists (its id stands in for a bare render). */
function publisherIn(id: string, publisher: PublisherFile | undefined, locale: Locale): Publisher {
  return { id, name: publisher?.name[locale] ?? id, description: publisher ? typeset(publisher.description[locale], locale) : '' };
}

function toPerson(p: Entry<PersonFile>): Person {
  return { id: p.id, slug: p.slug, name: p.name, role: typesetLocalized(p.role), organizations: p.organizations, spellings: spellings(p.name, p.aliases) };
}

function toOrganization(o: Entry<OrganizationFile>): Organization {
  return { id: o.id, slug: o.slug, name: o.name, description: typesetLocalized(o.description), spellings: spellings(o.name, o.aliases) };
}

function toEvent(e: Entry<EventFile>, stories: Content['stories']): NewsEvent {
  const reports = [...stories.values()].flatMap((versions) =>
    Object.values(versions).flatMap((v) => (v.frontMatter.event === e.id ? [v.frontMatter.source.date] : [])),
  );
  return {
    id: e.id,
    slug: e.slug,
    name: e.name,
    location: e.location,
    ...(e.date ? { date: e.date } : {}),
    reportedOn: [...new Set(reports)].sort(),
    organizers: e.organizers,
    associatedOrganizations: e.associatedOrganizations,
  };
}

function toTerm({ name, slug }: VocabularyEntry, id: string): Term {
  return { id, slug, name };
}

function spellings(name: LocalizedText, aliases: readonly string[]): string[] {
  return [...new Set([...Object.values(name), ...aliases])];
}

function mapValues<K, V, W>(map: ReadonlyMap<K, V>, f: (value: V, key: K) => W): Map<K, W>;
function mapValues<K extends string, V, W>(record: Partial<Record<K, V>>, f: (value: V, key: K) => W): Partial<Record<K, W>>;
function mapValues<K, V, W>(source: ReadonlyMap<K, V> | Partial<Record<string, V>>, f: (value: V, key: K) => W): Map<K, W> | Partial<Record<string, W>> {
  if (source instanceof Map) return new Map([...source].map(([k, v]) => [k, f(v, k)]));
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, f(v as V, k as K)]));
}
