import type { Content, Entry, StoryVersion } from '@/lib/content/types';
import type { EventFile, OrganizationFile, PersonFile } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/routing';
import { countWords, parseMarkdown, renderPassagesConsuming } from '@/lib/markdown/render';
import type { RemarkMentionLinksOptions } from '@/lib/markdown/plugins/remark-mention-links';
import { memoize } from '@/lib/memoize';
import { createMentionFinder, mentionables } from '@/lib/mentions';
import { typeset, typesetLocalized } from '@/lib/typography/typeset';
import { entityKinds } from './entity-kinds';
import type { Article, LocalizedText, NewsEvent, Organization, Person, SiteData, Term } from './types';

/** Builds the site's data from loaded content: entities typeset, every story version rendered. */
export function buildSiteData(content: Content): SiteData {
  const people = mapValues(content.people, toPerson);
  const organizations = mapValues(content.organizations, toOrganization);
  const mentions = memoize((locale: Locale) => mentionLinks({ people, organizations }, locale));
  const speakerName = (id: string, locale: Locale) => people.get(id)?.name[locale];
  return {
    people,
    organizations,
    events: mapValues(content.events, toEvent),
    topics: mapValues(content.topics, toTerm),
    sections: mapValues(content.sections, toTerm),
    stories: mapValues(content.stories, (versions) =>
      mapValues(versions, (version) => renderArticle(version, { mentions: mentions(version.locale), speakerName: (id) => speakerName(id, version.locale) })),
    ),
  };
}

/** Trees already rendered: rendering rewrites a tree in place, so a second build parses the body again. */
const rendered = new WeakSet<object>();

/** One language version: display text typeset, the body rendered to passages. */
export function renderArticle(version: StoryVersion, options: { mentions?: RemarkMentionLinksOptions; speakerName: (id: string) => string | undefined }): Article {
  const { frontMatter: fm, locale } = version;
  const text = (value: string) => typeset(value, locale);
  const tree = rendered.has(version.tree) ? parseMarkdown(version.body) : version.tree;
  rendered.add(tree);
  const passages = renderPassagesConsuming(tree, { locale, speakerName: options.speakerName, mentions: options.mentions });
  return {
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
    source: fm.source,
    html: passages.map((p) => p.html).join('\n'),
    passages,
    quotes: version.ties.map((tie) => ({ ...tie, text: text(tie.text) })),
    wordCount: countWords(version.body),
  };
}

/** First mentions of people and organizations in a body link to their pages in the body's language. */
function mentionLinks(entities: Pick<SiteData, 'people' | 'organizations'>, locale: Locale): RemarkMentionLinksOptions {
  return {
    find: createMentionFinder(mentionables(entities), locale),
    href: (m) => (m.kind === 'person' ? entityKinds.people : entityKinds.organizations).path(locale, m.id),
  };
}

function toPerson(p: Entry<PersonFile>): Person {
  return { id: p.id, name: p.name, role: typesetLocalized(p.role), organizations: p.organizations, spellings: spellings(p.name, p.aliases) };
}

function toOrganization(o: Entry<OrganizationFile>): Organization {
  return { id: o.id, name: o.name, description: typesetLocalized(o.description), spellings: spellings(o.name, o.aliases) };
}

function toEvent(e: Entry<EventFile>): NewsEvent {
  return { id: e.id, name: e.name, location: e.location, date: e.date, organizations: e.organizations };
}

function toTerm(name: LocalizedText, id: string): Term {
  return { id, name };
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
