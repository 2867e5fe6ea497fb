import type { Root, Text } from 'mdast';
import type { Transformer } from 'unified';
import { applyFrenchTypography, isUrl, typesetBoundary } from '@/lib/typography/french';
import type {} from '../document-data';

/**
 * remark plugin: French typography (lib/typography/french.ts) on the text of documents in French
 * (`file.data.locale === 'fr'`); documents in another language, or in none, are left as they are.
 *
 * On mdast `text` nodes, before HTML exists:
 * - Safety: typography run over an HTML string would decode character references
 *   (`&lt;script&gt;` → `<script>`) and so turn escaped text into live markup. Here it only
 *   sees the decoded text of `text` nodes; the HTML serializer escapes afterwards, as usual.
 * - Code is skipped for free: `inlineCode`, `code` and `html` nodes carry a `value`, not `text`
 *   children, so `a : b` in code is never touched. Links whose text is their URL are skipped
 *   too, and no attribute (`url`, `title`, directive `attributes`, image `alt`) is read or
 *   written. Text inside directives is typeset like any other.
 *
 * Node boundaries: a mark can start a text node that follows another inline node
 * (`**Bonjour** !` gives the text node ` !`; `Bonjour **!**` gives `Bonjour ` then `!`). The text
 * nodes of each block (paragraph, heading, table cell, …) are walked in document order, each
 * typeset, then each adjacent pair by `typesetBoundary`, which applies the same rules across
 * the join. Code, HTML, images, breaks and URL links between two texts break the run: nothing
 * is changed across them.
 */
export function remarkFrenchTypography(): Transformer<Root> {
  return (tree, file) => {
    if (file.data.locale !== 'fr') return;
    const runs: Text[][] = [];
    collectRuns(tree as unknown as MdNode, runs, { current: [] });
    for (const run of runs) {
      for (const node of run) node.value = applyFrenchTypography(node.value);
      for (let i = 1; i < run.length; i += 1) {
        const prev = run[i - 1];
        const next = run[i];
        if (prev === undefined || next === undefined) continue;
        [prev.value, next.value] = typesetBoundary(prev.value, next.value);
      }
    }
  };
}

/** Structural view of an mdast node (directive node types included). */
interface MdNode {
  type: string;
  value?: unknown;
  url?: unknown;
  children?: MdNode[];
}

/** Inline containers: their text continues the surrounding run of text. */
const INLINE_PARENTS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'textDirective']);

interface RunState {
  current: Text[];
}

function endRun(runs: Text[][], state: RunState): void {
  if (state.current.length > 0) runs.push(state.current);
  state.current = [];
}

/**
 * The document's text nodes as runs of adjacent inline text. Block nodes start and end a run;
 * other inline nodes (code, html, image, break, URL link, footnote reference, …) end it and are
 * never entered.
 */
function collectRuns(node: MdNode, runs: Text[][], state: RunState): void {
  if (node.type === 'text') {
    if (typeof node.value === 'string' && node.value !== '') state.current.push(node as unknown as Text);
    return;
  }
  const isInlineParent = INLINE_PARENTS.has(node.type);
  if (isInlineParent && isUrlLink(node)) {
    endRun(runs, state);
    return;
  }
  if (!node.children) {
    endRun(runs, state);
    return;
  }
  if (!isInlineParent) endRun(runs, state);
  for (const child of node.children) collectRuns(child, runs, state);
  if (!isInlineParent) endRun(runs, state);
}

function plainText(node: MdNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

/**
 * A link (or link reference) whose visible text is a URL or an e-mail address: `<https://x.org>`,
 * `<a@b.fr>` (url `mailto:a@b.fr`), `[https://x.org][ref]`.
 */
function isUrlLink(node: MdNode): boolean {
  if (node.type !== 'link' && node.type !== 'linkReference') return false;
  const text = plainText(node).trim();
  if (text === '') return false;
  if (typeof node.url === 'string') {
    const bare = node.url.replace(/^(?:mailto:|https?:\/\/)/i, '');
    if (text === node.url || text === bare) return true;
  }
  return isUrl(text);
}
