import type { Matcher } from './matcher';
import { firstToken, tokens, type Token } from './normalize';

/*
 * Highlighting without HTML: text is cut into segments, each either plain or a match, so a
 * component renders matches as <mark> elements and React escapes everything. Which words match
 * is decided by the caller with the same normalisation as the index (see `index.ts`). Only the
 * part of a text that is shown is read word by word: long bodies cost little.
 */

export interface Segment {
  text: string;
  match: boolean;
}

export type WordMatcher = (word: string) => boolean;

/** A matcher from a plain word test (reads a text word by word to find the first match). */
const asMatcher = (m: Matcher | WordMatcher): Matcher => (typeof m === 'function' ? { word: m, first: (text) => firstToken(text, m) } : m);

/** Default length of a snippet, in characters (ellipses excluded). */
export const SNIPPET_LENGTH = 220;
/** How much text a snippet shows before its first match, at most. */
const LEAD = 60;
const ELLIPSIS = '…';

/** Segments of `text` from `from` to `to`, the words `isMatch` accepts marked; plain text merged. */
function segmentsOf(text: string, words: Token[], isMatch: WordMatcher, from: number, to: number): Segment[] {
  // Line breaks (between paragraphs) show as spaces, one for one.
  const slice = (a: number, b: number) => text.slice(a, b).replace(/\n/gu, ' ');
  const out: Segment[] = [];
  const push = (piece: string, match: boolean) => {
    if (!piece) return;
    const last = out.at(-1);
    if (last && !last.match && !match) last.text += piece;
    else out.push({ text: piece, match });
  };
  let at = from;
  for (const word of words) {
    if (word.start < from || word.end > to || !isMatch(word.text)) continue;
    push(slice(at, word.start), false);
    push(word.text, true);
    at = word.end;
  }
  push(slice(at, to), false);
  return out;
}

/** The whole text with its matching words marked (titles, names). */
export function highlight(text: string, matcher: Matcher | WordMatcher): Segment[] {
  return segmentsOf(text, tokens(text), asMatcher(matcher).word, 0, text.length);
}

/** Start of the first whole word at or after `at` (and before `limit`), else `limit`. */
function wordStartFrom(text: string, at: number, limit: number): number {
  // Reading from a little earlier, so a word cut by `at` is seen whole and skipped.
  const words = tokens(text, Math.max(0, at - 40), limit + 1);
  return words.find((w) => w.start >= at)?.start ?? limit;
}

/**
 * A window of about `length` characters of `text` (line breaks shown as spaces) around the first
 * matching word, cut at word boundaries, with an ellipsis where text was left out, every matching
 * word inside marked. With no match, the beginning of the text. `firstMatch`, when the caller
 * already looked for it, saves reading the text again.
 */
export function snippet(text: string, matcher: Matcher | WordMatcher, length = SNIPPET_LENGTH, firstMatch?: Token): Segment[] {
  const m = asMatcher(matcher);
  if (text.length <= length) return highlight(text, m);
  const first = firstMatch ?? m.first(text);
  let start = 0;
  if (first && first.start > 0) {
    // Back up at most LEAD characters before the match, to a word start; to a sentence start if there is one.
    const target = Math.max(0, first.start - LEAD);
    const sentence = text.slice(target, first.start).search(/[.!?»”]\s+\S/u);
    start = sentence >= 0 ? wordStartFrom(text, target + sentence + 1, first.start) : target === 0 ? 0 : wordStartFrom(text, target, first.start);
  }
  // Never waste the window: a match near the end pulls the start back.
  if (text.length - start < length) start = wordStartFrom(text, text.length - length, start);
  let end = Math.min(text.length, start + length);
  const words = tokens(text, start, end);
  if (end < text.length) {
    const last = words.filter((w) => w.end <= end).at(-1);
    if (last) end = last.end;
  }
  const segments = segmentsOf(text, words, m.word, start, end);
  if (start > 0) segments.unshift({ text: `${ELLIPSIS} `, match: false });
  if (end < text.length) segments.push({ text: ` ${ELLIPSIS}`, match: false });
  return mergePlain(segments);
}

function mergePlain(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (last && !last.match && !s.match) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
