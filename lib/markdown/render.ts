import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import remarkDirective from 'remark-directive';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Locale } from '@/lib/i18n/routing';
import type { Passage } from '@/lib/site/types';
import { remarkFrenchTypography } from './plugins/remark-french-typography';
import { remarkMentionLinks, type RemarkMentionLinksOptions } from './plugins/remark-mention-links';
import { isPassage, remarkPassageAnchors } from './plugins/remark-passage-anchors';
import { remarkQuotes } from './plugins/remark-quotes';
import { restoreDigitTextDirectives } from './plugins/restore-digit-directives';
import { sanitizeSchema } from './sanitize-schema';

const parser = unified().use(remarkParse).use(remarkDirective);

/** Markdown (with the site's directives) to an mdast tree. */
export function parseMarkdown(markdown: string): Root {
  const tree = parser.parse(markdown);
  restoreDigitTextDirectives(tree);
  return tree;
}

export interface RenderOptions {
  locale: Locale;
  speakerName: (id: string) => string | undefined;
  /** Link the first mention of each known person and organization; no links when absent. */
  mentions?: RemarkMentionLinksOptions;
}

/**
 * The rendering chain, each step a small plugin with its own tests: French typography on text
 * nodes (before any HTML exists, so it can neither touch code nor decode entities), links on
 * first mentions of people and organizations (before quote captions exist, so a caption's
 * name is never a mention), quote directives to elements, passage anchors on top-level blocks, then
 * HTML through remark-html with sanitizing on.
 */
export function renderMarkdown(tree: Root, options: RenderOptions): string {
  return `${renderPassages(tree, options).map((p) => p.html).join('\n')}\n`;
}

/**
 * Sanitized HTML from mdast, built once: a processor assembled and frozen for every article
 * (with parser and directive extensions it never used) was a visible cost per story.
 */
const htmlOutput = unified().use(remarkHtml, { sanitize: sanitizeSchema }).freeze();

/** The body as passages, each rendered on its own (after the whole-document steps: numbering, first mentions). */
export function renderPassages(tree: Root, options: RenderOptions): Passage[] {
  // The caller's tree stays as parsed: the steps below rewrite the tree they are given.
  return renderPassagesConsuming(structuredClone(tree), options);
}

/**
 * `renderPassages` for a caller that no longer needs `tree` (the content loader, which parses
 * each body for this): the tree is rewritten in place rather than copied first, a copy of every
 * body's tree (positions included) being a visible part of loading content.
 */
export function renderPassagesConsuming(tree: Root, options: RenderOptions): Passage[] {
  // The steps are plain tree transforms, run in order exactly as a unified processor's
  // `runSync` would run them, without assembling one per article.
  if (options.locale === 'fr') remarkFrenchTypography()(tree);
  remarkMentionLinks(options.mentions)(tree);
  remarkQuotes(options)(tree);
  remarkPassageAnchors()(tree);
  // Link references resolve against definitions anywhere in the document: each passage keeps them.
  const definitions = tree.children.filter((node) => node.type === 'definition');
  return tree.children.filter(isPassage).map((node) => ({
    anchor: String(node.data?.hProperties?.id),
    html: String(htmlOutput.stringify({ type: 'root', children: [node, ...definitions] })).trimEnd(),
    quotes: quoteAnchorsIn(node),
  }));
}

function quoteAnchorsIn(node: RootContent): string[] {
  const anchors: string[] = [];
  visit(node, (child) => {
    const id = child.data && 'hProperties' in child.data ? child.data.hProperties?.id : undefined;
    if (typeof id === 'string' && id.startsWith('quote-')) anchors.push(id);
  });
  return anchors;
}

/** Words of a Markdown body, for the reading time. */
export function countWords(markdown: string): number {
  return markdown.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
