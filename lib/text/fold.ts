/*
 * Text folding: what makes two spellings of the same words equal, for search (index, query and
 * highlighting, lib/search/normalize.ts) and for finding names in a text (lib/mentions.ts). One
 * rule set, character by character:
 * - case: lower case (the same in French and English);
 * - accents: canonical decomposition, combining marks dropped (é → e, e + U+0301 → e);
 * - letters written as two, or with a stroke decomposition keeps: œ → oe, æ → ae, ß → ss,
 *   ø → o, ł → l, đ → d, ı → i; and the final form of sigma, ς → σ, as lower-casing a whole
 *   word would give it;
 * - typographic variants: curly apostrophes, the modifier apostrophe, the prime and the backtick
 *   → ', the Unicode hyphen and no-break hyphen → -, any whitespace (no-break and narrow spaces,
 *   line breaks) → a space, and a run of spaces → one.
 * So « Œuvre », "OEUVRE" and "oeuvre" fold alike, and so do "Dmitry\u00a0Chanine" and "dmitry chanine".
 */

const LETTERS: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i', ς: 'σ' };

function foldCharUncached(ch: string): string {
  if (/\s/u.test(ch)) return ' ';
  return ch
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæßøłđıς]/gu, (c) => LETTERS[c] ?? c)
    .replace(/[\u2018\u2019\u02bc\u2032`]/gu, "'")
    .replace(/[\u2010\u2011]/gu, '-');
}

/** ASCII, most of any text, folded by table. */
const ASCII = Array.from({ length: 128 }, (_, code) => foldCharUncached(String.fromCharCode(code)));
/** Other characters, each folded once per process: a text uses few distinct ones. */
const cache = new Map<string, string>();

/** One character (code point) folded: '' for a combining mark, two letters for œ. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128 && ch.length === 1) return ASCII[code] ?? '';
  let folded = cache.get(ch);
  if (folded === undefined) cache.set(ch, (folded = foldCharUncached(ch)));
  return folded;
}

export interface FoldedText {
  text: string;
  /**
   * For each UTF-16 unit of the folded text, the index in the original text where the character
   * it comes from starts, and where it ends (combining marks dropped after it included);
   * undefined when the fold is one-to-one (the usual case: index k came from k).
   */
  starts?: number[];
  ends?: number[];
}

/** Printable ASCII that folds by lower-casing alone: no space, no backtick. */
const LOWER_CASING_ENOUGH = /^[!-_a-~]*$/;

/** A text folded. */
export function fold(text: string): string {
  return LOWER_CASING_ENOUGH.test(text) ? text.toLowerCase() : foldText(text, false).text;
}

/**
 * A text folded, remembering where each folded unit came from: the folded text can be shorter
 * (marks, collapsed spaces) or longer (œ → oe) than the original, and what is found in it must
 * point into the original.
 */
export function foldWithOffsets(text: string): FoldedText {
  return foldText(text, true);
}

function foldText(text: string, track: boolean): FoldedText {
  let out = '';
  // While every unit folds to one unit at the same index, the maps are the identity and are
  // not built; they are filled in at the first character that breaks that.
  let starts: number[] | undefined;
  let ends: number[] | undefined;
  let lastPiece = '';
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const piece = code < 128 ? (ASCII[code] ?? '') : foldChar(width === 1 ? (text[i] ?? '') : text.slice(i, i + 2));
    const end = i + width;
    // A combining mark, or a space after a space: part of the previous character.
    const joined = !piece || (piece === ' ' && lastPiece.endsWith(' '));
    if (track && !starts && (joined || width !== 1 || piece.length !== 1)) {
      starts = Array.from({ length: out.length }, (_, k) => k);
      ends = Array.from({ length: out.length }, (_, k) => k + 1);
    }
    if (joined) {
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
