import type { SiteData, StoryBodies } from '@/lib/site/types';
import { routing, type Locale } from '@/lib/i18n/routing';

/*
 * What the search index holds: one document per story (all its language versions), per person
 * and per organization. Pure over the site's data, so tests build documents from fixtures and the
 * benchmark from synthetic content. Text is plain text (tags stripped from the sanitized HTML,
 * entities decoded), with the site's typography already applied, so a snippet reads as the page.
 */

export type SearchKind = 'story' | 'person' | 'organization';

export interface SearchDocument {
  /** `story:<id>`, `person:<id>`, `organization:<id>`: unique across kinds. */
  id: string;
  kind: SearchKind;
  /** Story id, person id or organization id. */
  entityId: string;
  /** Languages the page exists in, in routing order. */
  languages: Locale[];
  /** Headline or name, per language it exists in. */
  title: Partial<Record<Locale, string>>;
  /** Text searched and shown in snippets: standfirst and body, role, description. */
  text: Partial<Record<Locale, string>>;
  /** Slug of the page per language it exists in: a story's versions, a person's or organization's page in every language. */
  slug: Partial<Record<Locale, string>>;
  /** Every spelling of the entity itself (people and organizations): matched unstemmed. */
  names: string[];
  /** Spellings of who and what the document mentions: a story's speakers and organizations, a person's organizations. */
  mentions: string[];
  /** Publication date of the newest version (stories), `YYYY-MM-DD`. */
  date?: string;
}

const BLOCK = /<\/?(?:p|h[1-6]|li|ul|ol|blockquote|figure|figcaption|div|section|pre|table|tr|td|th|hr|br)\b[^>]*>/giu;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Plain text of sanitized HTML: block boundaries become line breaks, tags go, entities are decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(BLOCK, '\n')
    .replace(/<[^>]*>/gu, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (entity, body: string) => {
      if (body[0] === '#') {
        const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
    })
    .replace(/[ \t\r]*\n[\s]*/gu, '\n')
    .replace(/[ \t\r]+/gu, ' ')
    .trim();
}

const perLocale = <T>(build: (locale: Locale) => T | undefined): Partial<Record<Locale, T>> =>
  Object.fromEntries(
    routing.locales.flatMap((l) => {
      const value = build(l);
      return value === undefined ? [] : [[l, value]];
    }),
  );

/**
 * Every document of the site's data: stories (newest first), then people, then organizations.
 * A story's text is its standfirst and its body, from `bodies`.
 */
export function buildDocuments(content: Pick<SiteData, 'people' | 'organizations' | 'stories'>, bodies: (storyId: string) => StoryBodies): SearchDocument[] {
  const spellingsOf = (kind: 'person' | 'organization', id: string): string[] =>
    (kind === 'person' ? content.people.get(id)?.spellings : content.organizations.get(id)?.spellings) ?? [];

  const stories: SearchDocument[] = [...content.stories].map(([storyId, versions]) => {
    const body = bodies(storyId);
    const languages = routing.locales.filter((l) => versions[l]);
    const all = languages.flatMap((l) => versions[l] ?? []);
    const mentioned = new Set<string>();
    for (const article of all) {
      for (const s of article.speakers) for (const name of spellingsOf('person', s.id)) mentioned.add(name);
      for (const o of article.organizations) for (const name of spellingsOf('organization', o)) mentioned.add(name);
    }
    return {
      id: `story:${storyId}`,
      kind: 'story',
      entityId: storyId,
      languages,
      title: perLocale((l) => versions[l]?.title),
      text: perLocale((l) => {
        const a = versions[l];
        return a && `${a.standfirst}\n${htmlToText((body[l]?.passages ?? []).map((p) => p.html).join('\n'))}`;
      }),
      slug: perLocale((l) => versions[l]?.slug),
      names: [],
      mentions: [...mentioned],
      date: all
        .map((a) => a.date)
        .sort()
        .at(-1),
    };
  });
  stories.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.entityId.localeCompare(b.entityId));

  const people: SearchDocument[] = [...content.people.values()].map((p) => ({
    id: `person:${p.id}`,
    kind: 'person',
    entityId: p.id,
    languages: [...routing.locales],
    title: { ...p.name },
    text: { ...p.role },
    slug: { ...p.slug },
    names: [...p.spellings],
    mentions: p.organizations.flatMap((o) => spellingsOf('organization', o)),
  }));

  const organizations: SearchDocument[] = [...content.organizations.values()].map((o) => ({
    id: `organization:${o.id}`,
    kind: 'organization',
    entityId: o.id,
    languages: [...routing.locales],
    title: { ...o.name },
    text: { ...o.description },
    slug: { ...o.slug },
    names: [...o.spellings],
    mentions: [],
  }));

  return [...stories, ...people, ...organizations];
}
