import MiniSearch, { type AsPlainObject, type Options, type Query, type QueryCombination } from 'minisearch';
import { routing, type Locale } from '@/lib/i18n/routing';
import type { SearchDocument } from './documents';
import { memoize } from '@/lib/memoize';
import { createMatcher, type Matcher } from './matcher';
import { cleanQuery, nameTerm, termIn, words, type CleanQuery, type QueryTerm, type Token } from './normalize';
import { highlight, snippet, SNIPPET_LENGTH, type Segment } from './snippet';

/*
 * The search index: MiniSearch (BM25) over per-language fields, each field processed in its own
 * language (see normalize.ts). A query word is looked up as its French stem in French fields,
 * its English stem in English fields and its folded form in name fields; every word must match
 * (AND). When nothing matches exactly, a second, relaxed pass allows the last word to be a
 * prefix and longer words one or two typos, so precise queries stay precise.
 */

const FIELDS = ['title_fr', 'title_en', 'text_fr', 'text_en', 'names', 'mentions'] as const;
type Field = (typeof FIELDS)[number];

const TEXT_FIELDS: Record<Locale, Field[]> = { fr: ['title_fr', 'text_fr'], en: ['title_en', 'text_en'] };
const NAME_FIELDS: Field[] = ['names', 'mentions'];

/** Titles and names say most about a document; a story's mentions less than its own names. */
const BOOST: Record<Field, number> = { title_fr: 3, title_en: 3, names: 3, text_fr: 1, text_en: 1, mentions: 1.5 };
/** Documents that exist in the reader's language rank above equally relevant ones that do not. */
export const READER_LANGUAGE_BOOST = 1.5;
/** Most results shown for one query. */
export const MAX_RESULTS = 50;

const fieldLocale = (field: string | undefined): Locale | undefined => {
  const suffix = field?.slice(-3);
  return routing.locales.find((l) => suffix === `_${l}`);
};

function extractField(doc: SearchDocument, field: string): string {
  const locale = fieldLocale(field);
  if (locale) return (field.startsWith('title') ? doc.title[locale] : doc.text[locale]) ?? '';
  if (field === 'names') return doc.names.join('\n');
  if (field === 'mentions') return doc.mentions.join('\n');
  if (field === 'id') return doc.id;
  return '';
}

/** Index options: the same when building and when loading a serialized index (MiniSearch requires it). */
const indexOptions: Options<SearchDocument> = {
  idField: 'id',
  fields: [...FIELDS],
  storeFields: [],
  extractField,
  tokenize: (text) => words(text),
  processTerm: (term, field) => {
    const locale = fieldLocale(field);
    return locale ? termIn(term, locale) : nameTerm(term);
  },
  // Queries are built as trees of already processed terms (below): taken as they are.
  searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
  autoVacuum: false,
};

export interface SearchResult {
  document: SearchDocument;
  score: number;
  /** Language the title is shown in: the reader's when the document exists in it. */
  titleLocale: Locale;
  title: Segment[];
  /** The spelling of a person's or organization's name that matched, when the title does not show it. */
  alsoWritten?: Segment[];
  /** Language of the snippet: where the words were found, the reader's language first. */
  snippetLocale: Locale;
  snippet: Segment[];
}

export type SearchResponse =
  | (Exclude<CleanQuery, { kind: 'terms' }> & { results: []; total: 0 })
  | { kind: 'terms'; text: string; terms: QueryTerm[]; results: SearchResult[]; total: number };

export interface SearchIndex {
  readonly documentCount: number;
  /** Everything indexed (stories newest first, then people, then organizations). */
  readonly documents: readonly SearchDocument[];
  /** Search as a reader of `locale`; never throws on any input. */
  search(query: unknown, locale: Locale, options?: { limit?: number }): SearchResponse;
  /** The index and documents as one JSON string, for `loadSearchIndex`. */
  serialize(): string;
}

interface Serialized {
  version: 1;
  index: AsPlainObject;
  documents: SearchDocument[];
}

export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const mini = new MiniSearch<SearchDocument>(indexOptions);
  mini.addAll(documents);
  return wrap(mini, documents);
}

export function loadSearchIndex(serialized: string): SearchIndex {
  const data = JSON.parse(serialized) as Serialized;
  if (data.version !== 1) throw new Error(`search index: unknown version ${String(data.version)}; rebuild it with npm run search:index`);
  return wrap(MiniSearch.loadJS(data.index, indexOptions), data.documents);
}

function queryTree(terms: QueryTerm[], relaxed: boolean): QueryCombination {
  return {
    combineWith: 'AND',
    queries: terms.map((term, i): Query => {
      const prefix = relaxed && i === terms.length - 1 && term.folded.length >= 3;
      const fuzzy = relaxed && term.folded.length >= 5 && !/\p{N}/u.test(term.folded) ? (term.folded.length >= 9 ? 2 : 1) : false;
      // One lookup per distinct string: a word whose stems and folded form agree ("2030",
      // "moscou") is looked up once in all the fields concerned.
      const fieldsByTerm = new Map<string, Field[]>();
      const add = (t: string, fields: Field[]) => fieldsByTerm.set(t, [...(fieldsByTerm.get(t) ?? []), ...fields]);
      for (const locale of routing.locales) add(term.stems[locale], TEXT_FIELDS[locale]);
      add(term.folded, NAME_FIELDS);
      return {
        combineWith: 'OR',
        queries: [...fieldsByTerm].map(([t, fields]) => ({ queries: [t], fields, prefix, fuzzy })),
      };
    }),
  };
}

function wrap(mini: MiniSearch<SearchDocument>, documents: readonly SearchDocument[]): SearchIndex {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const inLocale = Object.fromEntries(
    routing.locales.map((l) => [l, new Set(documents.filter((d) => d.languages.includes(l)).map((d) => d.id))]),
  ) as Record<Locale, Set<string>>;

  /**
   * The best `limit` hits, best first, and how many there are. The reader-language boost
   * multiplies a document's whole score, so it is applied to MiniSearch's hits afterwards (the
   * same ranking as its boostDocument, which would run for every document, term and field).
   * Only the hits that could reach the first `limit` are sorted again: a common word can match
   * most of the documents.
   */
  function run(terms: QueryTerm[], locale: Locale, relaxed: boolean, limit: number) {
    // Sorted by MiniSearch's score, which it multiplies by the number of distinct leaf terms
    // matched: here one word's spellings in each language, which would double the score of a
    // story found in both versions on top of the two versions' own scores. Plain BM25 sums are
    // kept (divided back), boosted for the reader's language.
    const hits = mini.search(queryTree(terms, relaxed), { boost: BOOST });
    const own = inLocale[locale];
    const final = (hit: (typeof hits)[number]) =>
      (hit.score / Math.max(1, hit.queryTerms.length)) * (own.has(hit.id as string) ? READER_LANGUAGE_BOOST : 1);
    // The worst final score among the first `limit` hits is a floor for the final limit-th best;
    // as a final score is at most the boost times MiniSearch's, hits further down whose
    // MiniSearch score times the boost is below the floor cannot make the cut.
    let floor = Number.POSITIVE_INFINITY;
    for (const hit of hits.slice(0, limit)) floor = Math.min(floor, final(hit));
    const candidates: { hit: (typeof hits)[number]; score: number }[] = [];
    for (const hit of hits) {
      if (candidates.length >= limit && hit.score * READER_LANGUAGE_BOOST < floor) break;
      candidates.push({ hit, score: final(hit) });
    }
    candidates.sort((a, b) => b.score - a.score);
    return { top: candidates.slice(0, limit), total: hits.length };
  }

  function present(hit: { id: unknown; match: Record<string, string[]> }, score: number, locale: Locale, matcher: (l: Locale) => Matcher): SearchResult | undefined {
    const document = byId.get(String(hit.id));
    if (!document) return undefined;
    const own = (l: Locale) => document.languages.includes(l);
    const titleLocale = own(locale) ? locale : (document.languages[0] ?? locale);
    const order = [locale, ...routing.locales.filter((l) => l !== locale)];
    let first: Token | undefined;
    const snippetLocale = order.find((l) => own(l) && (first = matcher(l).first(document.text[l] ?? '')) !== undefined) ?? titleLocale;
    const title = highlight(document.title[titleLocale] ?? '', matcher(titleLocale));
    // A person or organization found by another spelling than the title's: show that spelling.
    const spelling = title.some((s) => s.match)
      ? undefined
      : document.names.find((name) => name !== document.title[titleLocale] && words(name).some(matcher(titleLocale).word));
    return {
      document,
      score,
      titleLocale,
      title,
      alsoWritten: spelling === undefined ? undefined : highlight(spelling, matcher(titleLocale)),
      snippetLocale,
      snippet: snippet(document.text[snippetLocale] ?? '', matcher(snippetLocale), SNIPPET_LENGTH, first),
    };
  }

  return {
    documentCount: mini.documentCount,
    documents,
    search(query, locale, { limit = MAX_RESULTS } = {}) {
      const clean = cleanQuery(query);
      if (clean.kind !== 'terms') return { ...clean, results: [], total: 0 };
      let hits = run(clean.terms, locale, false, limit);
      if (hits.total === 0) hits = run(clean.terms, locale, true, limit);
      // The index terms that matched, for highlighting: one matcher per language for the whole
      // page. Not split by field: MiniSearch merges the match info of OR branches by term, and a
      // term matched in one shown document is a match wherever it appears.
      const matched = new Set(hits.top.flatMap(({ hit }) => Object.keys(hit.match)));
      const matcher = memoize((l: Locale) => createMatcher(matched, l));
      const results = hits.top.flatMap(({ hit, score }) => present(hit, score, locale, matcher) ?? []);
      return { ...clean, results, total: hits.total };
    },
    serialize() {
      const data: Serialized = { version: 1, index: mini.toJSON(), documents: [...documents] };
      return JSON.stringify(data);
    },
  };
}
