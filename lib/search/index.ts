import { createHash } from 'node:crypto';
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

/** A document as a loaded index holds it: all but its text, which is read for the results shown. */
export type IndexedDocument = Omit<SearchDocument, 'text'>;

export interface SearchIndex {
  readonly documentCount: number;
  /** Everything indexed (stories newest first, then people, then organizations). */
  readonly documents: readonly IndexedDocument[];
  /** Search as a reader of `locale`; never throws on any input. */
  search(query: unknown, locale: Locale, options?: { limit?: number }): SearchResponse;
  /** The index and documents as one JSON string, for `loadSearchIndex`. */
  serialize(): string;
  /**
   * The same in two files, for a server to keep only the first in memory: the index with the
   * documents but their texts, and the texts (UTF-8, one JSON object per document) that
   * results' snippets read by position.
   */
  serializeApart(): SearchFiles;
}

export interface SearchFiles {
  index: string;
  texts: Buffer;
}

/** Reads `length` bytes at `offset` of the texts file of `serializeApart`. */
export type TextReader = (offset: number, length: number) => Buffer;

type Texts = SearchDocument['text'];

interface Whole {
  version: 1;
  index: AsPlainObject;
  documents: SearchDocument[];
}

interface Apart {
  version: 2;
  index: AsPlainObject;
  /**
   * Each document with where its text is in the texts file (`[offset, length]` in bytes) and a
   * hash of the whole document, text included (what `updateSearchIndex` compares).
   */
  documents: (IndexedDocument & { texts: [number, number]; hash: string })[];
}

const withoutText = ({ text: _text, ...document }: SearchDocument): IndexedDocument => document;

/** A document's fingerprint: equal for documents MiniSearch would index identically (its fields in one order, its text last). */
const documentHash = (document: SearchDocument) =>
  createHash('sha256')
    .update(JSON.stringify([withoutText(document), document.text]))
    .digest('base64url')
    .slice(0, 22);

export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const mini = new MiniSearch<SearchDocument>(indexOptions);
  mini.addAll(documents);
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  return wrap(mini, documents.map(withoutText), (id) => texts.get(id) ?? {});
}

/**
 * An index from `serialize` (everything in the string), or from `serializeApart` with a reader
 * of its texts file: then only the index and the documents' titles and names are in memory.
 */
export function loadSearchIndex(serialized: string, readTexts?: TextReader): SearchIndex {
  const data = JSON.parse(serialized) as Whole | Apart;
  if (data.version === 1) {
    const texts = new Map(data.documents.map((d) => [d.id, d.text]));
    return wrap(MiniSearch.loadJS(data.index, indexOptions), data.documents.map(withoutText), (id) => texts.get(id) ?? {});
  }
  if (data.version !== 2)
    throw new Error(`search index: unknown version ${String((data as { version: unknown }).version)}; build the site again (npm run site:build)`);
  if (!readTexts) throw new Error('search index: its texts are in a file of their own, and no reader of it was given');
  const positions = new Map(data.documents.map((d) => [d.id, d.texts]));
  const documents = data.documents.map(({ texts: _texts, hash: _hash, ...document }) => document);
  return wrap(MiniSearch.loadJS(data.index, indexOptions), documents, (id) => {
    const at = positions.get(id);
    return at ? (JSON.parse(readTexts(at[0], at[1]).toString('utf8')) as Texts) : {};
  });
}

/**
 * The index of `documents`, made from `previous` (a `serializeApart` index and a reader of its
 * texts) when there is one: a document whose hash is unchanged stays as it is indexed, one that
 * changed is removed (as it was) and added (as it is), one that is gone is removed, so a build
 * after an edit indexes what changed, not the archive. It answers what `createSearchIndex` of
 * the same documents answers (BM25's statistics are updated on removal, and ties rank in
 * document order either way).
 */
export function updateSearchIndex(
  documents: readonly SearchDocument[],
  previous?: { serialized: string; readTexts: TextReader },
): SearchIndex & { reused: number } {
  const data = previous ? (JSON.parse(previous.serialized) as Whole | Apart) : undefined;
  if (!previous || data?.version !== 2) return { ...createSearchIndex(documents), reused: 0 };
  const mini = MiniSearch.loadJS(data.index, indexOptions);
  const before = new Map(data.documents.map((d) => [d.id, d]));
  const hashes = new Map(documents.map((d) => [d.id, documentHash(d)]));
  const old = ({ texts: at, hash: _hash, ...indexed }: Apart['documents'][number]): SearchDocument => ({
    ...indexed,
    text: JSON.parse(previous.readTexts(at[0], at[1]).toString('utf8')) as Texts,
  });
  for (const entry of before.values()) if (hashes.get(entry.id) !== entry.hash) mini.remove(old(entry));
  let reused = 0;
  for (const document of documents) {
    if (before.get(document.id)?.hash === hashes.get(document.id)) reused++;
    else mini.add(document);
  }
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  return { ...wrap(mini, documents.map(withoutText), (id) => texts.get(id) ?? {}, hashes), reused };
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

/** A hit as the results page shows it: its title and snippet in the best language, the matched words marked. */
function presentHit(document: SearchDocument, score: number, locale: Locale, matcher: (l: Locale) => Matcher): SearchResult {
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

/** The ids of the documents with a version in each language. */
function idsByLocale(documents: readonly IndexedDocument[]): Record<Locale, Set<string>> {
  const ids = (l: Locale) => new Set(documents.filter((d) => d.languages.includes(l)).map((d) => d.id));
  return Object.fromEntries(routing.locales.map((l) => [l, ids(l)])) as Record<Locale, Set<string>>;
}

function wrap(
  mini: MiniSearch<SearchDocument>,
  documents: readonly IndexedDocument[],
  textsOf: (id: string) => Texts,
  hashes?: ReadonlyMap<string, string>,
): SearchIndex {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const order = new Map(documents.map((d, i) => [d.id, i]));
  const inLocale = idsByLocale(documents);

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
    const final = (hit: (typeof hits)[number]) => (hit.score / Math.max(1, hit.queryTerms.length)) * (own.has(hit.id as string) ? READER_LANGUAGE_BOOST : 1);
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
    // Equal scores in the documents' order (newest stories first), whatever order MiniSearch kept them in.
    candidates.sort((a, b) => b.score - a.score || (order.get(a.hit.id as string) ?? 0) - (order.get(b.hit.id as string) ?? 0));
    return { top: candidates.slice(0, limit), total: hits.length };
  }

  const present = (hit: { id: unknown; match: Record<string, string[]> }, score: number, locale: Locale, matcher: (l: Locale) => Matcher) => {
    const indexed = byId.get(String(hit.id));
    return indexed && presentHit({ ...indexed, text: textsOf(indexed.id) }, score, locale, matcher);
  };

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
      const data: Whole = { version: 1, index: mini.toJSON(), documents: documents.map((d) => ({ ...d, text: textsOf(d.id) })) };
      return JSON.stringify(data);
    },
    serializeApart() {
      const chunks: Buffer[] = [];
      let offset = 0;
      const placed = documents.map((d) => {
        const chunk = Buffer.from(`${JSON.stringify(textsOf(d.id))}\n`, 'utf8');
        chunks.push(chunk);
        const texts: [number, number] = [offset, chunk.length - 1];
        offset += chunk.length;
        return { ...d, texts, hash: hashes?.get(d.id) ?? documentHash({ ...d, text: textsOf(d.id) }) };
      });
      const data: Apart = { version: 2, index: mini.toJSON(), documents: placed };
      return { index: JSON.stringify(data), texts: Buffer.concat(chunks) };
    },
  };
}
