import type { Passage } from './types';

/*
 * Pairing a story's passages with their translation, for the side-by-side page. Alignment
 * comes from the content: passages are the body's top-level blocks, in order, so versions with
 * the same blocks pair one to one and the editor marks nothing. Quotations are the fixed
 * points: a passage holding `quote-3` pairs with the passage holding `quote-3` in the other
 * language, even when paragraphs around it were merged or split. Between those points passages
 * pair in order, and any left over is shown on its own, in order — never dropped.
 */

export interface AlignedRow {
  /** The passage in the reader's language, when this row has one. */
  first?: Passage;
  /** The passage in the other language, when this row has one. */
  second?: Passage;
}

/** Pairs `first` (the reader's language) with `second`; every passage of both appears once, in order. */
export function alignPassages(first: readonly Passage[], second: readonly Passage[]): AlignedRow[] {
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  const pairInOrder = (endI: number, endJ: number) => {
    while (i < endI && j < endJ) rows.push({ first: first[i++], second: second[j++] });
    while (i < endI) rows.push({ first: first[i++] });
    while (j < endJ) rows.push({ second: second[j++] });
  };
  for (const [syncI, syncJ] of quoteSyncPoints(first, second)) {
    pairInOrder(syncI, syncJ);
    rows.push({ first: first[i++], second: second[j++] });
  }
  pairInOrder(first.length, second.length);
  return rows;
}

/** True when every passage has a partner: the two versions have the same blocks. */
export function isFullyAligned(rows: readonly AlignedRow[]): boolean {
  return rows.every((row) => row.first && row.second);
}

/**
 * Index pairs (i, j) of passages sharing a quote anchor, increasing in both lists: a quote
 * that moved before an earlier fixed point cannot be honoured without reordering, so it is
 * skipped rather than breaking the order of either text.
 */
function quoteSyncPoints(first: readonly Passage[], second: readonly Passage[]): [number, number][] {
  const where = new Map<string, number>();
  second.forEach((passage, j) => passage.quotes.forEach((anchor) => where.has(anchor) || where.set(anchor, j)));
  const points: [number, number][] = [];
  let lastJ = -1;
  first.forEach((passage, i) => {
    const j = passage.quotes.map((anchor) => where.get(anchor)).find((index) => index !== undefined && index > lastJ);
    if (j === undefined) return;
    points.push([i, j]);
    lastJ = j;
  });
  return points;
}

/**
 * A passage's HTML for a cell of the side-by-side page: the row carries the passage anchor, so
 * the block's own `p-N` id goes; in the second language, quote anchors get a language prefix
 * (`en-quote-2`) so each id stays unique on the page and `#quote-2` still means the reader's.
 * The ids in rendered passages are only ever the ones our plugins write (Markdown cannot set
 * ids), so these patterns are exact.
 */
export function passageCellHtml(passage: Passage, options: { quotePrefix?: string } = {}): string {
  const html = passage.html.replace(/^(<[a-z][a-z0-9]*\b[^>]*?) id="p-\d+"/, '$1');
  return options.quotePrefix ? html.replace(/ id="quote-(\d+)"/g, ` id="${options.quotePrefix}quote-$1"`) : html;
}
