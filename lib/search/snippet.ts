import { tokens, type Token } from './normalize';

/*
 * Highlighting without HTML: text is cut into segments, each either plain or a match, so a
 * component renders matches as <mark> elements and React escapes everything. Which words match
 * is decided by the caller with the same normalisation as the index (see `index.ts`).
 */

export interface Segment {
  text: string;
  match: boolean;
}

export type WordMatcher = (word: string) => boolean;

/** Default length of a snippet, in characters (ellipses excluded). */
export const SNIPPET_LENGTH = 220;
/** How much text a snippet shows before its first match, at most. */
const LEAD = 60;
const ELLIPSIS = '…';

/** Segments of `text` from `from` to `to`, the words `isMatch` accepts marked. Adjacent plain text is merged. */
function segmentsOf(text: string, words: Token[], isMatch: WordMatcher, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  const push = (piece: string, match: boolean) => {
    if (!piece) return;
    const last = out.at(-1);
    if (last && last.match === match && !match) last.text += piece;
    else out.push({ text: piece, match });
  };
  let at = from;
  for (const word of words) {
    if (word.start < from || word.end > to || !isMatch(word.text)) continue;
    push(text.slice(at, word.start), false);
    push(word.text, true);
    at = word.end;
  }
  push(text.slice(at, to), false);
  return out;
}

/** The whole text with its matching words marked (titles, names). */
export function highlight(text: string, isMatch: WordMatcher): Segment[] {
  return segmentsOf(text, tokens(text), isMatch, 0, text.length);
}

/**
 * A window of about `length` characters of `text` (line breaks shown as spaces) around the first
 * matching word, cut at word boundaries, with an ellipsis where text was left out, every matching
 * word inside marked. With no match, the beginning of the text.
 */
export function snippet(source: string, isMatch: WordMatcher, length = SNIPPET_LENGTH): Segment[] {
  const text = source.replace(/\s*\n\s*/gu, ' ');
  const words = tokens(text);
  if (text.length <= length) return segmentsOf(text, words, isMatch, 0, text.length);
  const first = words.findIndex((w) => isMatch(w.text));
  let start = 0;
  if (first > 0) {
    // Back up to the start of a word at most LEAD characters before the match; prefer a sentence start.
    const target = Math.max(0, words[first]!.start - LEAD);
    const sentence = text.slice(target, words[first]!.start).search(/[.!?»”]\s+\S/u);
    const candidate = sentence >= 0 ? target + sentence : target;
    start = words.find((w) => w.start >= candidate)?.start ?? words[first]!.start;
    if (start > words[first]!.start) start = words[first]!.start;
  }
  // Never waste the window: a match near the end pulls the start back.
  if (text.length - start < length) start = words.find((w) => w.start >= text.length - length)?.start ?? start;
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const lastWord = words.filter((w) => w.end <= end).at(-1);
    if (lastWord && lastWord.start >= start) end = lastWord.end;
  }
  const segments = segmentsOf(text, words, isMatch, start, end);
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
