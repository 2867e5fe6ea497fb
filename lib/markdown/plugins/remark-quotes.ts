import type { Root, Text } from 'mdast';
import type { Properties } from 'hast';
import { visit } from 'unist-util-visit';
import type { Transformer } from 'unified';
import { quotationMarks } from '@/lib/typography/quotation-marks';
import type {} from '../document-data';

/**
 * remark plugin: quote directives to HTML elements, in the document's language
 * (`file.data.locale`, required) with speakers named by `file.data.speakerName`:
 * a block `:::quote` becomes `<figure><blockquote>…</blockquote><figcaption>name</figcaption></figure>`
 * (the anchor on the blockquote, so the figure can carry the passage's own anchor), an inline
 * `:quote[…]` a `<q>` with the language's quotation marks as text (so they survive copy, feeds
 * and readers without CSS), `:said[…]` a `<span>`. Each gets the anchor `quote-N` and
 * `data-speaker`, numbered in document order like `collectQuoteTies`.
 */
export function remarkQuotes(): Transformer<Root> {
  return (tree, file) => {
    const { locale, speakerName } = file.data;
    if (!locale) return file.fail('remarkQuotes needs the document’s language in file.data.locale');
    const [open, close] = quotationMarks(locale);
    let count = 0;
    visit(tree, (node) => {
      if (node.type !== 'containerDirective' && node.type !== 'textDirective') return;
      if (node.name !== 'quote' && node.name !== 'said') return;
      const speaker = node.attributes?.speaker;
      if (!speaker) return;
      count += 1;
      const properties: Properties = { id: `quote-${count}`, dataSpeaker: speaker };
      if (node.type === 'containerDirective') {
        const name = speakerName?.(speaker) ?? speaker;
        const caption = { type: 'paragraph' as const, data: { hName: 'figcaption' }, children: [{ type: 'text' as const, value: name }] };
        node.data = { hName: 'figure', hProperties: { className: ['quote'] } };
        node.children = [
          {
            type: 'blockquote',
            data: { hProperties: properties },
            children: node.children.filter((child) => child.type !== 'paragraph' || !child.data?.directiveLabel),
          },
          caption,
        ] as typeof node.children;
        return;
      }
      if (node.name === 'quote') {
        node.data = { hName: 'q', hProperties: properties };
        node.children = [{ type: 'text', value: open } satisfies Text, ...node.children, { type: 'text', value: close } satisfies Text];
      } else {
        node.data = { hName: 'span', hProperties: { ...properties, className: ['reported-speech'] } };
      }
    });
  };
}
