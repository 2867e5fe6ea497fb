import { isLocale, type Locale } from './routing';

/* Every URL of the site is built here, so links, the switcher and metadata agree. */

export const homePath = (locale: Locale) => `/${locale}`;

/** The word before a page number: `/fr/page/2`, `/en/speakers/<slug>/page/2` (the same in every language). */
export const PAGE_SEGMENT = 'page';

/** Page `page` of the list at `listPath` (a home, an entity's page): page 1 is the list's own page. */
export const listPagePath = (listPath: string, page: number) => (page === 1 ? listPath : `${listPath}/${PAGE_SEGMENT}/${page}`);

/**
 * A page number as the site writes it (`2`, `17`): the list's first page is its own path, so
 * `1`, `01`, `+2` or `2.0` are no page's number, and each page has one address.
 */
export function parsePageNumber(segment: string | undefined): number | undefined {
  if (!segment || !/^[1-9]\d{0,8}$/.test(segment) || segment === '1') return undefined;
  return Number(segment);
}

/** What `/<locale>/page/<n>` names: the language and the page number (undefined when it is no such path). */
export function parseHomeListPath(pathname: string): { locale: Locale; page?: number } | undefined {
  const [, locale, word, number, ...rest] = pathname.split('/');
  if (word !== PAGE_SEGMENT || !isLocale(locale) || pathname.endsWith('/')) return undefined;
  return { locale, page: rest.length === 0 ? parsePageNumber(number) : undefined };
}

export const articlePath = (locale: Locale, slug: string) => `/${locale}/articles/${slug}`;

/** Internal page the proxy and unknown paths answer with, with a 404 status. */
export const notFoundPath = (locale: Locale) => `/${locale}/page-not-found`;

/** Path of the proxy endpoint that remembers a language choice, then redirects. */
export const SWITCH_LANGUAGE_PATH = '/switch-language';

/** Link for the language switcher: stores the choice for the next visit to `/`, then goes to `target`. */
export const switchLanguagePath = (target: string) => `${SWITCH_LANGUAGE_PATH}?to=${encodeURIComponent(target)}`;

/**
 * Longest switch target accepted: the longest search path the switcher can carry (a query of
 * MAX_QUERY_LENGTH characters, each up to nine characters once percent-encoded) with room to spare.
 */
export const MAX_SWITCH_TARGET_LENGTH = 2048;

const SWITCH_TARGET = /^\/([a-z]{2})(?:\/[A-Za-z0-9\-._~/%]*)?(?:\?q=[A-Za-z0-9\-._~%]*)?(?:#(?:p|quote)-\d{1,5})?$/;
/** A `.` or `..` path segment, written plainly or percent-encoded (`%2e`): browsers and URL parsers resolve it. */
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?=[/?#]|$)/i;

/**
 * The inverse of `switchLanguagePath`: the target of `/switch-language?to=…` if it is a path of
 * this site inside one language, e.g. `/en/articles/x`, optionally with a search query (`?q=…`,
 * percent-encoded as `searchPath` writes it) and the passage or quote the reader was on (`#p-4`,
 * added by the switcher's link). No other host, no empty segment (`//`), no dot segment: the path
 * a browser resolves is the path written, so it stays in the language it names.
 */
export function parseSwitchTarget(raw: string | null | undefined): { locale: Locale; path: string } | undefined {
  if (!raw || raw.length > MAX_SWITCH_TARGET_LENGTH) return undefined;
  const locale = SWITCH_TARGET.exec(raw)?.[1];
  const path = raw.split(/[?#]/, 1)[0] ?? '';
  if (!isLocale(locale) || raw.includes('//') || DOT_SEGMENT.test(path)) return undefined;
  // What a browser makes of it: the same path, on this site (a second look, should the rules above ever loosen).
  const resolved = new URL(raw, 'https://site.invalid');
  if (resolved.host !== 'site.invalid' || resolved.pathname !== path) return undefined;
  return { locale, path: raw };
}

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

/**
 * Page of one entity in `locale`, by its slug in that language (`/fr/intervenants/dmitry-chanine`,
 * `/en/speakers/dmitry-shanin`). Pages and views reach it through the kind's descriptor
 * (`entityKinds[kind].path`); services that know only the domain's types call it directly.
 */
export const entityPath = (kind: EntityKind, locale: Locale, entity: { readonly slug: Readonly<Record<Locale, string>> }) =>
  `${entityIndexPath(kind, locale)}/${entity.slug[locale]}`;

/** Where an entity's page was before pages had slugs (its id): the site redirects it to `entityPath`. */
export const entityIdPath = (kind: EntityKind, locale: Locale, id: string) => `${entityIndexPath(kind, locale)}/${id}`;

/** Word for the side-by-side reading of a story, in the reader's language. */
export const bilingualSegment = { fr: 'bilingue', en: 'bilingual' } as const satisfies Record<Locale, string>;

/** The story in both languages, paragraph beside paragraph, `locale` first: `/fr/articles/<slug>/bilingue`. */
export const bilingualPath = (locale: Locale, slug: string) => `${articlePath(locale, slug)}/${bilingualSegment[locale]}`;

/** Last segment of an article's social image (Next's metadata route beside the page). */
export const SOCIAL_IMAGE_SEGMENT = 'opengraph-image';

/** A page of the article family: the article itself, its side-by-side reading, its lite version, its social image. */
export interface ArticleRoute {
  locale: Locale;
  slug: string;
  view: 'article' | 'bilingual' | 'lite' | 'image';
}

/**
 * What a path under `/<locale>/articles/` names, read the way the routes under
 * `app/[locale]/articles/` would (`route` undefined when none of them serves it, whatever the
 * story); undefined for any other path. A trailing slash is left to the proxy's redirect.
 */
export function parseArticlePath(pathname: string): { locale: Locale; route?: ArticleRoute } | undefined {
  const [, locale, articles, slug, view, ...rest] = pathname.split('/');
  if (articles !== 'articles' || !isLocale(locale) || pathname.endsWith('/')) return undefined;
  if (!slug || rest.length > 0) return { locale };
  if (view === undefined) return { locale, route: { locale, slug, view: 'article' } };
  if (view === bilingualSegment[locale]) return { locale, route: { locale, slug, view: 'bilingual' } };
  if (view === liteSegments[locale]) return { locale, route: { locale, slug, view: 'lite' } };
  if (view === SOCIAL_IMAGE_SEGMENT) return { locale, route: { locale, slug, view: 'image' } };
  return { locale };
}

/** A page of an entity: its page, a numbered page of its stories, or one of its feeds (`feed.xml`, `feed.json`). */
export interface EntityRoute {
  locale: Locale;
  kind: EntityKind;
  slug: string;
  view: 'page' | 'list' | 'feed';
  /** The page number of a `list` view (2 and up). */
  page?: number;
}

export type FeedFormat = 'rss' | 'json';

export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'json'];

/** File name of a feed in `format`, below the page it follows (a language's home, an entity's page). */
export const feedFileName = (format: FeedFormat) => `feed.${format === 'rss' ? 'xml' : 'json'}`;

const FEED_FILES = new Set(FEED_FORMATS.map(feedFileName));

/** Every language's words for the entity indexes. */
const ENTITY_WORDS = new Set<string>(entityKinds.flatMap((kind) => Object.values(entitySegments[kind])));

/**
 * What a path under an entity index of its language (`/fr/intervenants/…`) names, read the way
 * the routes under `app/[locale]/[section]/[slug]/` would (`route` undefined when none of them
 * serves it); undefined for any other path. A trailing slash is left to the proxy's redirect.
 */
export function parseEntityPath(pathname: string): { locale: Locale; route?: EntityRoute } | undefined {
  const [, locale, section, slug, file, ...rest] = pathname.split('/');
  if (!isLocale(locale) || !section || !slug || pathname.endsWith('/')) return undefined;
  const kind = entityKinds.find((k) => entitySegments[k][locale] === section);
  // Another language's word (`/fr/speakers/…`): no route serves it in this one.
  if (!kind) return ENTITY_WORDS.has(section) ? { locale } : undefined;
  if (file === PAGE_SEGMENT && rest.length === 1) {
    const page = parsePageNumber(rest[0]);
    return page ? { locale, route: { locale, kind, slug, view: 'list', page } } : { locale };
  }
  if (rest.length > 0) return { locale };
  if (file === undefined) return { locale, route: { locale, kind, slug, view: 'page' } };
  return FEED_FILES.has(file) ? { locale, route: { locale, kind, slug, view: 'feed' } } : { locale };
}

/**
 * Word for the lite version of a story, in its language: one page with no script, no image and
 * no external stylesheet, for slow networks (`app/[locale]/articles/[slug]/leger`, `…/lite`: a
 * route folder per language, like the search page; next.config answers the other language's
 * word with the 404 page).
 */
export const liteSegments = { fr: 'leger', en: 'lite' } as const satisfies Record<Locale, string>;

/** The lite version of a story: `/fr/articles/<slug>/leger`, `/en/articles/<slug>/lite`. */
export const litePath = (locale: Locale, slug: string) => `${articlePath(locale, slug)}/${liteSegments[locale]}`;

/** Words of `words` that belong to other languages than `locale` (each route folder matches under every language). */
export function foreignWords(words: Readonly<Record<Locale, string>>, locale: Locale): string[] {
  const own = words[locale];
  return [...new Set(Object.values(words))].filter((word) => word !== own);
}

/**
 * Localized segment of the search page (`/fr/recherche`, `/en/search`). Each names a route
 * folder under `app/[locale]/`; next.config rewrites the other language's word (`/en/recherche`)
 * to the 404 page (a test ties the folders, the segments and the rewrites together).
 */
export const searchSegments = { fr: 'recherche', en: 'search' } as const satisfies Record<Locale, string>;

/**
 * A query string value with every character outside RFC 3986's unreserved set percent-encoded
 * (`encodeURIComponent` leaves `! ' ( ) *` as they are), so the URL is the same however it is
 * carried, and the language switcher's target check accepts any query.
 */
export const encodeQueryValue = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The search page, with the query when there is one: `/fr/recherche?q=industrie`. */
export const searchPath = (locale: Locale, query?: string) => `/${locale}/${searchSegments[locale]}${query ? `?q=${encodeQueryValue(query)}` : ''}`;

/** Other languages' words for the search page, not pages in `locale` (next.config answers them 404). */
export function foreignSearchSegments(locale: Locale): string[] {
  return foreignWords(searchSegments, locale);
}
