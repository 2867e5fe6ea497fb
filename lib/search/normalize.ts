import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemFrench } from '@orama/stemmers/french';
import type { Locale } from '@/lib/i18n/routing';
import { fold } from '@/lib/text/fold';

/*
 * How text becomes search terms, the same way for the index, the query and the snippet's
 * highlighting (so a highlighted word is exactly a word that matched):
 *
 * 1. Words are runs of letters and digits (`[\p{L}\p{N}\p{M}]+`): apostrophes, hyphens and
 *    punctuation separate them, which also splits French elisions (l’industrie → l + industrie).
 * 2. Each word is folded (lib/text/fold.ts, as names are for mentions): combining marks dropped
 *    (é → e), ligatures spelt out (œ → oe), lower case. Folding comes BEFORE stemming, so
 *    « developpement » and « développement » give the same stem whatever the reader typed.
 * 3. Stop words and one-letter words (the elided l, d, j, s…) are dropped.
 * 4. Words are stemmed in the language of the field (Snowball stemmers from @orama/stemmers),
 *    then French stems go through a small derivational step Snowball lacks (below).
 *    Names (people, organizations) are folded but not stemmed.
 */

/** Longest query accepted, in characters after cleaning: anything longer gets "too long". */
export const MAX_QUERY_LENGTH = 200;
/** Most words a query may have (stop words included). */
export const MAX_QUERY_WORDS = 12;
/** Raw input longer than this is refused before any other work (control characters included). */
export const MAX_RAW_QUERY_LENGTH = 4 * MAX_QUERY_LENGTH;

/** A word of a text, with where it is (`end` excluded), for highlighting. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/**
 * The words of a text, in order, with their offsets in the text as given; only those starting
 * in `from`..`to` when given (a word cut by `from` comes out cut: start where a word starts).
 */
export function tokens(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The first word of `text` that `accept` accepts, reading no further than needed. */
export function firstToken(text: string, accept: (word: string) => boolean): Token | undefined {
  const re = new RegExp(WORD.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (accept(m[0])) return { text: m[0], start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** The words of a text, as MiniSearch's tokenizer. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/* Small stop-word lists, folded. Words too common to tell stories apart in either language. */
const STOP_WORDS: Record<Locale, ReadonlySet<string>> = {
  fr: new Set(
    (
      'le la les un une des du de au aux et ou en ce ces cet cette ci qui que qu quoi dont il elle ils elles on ' +
      'nous vous je tu me te se ne pas plus par pour sur dans avec sans sous son sa ses leur leurs lui eux y est sont ' +
      'etait ete etre avoir ont avait comme mais donc ni car jusqu lorsqu puisqu quelqu notre nos votre vos mon ma mes ' +
      'ton ta tes si tout tous toute toutes aussi entre vers chez dont deja tres'
    ).split(' '),
  ),
  en: new Set(
    (
      'the an and or of to in on at by for with from as is are was were be been being it its this that these those ' +
      'which who whom whose he she they we you his her their our your my me him them us not but so if than then there ' +
      'also has have had do does did will would can could into about over such what when where while all any both each'
    ).split(' '),
  ),
};

/** A stop word (folded) in `locale`. */
export function isStopWord(folded: string, locale: Locale): boolean {
  return STOP_WORDS[locale].has(folded);
}

/** A folded word worth indexing in `locale`: not a stop word, and not a lone letter (digits count). */
function keep(folded: string, locale: Locale): boolean {
  return (folded.length > 1 || /\p{N}/u.test(folded)) && !isStopWord(folded, locale);
}

/**
 * French derivational step after Snowball, on folded stems. Snowball leaves adjectives in
 * -iel/-el whole (« industriel » → industriel) while it cuts the noun (« industrie » →
 * industr), so the two never meet. Stripping the suffix joins them: industriel → industr,
 * culturel → cultur (culture), naturel → natur (nature), and a doubled n then undoubled
 * (fonctionnel → fonctionn → fonction). A folded -ée/-é ending Snowball did not cut (« présentée »
 * → presente) loses its e (present, as « présenté »). Short stems are left alone (réel, hôtel).
 */
export function frenchDerivation(stem: string): string {
  let s = stem;
  if (s.endsWith('iel') && s.length >= 7) s = s.slice(0, -3);
  else if (s.endsWith('el') && s.length >= 7) s = s.slice(0, -2).replace(/nn$/, 'n');
  else if (s.endsWith('e') && s.length >= 5) s = s.slice(0, -1);
  return s;
}

const stemmers: Record<Locale, (folded: string) => string> = {
  fr: (w) => frenchDerivation(stemFrench(w)),
  en: (w) => stemEnglish(w),
};

/*
 * Stemming is the costly step (Snowball runs a dozen regular expressions per word) and a text
 * repeats its words, so stems are remembered: per language, up to STEM_CACHE_SIZE words, then
 * the cache starts over (bounded, whatever queries come in).
 */
const STEM_CACHE_SIZE = 100_000;
const stemCache: Record<Locale, Map<string, string>> = { fr: new Map(), en: new Map() };

/** Stem of a folded word in `locale`; numbers are left as they are. */
export function stem(folded: string, locale: Locale): string {
  const cache = stemCache[locale];
  let stemmed = cache.get(folded);
  if (stemmed === undefined) {
    stemmed = /^\p{N}+$/u.test(folded) ? folded : stemmers[locale](folded);
    if (cache.size >= STEM_CACHE_SIZE) cache.clear();
    cache.set(folded, stemmed);
  }
  return stemmed;
}

/** The index term of a word in a field of `locale`, or null for a stop word. */
export function termIn(word: string, locale: Locale): string | null {
  const folded = fold(word);
  return keep(folded, locale) ? stem(folded, locale) : null;
}

/** The index term of a word in a name field (folded, not stemmed), or null. */
export function nameTerm(word: string): string | null {
  const folded = fold(word);
  return folded.length > 1 || /\p{N}/u.test(folded) ? folded : null;
}

/** What one query word is looked up as: its stem in each language and, for names, its folded form. */
export interface QueryTerm {
  /** The folded word (matched against names). */
  folded: string;
  stems: Record<Locale, string>;
}

export type CleanQuery =
  | { kind: 'empty' }
  | { kind: 'too-long'; text: string }
  /** Nothing searchable: only punctuation, control characters or stop words. */
  | { kind: 'no-terms'; text: string }
  | { kind: 'terms'; text: string; terms: QueryTerm[] };

/**
 * What the reader typed, made safe and split into terms. Length is checked before anything
 * else (a 10 KB query costs nothing); control and format characters and lone surrogates are
 * removed; spaces are collapsed. A stop word of either language is dropped from the query, so
 * "the cities" and « les villes » search for their one meaningful word in both languages.
 */
export function cleanQuery(raw: unknown): CleanQuery {
  const input = typeof raw === 'string' ? raw : Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0] : '';
  if (input.length > MAX_RAW_QUERY_LENGTH) return { kind: 'too-long', text: '' };
  const text = input
    .replace(/\p{Cc}/gu, ' ')
    // Invisible format characters, lone surrogates, private-use and unassigned code points, and
    // U+FFFD (what an invalid %-escape in the URL decodes to).
    .replace(/[\p{Cf}\p{Cs}\p{Co}\p{Cn}\uFFFD]/gu, '')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim();
  if (!text) return /\S/u.test(input) ? { kind: 'no-terms', text } : { kind: 'empty' };
  if (text.length > MAX_QUERY_LENGTH) return { kind: 'too-long', text: text.slice(0, MAX_QUERY_LENGTH) };
  const found = words(text);
  if (found.length > MAX_QUERY_WORDS) return { kind: 'too-long', text };
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const word of found) {
    const folded = fold(word);
    if (!keep(folded, 'fr') || !keep(folded, 'en') || seen.has(folded)) continue;
    seen.add(folded);
    terms.push({ folded, stems: { fr: stem(folded, 'fr'), en: stem(folded, 'en') } });
  }
  return terms.length ? { kind: 'terms', text, terms } : { kind: 'no-terms', text };
}
