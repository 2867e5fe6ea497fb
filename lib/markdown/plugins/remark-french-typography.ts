import type { Root, Text } from 'mdast';
import { restoreDigitTextDirectives } from './restore-digit-directives';
import { NBSP, NNBSP, applyFrenchTypography } from '../../typography/french';

/**
 * remark plugin: French typography (no-break spaces before `; : ! ?`,
 * guillemets, digit grouping, apostrophes) for French documents.
 *
 * WHY on mdast `text` nodes, before HTML is made:
 * - Safety: a typographer run over an HTML string decodes character
 *   references (`&lt;script&gt;` → `<script>`) and so turns escaped text
 *   into live markup. Here it only ever sees the decoded text of `text`
 *   nodes; escaping is done afterwards by the HTML serializer, as usual.
 * - Code is skipped for free: `inlineCode`, `code` and `html` nodes carry a
 *   `value`, not `text` children, so `a : b` in code is never touched.
 *   Autolinks (`<https://x.org/a:b>`, links whose text is their URL) are
 *   skipped too, and no attribute (`url`, `title`, directive `attributes`,
 *   image `alt`) is ever read or written.
 *
 * Text inside remark-directive nodes (`textDirective`, `leafDirective`,
 * `containerDirective`) is typographed like any other text.
 *
 * Node boundaries: punctuation can start a text node that follows another
 * inline node (`**Bonjour** !` gives the text node ` !`, handled by
 * `applyFrenchTypography`; `Bonjour **!**` gives `Bonjour ` then `!`). Text
 * leaves are therefore walked in document order within each block
 * (paragraph, heading, table cell, …) and each adjacent pair is fixed by
 * {@link fixTextBoundary}. Code, HTML, images, breaks and autolinks between
 * two text nodes break the chain: nothing is changed across them.
 *
 * remark-directive reads `10:30`, `9:00` or `3:2` as text directives named
 * `30`, `00`, `2` (names may start with a digit), which would render as an
 * empty `<div>`; such directives (digit-leading name, no label, no
 * attributes) are turned back into the literal text first, see
 * {@link restoreDigitTextDirectives}.
 *
 * Pure: no I/O, no state besides the shared typograf instance.
 * Use it only for French content; English is left to the caller.
 */
export function remarkFrenchTypography(): (tree: Root) => void {
  return (tree: Root): void => {
    restoreDigitTextDirectives(tree);
    const chains: Text[][] = [];
    collectChains(tree as unknown as MdNode, chains, { current: [] });
    for (const chain of chains) {
      for (const node of chain) {
        node.value = applyFrenchTypography(node.value);
      }
      for (let i = 1; i < chain.length; i += 1) {
        const prev = chain[i - 1];
        const next = chain[i];
        if (prev === undefined || next === undefined) continue;
        const [left, right] = fixTextBoundary(prev.value, next.value);
        prev.value = left;
        next.value = right;
      }
    }
  };
}

/** Structural view of an mdast node (directive node types included). */
interface MdNode {
  type: string;
  value?: unknown;
  url?: unknown;
  name?: unknown;
  attributes?: unknown;
  children?: MdNode[];
  position?: unknown;
}



/** Inline containers: their text continues the surrounding run of text. */
const INLINE_PARENTS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'textDirective']);

interface ChainState {
  current: Text[];
}

function endChain(chains: Text[][], state: ChainState): void {
  if (state.current.length > 0) {
    chains.push(state.current);
  }
  state.current = [];
}

/**
 * Split the document's text nodes into runs of adjacent inline text.
 * Block nodes start and end a run; opaque inline nodes (code, html, image,
 * break, autolink, footnote reference, …) end it and are never entered.
 */
function collectChains(node: MdNode, chains: Text[][], state: ChainState): void {
  if (node.type === 'text') {
    if (typeof node.value === 'string' && node.value !== '') {
      state.current.push(node as unknown as Text);
    }
    return;
  }
  const isInlineParent = INLINE_PARENTS.has(node.type);
  if (isInlineParent && isAutolink(node)) {
    endChain(chains, state);
    return;
  }
  if (!node.children) {
    // Leaf other than text (inlineCode, code, html, image, break, …).
    endChain(chains, state);
    return;
  }
  if (!isInlineParent) endChain(chains, state);
  for (const child of node.children) {
    collectChains(child, chains, state);
  }
  if (!isInlineParent) endChain(chains, state);
}

function plainText(node: MdNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)\S*$|^[^\s@]+@[^\s@]+\.[^\s@]+$/i;

/**
 * A link (or link reference) whose visible text is a URL: `<https://x.org>`,
 * `<a@b.fr>` (url `mailto:a@b.fr`), `[https://x.org][ref]`, GFM literals.
 */
function isAutolink(node: MdNode): boolean {
  if (node.type !== 'link' && node.type !== 'linkReference') return false;
  const text = plainText(node).trim();
  if (text === '') return false;
  if (typeof node.url === 'string') {
    const url = node.url;
    const bare = url.replace(/^(?:mailto:|https?:\/\/)/i, '');
    if (text === url || text === bare) return true;
  }
  return URL_LIKE.test(text);
}

const SPACES_AT_END = /[ \t\u00A0\u2009\u202F]+$/u;
const AFTER_MARK = /^(?:$|[\s!?.,;:…»”)\]"'’])/u;

/**
 * Fix the spacing between two adjacent text fragments (already typographed
 * separately), looking at the last character of `prev` and the first of
 * `next`. Returns the new `[prev, next]`.
 *
 * - `next` starts with `; ! ?` → NNBSP, with `:` → NBSP, with `»` or `%` →
 *   NBSP: trailing spaces of `prev` are replaced by that space; if `prev`
 *   ends without a space, the space is inserted at the start of `next`
 *   (after a letter/digit/closing quote for `; ! ?` and `»`, a letter for
 *   `:`, a digit for `%`), with the same "followed by" guards as inside a
 *   fragment (`?q=1`, `10:30` are kept).
 * - `prev` ends with `«` and `next` starts with a non-space: NBSP appended.
 * - A straight `"` split from its word by a node boundary (`"**mot**"`)
 *   becomes `« ` (end of `prev`) or ` »` (start of `next`).
 */
export function fixTextBoundary(prev: string, next: string): [string, string] {
  const last = prev.at(-1);
  const first = next.charAt(0);
  if (last === undefined || first === '') {
    return [prev, next];
  }

  // Opening quote at the end of prev.
  if (/^\S/u.test(next)) {
    if (last === '«') {
      return [prev + NBSP, next];
    }
    if (last === '"' && /(?:^|[\s(\[])"$/u.test(prev)) {
      return [`${prev.slice(0, -1)}«${NBSP}`, next];
    }
  }

  // Closing straight quote at the start of next.
  if (first === '"' && /\S$/u.test(prev) && AFTER_MARK.test(next.slice(1))) {
    const closed = `»${next.slice(1)}`;
    return fixTextBoundary(prev, closed);
  }

  const rule = boundaryRule(first, next.slice(1));
  if (rule === null) {
    return [prev, next];
  }
  if (SPACES_AT_END.test(prev)) {
    const beforeSpaces = prev.replace(SPACES_AT_END, '').at(-1);
    if (rule.replaceAfter && (beforeSpaces === undefined || !rule.replaceAfter.test(beforeSpaces))) {
      return [prev, next];
    }
    return [prev.replace(SPACES_AT_END, rule.space), next];
  }
  if (rule.insertAfter.test(last)) {
    return [prev, rule.space + next];
  }
  return [prev, next];
}

interface BoundaryRule {
  /** The no-break space wanted before the mark. */
  space: string;
  /** Insert the space when prev ends with such a character. */
  insertAfter: RegExp;
  /** Replace trailing spaces of prev only after such a character (default: any). */
  replaceAfter?: RegExp;
}

function boundaryRule(mark: string, rest: string): BoundaryRule | null {
  switch (mark) {
    case ';':
    case '!':
    case '?':
      return AFTER_MARK.test(rest) ? { space: NNBSP, insertAfter: /[\p{L}\p{N}»”]/u } : null;
    case ':':
      return /^(?:$|\s)/u.test(rest) ? { space: NBSP, insertAfter: /\p{L}/u } : null;
    case '»':
      return { space: NBSP, insertAfter: /[^\s«]/u };
    case '%':
    case '‰':
      return /^(?![\p{L}\p{N}])/u.test(rest) ? { space: NBSP, insertAfter: /\p{N}/u, replaceAfter: /\p{N}/u }
        : null;
    default:
      return null;
  }
}
