import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Locale } from '@/lib/i18n/routing';
import { remarkFrenchTypography } from './plugins/remark-french-typography';
import { remarkMentionLinks, type RemarkMentionLinksOptions } from './plugins/remark-mention-links';
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
 * name is never a mention), quote directives to elements, then HTML through remark-html with
 * sanitizing on.
 */
export function renderMarkdown(tree: Root, options: RenderOptions): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(options.locale === 'fr' ? [remarkFrenchTypography] : [])
    .use(remarkMentionLinks, options.mentions)
    .use(remarkQuotes, options)
    .use(remarkHtml, { sanitize: sanitizeSchema });
  // runSync is typed with unist's generic Node; the chain above only rewrites mdast in place.
  const transformed = processor.runSync(structuredClone(tree)) as Root;
  return String(processor.stringify(transformed));
}

/** Words of a Markdown body, for the reading time. */
export function countWords(markdown: string): number {
  return markdown.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
