import type { Locale } from './routing';

/* Every URL of the site is built here, so links, the switcher and metadata agree. */

export const homePath = (locale: Locale) => `/${locale}`;

export const articlePath = (locale: Locale, slug: string) => `/${locale}/articles/${slug}`;

/** Internal page the proxy and unknown paths answer with, with a 404 status. */
export const notFoundPath = (locale: Locale) => `/${locale}/page-not-found`;

/** Path of the proxy endpoint that remembers a language choice, then redirects. */
export const SWITCH_LANGUAGE_PATH = '/switch-language';

/** Link for the language switcher: stores the choice for the next visit to `/`, then goes to `target`. */
export const switchLanguagePath = (target: string) => `${SWITCH_LANGUAGE_PATH}?to=${encodeURIComponent(target)}`;

/**
 * Localized first segment of each kind of entity page (`/fr/intervenants`, `/en/speakers`),
 * by kind: people, organizations, topics, events (lib/site/entity-kinds.ts describes each
 * kind). The dynamic routes under `app/[locale]/[section]/` generate only each language's own
 * word in its house spelling, so `/en/intervenants` matches nothing and gets the 404 page; a word
 * two languages spell alike (`organisations`) is a page in each.
 */
export const entitySegments = {
  people: { fr: 'intervenants', en: 'speakers' },
  organizations: { fr: 'organisations', en: 'organisations' },
  topics: { fr: 'sujets', en: 'topics' },
  events: { fr: 'evenements', en: 'events' },
} as const satisfies Record<string, Record<Locale, string>>;

/** A kind of entity with pages of its own. */
export type EntityKind = keyof typeof entitySegments;

export const entityKinds = Object.keys(entitySegments) as EntityKind[];

/** Index page of a kind of entity: `/fr/intervenants`, `/en/organisations`… */
export const entityIndexPath = (kind: EntityKind, locale: Locale) => `/${locale}/${entitySegments[kind][locale]}`;

/** Page of one entity, by its id (ids are the same in every language). */
export const entityPath = (kind: EntityKind, locale: Locale, id: string) => `${entityIndexPath(kind, locale)}/${id}`;

/** Word for the side-by-side reading of a story, in the reader's language. */
export const bilingualSegment = { fr: 'bilingue', en: 'bilingual' } as const satisfies Record<Locale, string>;

/** The story in both languages, paragraph beside paragraph, `locale` first: `/fr/articles/<slug>/bilingue`. */
export const bilingualPath = (locale: Locale, slug: string) => `${articlePath(locale, slug)}/${bilingualSegment[locale]}`;

/**
 * Localized segment of the search page (`/fr/recherche`, `/en/search`). Each names a route
 * folder under `app/[locale]/`; next.config rewrites the other language's word (`/en/recherche`)
 * to the 404 page (a test ties the folders, the segments and the rewrites together).
 */
export const searchSegments = { fr: 'recherche', en: 'search' } as const satisfies Record<Locale, string>;

/** The search page, with the query when there is one: `/fr/recherche?q=industrie`. */
export const searchPath = (locale: Locale, query?: string) =>
  `/${locale}/${searchSegments[locale]}${query ? `?q=${encodeURIComponent(query)}` : ''}`;

/** Other languages' words for the search page, not pages in `locale` (next.config answers them 404). */
export function foreignSearchSegments(locale: Locale): string[] {
  const own: string = searchSegments[locale];
  return [...new Set(Object.values(searchSegments))].filter((segment) => segment !== own);
}
