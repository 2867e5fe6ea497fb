import type { Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { Locale } from '@/lib/i18n/routing';
import type { Passage } from '@/lib/site/types';
import { remarkDigitDirectives } from './plugins/remark-digit-directives';
import { remarkFrenchTypography } from './plugins/remark-french-typography';
import { remarkMentionLinks, type RemarkMentionLinksOptions } from './plugins/remark-mention-links';
import { isPassage, remarkPassageAnchors } from './plugins/remark-passage-anchors';
import { remarkQuotes } from './plugins/remark-quotes';
import { sanitizeSchema } from './sanitize-schema';

/**
 * The one processor of story bodies, built once per process: Markdown with the site's
 * directives (times such as `10:30` kept as text), French typography (French documents only;
 * on text, before HTML exists, so it can neither touch code nor decode entities), links on
 * first mentions of people and organizations (before quote captions exist, so a caption's name
 * is never a mention), quote directives to elements, passage anchors on top-level blocks, then
 * HTML through remark-html with sanitizing on. What differs per document (language, speakers'
 * names, mention links) is read from `file.data` (see document-data.ts).
 */
const bodyProcessor = unified()
  .use(remarkParse)
  .use(remarkDirective)
  .use(remarkDigitDirectives)
  .use(remarkFrenchTypography)
  .use(remarkMentionLinks)
  .use(remarkQuotes)
  .use(remarkPassageAnchors)
  .use(remarkHtml, { sanitize: sanitizeSchema })
  .freeze();

/** Markdown (with the site's directives) to an mdast tree. */
export function parseMarkdown(markdown: string): Root {
  return bodyProcessor.parse(markdown);
}

export interface RenderOptions {
  locale: Locale;
  speakerName: (id: string) => string | undefined;
  /** Link the first mention of each known person and organization; no links when absent. */
  mentions?: RemarkMentionLinksOptions;
}

/** The body as passages (the whole-document steps, numbering and first mentions, run on the whole tree first). */
export function renderPassages(tree: Root, options: RenderOptions): Passage[] {
  // The caller's tree stays as parsed: the processor's steps rewrite the tree they are given.
  return renderPassagesConsuming(structuredClone(tree), options);
}

/**
 * `renderPassages` for a caller that no longer needs `tree` (the content loader, which parses
 * each body for this): the tree is rewritten in place, not copied.
 */
export function renderPassagesConsuming(tree: Root, options: RenderOptions): Passage[] {
  const file = new VFile({ data: { locale: options.locale, speakerName: options.speakerName, mentions: options.mentions } });
  const done = bodyProcessor.runSync(tree, file);
  // Link references resolve against definitions anywhere in the document: each passage keeps them.
  const definitions = done.children.filter((node) => node.type === 'definition');
  return done.children.filter(isPassage).map((node) => ({
    anchor: String(node.data?.hProperties?.id),
    html: bodyProcessor.stringify({ type: 'root', children: [node, ...definitions] }, file).trimEnd(),
    quotes: quoteAnchorsIn(node),
  }));
}

/** The body's HTML as the site shows it: its passages, one per line. */
export function renderMarkdown(tree: Root, options: RenderOptions): string {
  return `${renderPassages(tree, options)
    .map((p) => p.html)
    .join('\n')}\n`;
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
