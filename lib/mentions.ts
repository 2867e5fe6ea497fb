import type { Locale } from '@/lib/i18n/routing';

/*
 * Finding the people and organizations a text names, by any of their spellings. Used by the
 * registry (for pages) and by the loader (to link first mentions in story bodies), so both
 * recognise exactly the same names.
 */

/** A person or organization as mention-finding sees it. */
export interface Mentionable {
  kind: 'person' | 'organization';
  id: string;
  /** Every spelling to recognise: each language's name and the aliases. */
  spellings: readonly string[];
}

/** A spelling of a person or organization found in a text; `start`/`end` index the text as given (end excluded). */
export interface Mention {
  kind: Mentionable['kind'];
  id: string;
  start: number;
  end: number;
}

export type MentionFinder = (text: string) => Mention[];

/** Everything the body of a story can name: people, then organizations. */
export function mentionables(content: {
  people: ReadonlyMap<string, { id: string; spellings: readonly string[] }>;
  organizations: ReadonlyMap<string, { id: string; spellings: readonly string[] }>;
}): Mentionable[] {
  return [
    ...[...content.people.values()].map((p) => ({ kind: 'person' as const, id: p.id, spellings: p.spellings })),
    ...[...content.organizations.values()].map((o) => ({ kind: 'organization' as const, id: o.id, spellings: o.spellings })),
  ];
}


/**
 * Folds one character for matching: accents and case dropped, and the typography the site
 * (or an editor) puts into text made plain: curly apostrophes, no-break hyphens, and any
 * whitespace, since a name may span a soft line break or a (narrow) no-break space.
 */
function foldCharUncached(ch: string, locale: Locale): string {
  if (/\s/u.test(ch)) return ' ';
  const folded = ch.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
  return folded.replace(/[\u2018\u2019\u02bc\u2032`]/gu, "'").replace(/[\u2010\u2011]/gu, '-');
}

/**
 * foldCharUncached is pure and a text uses few distinct characters, so each is folded once per
 * process: normalizing and lowercasing every character of every text node was the largest part
 * of mention finding (and so of the whole content pipeline).
 */
const foldCache = new Map<Locale, Map<string, string>>();
/** ASCII, most of any text, folded by table (a Map lookup per character still showed). */
const asciiFolds = new Map<Locale, string[]>();
function asciiFold(locale: Locale): string[] {
  let table = asciiFolds.get(locale);
  if (!table) asciiFolds.set(locale, (table = Array.from({ length: 128 }, (_, code) => foldCharUncached(String.fromCharCode(code), locale))));
  return table;
}
function foldChar(ch: string, locale: Locale): string {
  let cache = foldCache.get(locale);
  if (!cache) foldCache.set(locale, (cache = new Map()));
  let folded = cache.get(ch);
  if (folded === undefined) cache.set(ch, (folded = foldCharUncached(ch, locale)));
  return folded;
}

interface FoldedText {
  text: string;
  /**
   * For each UTF-16 unit of the folded text, the index in the original text where the
   * character it comes from starts, and where it ends (combining marks dropped after it
   * included); undefined when the fold is one-to-one (the usual case: index k came from k).
   */
  starts?: number[];
  ends?: number[];
}

/**
 * Folds a text character by character, remembering where each folded unit came from: the
 * folded text can be shorter (marks, collapsed spaces) or longer than the original, and
 * mentions must point into the original.
 */
function fold(text: string, locale: Locale): FoldedText {
  let out = '';
  // While every unit folds to one unit at the same index, the maps are the identity and are
  // not built; they are filled in at the first character that breaks that.
  let starts: number[] | undefined;
  let ends: number[] | undefined;
  let lastPiece = '';
  const ascii = asciiFold(locale);
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const piece = code < 128 ? (ascii[code] ?? '') : foldChar(width === 1 ? (text[i] ?? '') : text.slice(i, i + 2), locale);
    const end = i + width;
    const collapsed = !piece || (piece === ' ' && lastPiece.endsWith(' '));
    if (!starts && (collapsed || width !== 1 || piece.length !== 1)) {
      starts = Array.from({ length: out.length }, (_, k) => k);
      ends = Array.from({ length: out.length }, (_, k) => k + 1);
    }
    if (collapsed) {
      // A lone combining mark or a further space: part of the previous character.
      if (ends && out.length) ends[out.length - 1] = end;
    } else {
      out += piece;
      lastPiece = piece;
      if (starts && ends) {
        for (let k = 0; k < piece.length; k++) {
          starts.push(i);
          ends.push(end);
        }
      }
    }
    i = end;
  }
  return { text: out, starts, ends };
}

/** Letters and digits: what a name may not be glued to on either side. */
const WORD_AT = /[\p{L}\p{N}]/uy;
const WORD_RUN = /[\p{L}\p{N}]*/uy;

function isWordAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  WORD_AT.lastIndex = index;
  return WORD_AT.test(text);
}

/** Whether the character ending just before `index` is a letter or digit. */
function isWordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const pair = (low & 0xfc00) === 0xdc00 && index >= 2 && (text.charCodeAt(index - 2) & 0xfc00) === 0xd800;
  return isWordAt(text, pair ? index - 2 : index - 1);
}

/** End of the run of letters and digits starting at `index` (`index` itself when there is none). */
function wordRunEnd(text: string, index: number): number {
  WORD_RUN.lastIndex = index;
  WORD_RUN.exec(text);
  return WORD_RUN.lastIndex;
}

interface Spelling {
  key: string;
  kind: Mention['kind'];
  id: string;
}

/**
 * Spellings of `entities` in a text, in text order, without overlaps: case-, accent- and
 * typography-insensitive, whole words only, the longest spelling at a position.
 *
 * The text is scanned once, left to right. A spelling can only start where no letter or digit
 * comes before, and its first word (letters and digits up to the first other character) must be
 * the whole word of the text there, so spellings are grouped by first word and only that group
 * is tried at each word, longest first. The cost per text no longer grows with the number of
 * people and organizations, as one regular expression of every spelling did.
 */
export function createMentionFinder(entities: Iterable<Mentionable>, locale: Locale): MentionFinder {
  const owners = new Map<string, { kind: Mention['kind']; id: string } | null>();
  const register = ({ kind, id, spellings }: Mentionable) => {
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
  for (const entity of entities) register(entity);

  const byFirstWord = new Map<string, Spelling[]>();
  for (const [key, owner] of owners) {
    if (!owner) continue;
    const first = key.slice(0, wordRunEnd(key, 0));
    const group = byFirstWord.get(first);
    const spelling = { key, ...owner };
    if (group) group.push(spelling);
    else byFirstWord.set(first, [spelling]);
  }
  if (!byFirstWord.size) return () => [];
  // Longest first, so the longest spelling wins where several start ("Technopolis Moscow
  // Special Economic Zone" over "Technopolis").
  for (const group of byFirstWord.values()) group.sort((a, b) => b.key.length - a.key.length || a.key.localeCompare(b.key));
  /** Spellings that start with something other than a letter or digit (rare: tried at every such character). */
  const unworded = byFirstWord.get('');

  const longestAt = (text: string, index: number, group: readonly Spelling[] | undefined): Spelling | undefined =>
    group?.find(({ key }) => text.startsWith(key, index) && !isWordAt(text, index + key.length));

  return (text) => {
    const folded = fold(text, locale);
    const t = folded.text;
    const mentions: Mention[] = [];
    let i = 0;
    let afterWord = false;
    while (i < t.length) {
      const code = t.charCodeAt(i);
      const width = (code & 0xfc00) === 0xd800 && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      const word = isWordAt(t, i);
      if (afterWord) {
        afterWord = word;
        i += width;
        continue;
      }
      const runEnd = word ? wordRunEnd(t, i) : i;
      const found = longestAt(t, i, word ? byFirstWord.get(t.slice(i, runEnd)) : unworded);
      if (found) {
        const last = i + found.key.length - 1;
        const start = folded.starts ? folded.starts[i] : i;
        const end = folded.ends ? folded.ends[last] : last + 1;
        if (start !== undefined && end !== undefined) mentions.push({ kind: found.kind, id: found.id, start, end });
        i += found.key.length;
        afterWord = isWordBefore(t, i);
      } else if (word) {
        // No spelling starts here, nor anywhere inside this word.
        i = runEnd;
        afterWord = true;
      } else {
        i += width;
      }
    }
    return mentions;
  };
}
