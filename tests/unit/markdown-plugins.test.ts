import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkHtml from 'remark-html';
import type { Plugin } from 'unified';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import type { Data } from 'vfile';
import { parseMarkdown, renderMarkdown } from '@/lib/markdown/render';
import { remarkMentionLinks } from '@/lib/markdown/plugins/remark-mention-links';
import { remarkPassageAnchors } from '@/lib/markdown/plugins/remark-passage-anchors';
import { remarkQuotes } from '@/lib/markdown/plugins/remark-quotes';
import { createMentionFinder } from '@/lib/mentions';

/*
 * Each step of the body processor as a unified plugin on its own (`.use()` and nothing of the
 * site's), reading what differs per document from the file's data. The whole chain is tested
 * through the site's processor in typography-fixtures, mention-links, quotes and sanitize.
 */

/** HTML of `markdown` through remark-directive, `plugin` and remark-html (no sanitizing: the plugin's own output). */
function html(plugin: Plugin<[], Root>, markdown: string, data: Data = {}): string {
  const processor = remark().use(remarkDirective).use(plugin).use(remarkHtml, { sanitize: false });
  return String(processor.processSync(new VFile({ value: markdown, data }))).trim();
}

describe('remarkQuotes', () => {
  it('uses the quotation marks of the document’s language and names the speaker', () => {
    expect(html(remarkQuotes, 'Il a dit :quote[oui]{speaker=ada}.', { locale: 'fr' })).toBe(
      '<p>Il a dit <q id="quote-1" data-speaker="ada">«\u00a0oui\u00a0»</q>.</p>',
    );
    expect(html(remarkQuotes, 'She said :quote[yes]{speaker=ada}.', { locale: 'en' })).toBe(
      '<p>She said <q id="quote-1" data-speaker="ada">\u201Cyes\u201D</q>.</p>',
    );
    expect(html(remarkQuotes, ':::quote{speaker=ada}\nYes.\n:::', { locale: 'en', speakerName: () => 'Ada Lovelace' })).toContain(
      '<figcaption>Ada Lovelace</figcaption>',
    );
  });

  it('refuses a document without a language, saying what is missing', () => {
    expect(() => html(remarkQuotes, 'x :quote[y]{speaker=ada}')).toThrow(/file\.data\.locale/);
  });
});

describe('remarkMentionLinks', () => {
  const mentions = { find: createMentionFinder([{ kind: 'person', id: 'ada', spellings: ['Ada Lovelace'] }]), href: () => '/en/people/ada' };

  it('links the first mention the document’s finder finds', () => {
    expect(html(remarkMentionLinks, 'Ada Lovelace wrote; Ada Lovelace left.', { mentions })).toBe(
      '<p><a href="/en/people/ada" class="mention">Ada Lovelace</a> wrote; Ada Lovelace left.</p>',
    );
  });

  it('links nothing in a document that brings no finder', () => {
    expect(html(remarkMentionLinks, 'Ada Lovelace wrote.')).toBe('<p>Ada Lovelace wrote.</p>');
  });
});

describe('remarkPassageAnchors', () => {
  it('numbers the visible top-level blocks, not link definitions or raw HTML', () => {
    const processor = remark().use(remarkPassageAnchors);
    const tree = processor.runSync(processor.parse('# T\n\n<div>x</div>\n\nA [b][1].\n\n[1]: https://example.org\n\n- c'));
    expect(tree.children.map((node) => [node.type, node.data?.hProperties?.id])).toEqual([
      ['heading', 'p-1'],
      ['html', undefined],
      ['paragraph', 'p-2'],
      ['definition', undefined],
      ['list', 'p-3'],
    ]);
  });
});

describe('the body processor', () => {
  it('renders each document in its own language, whatever it rendered before', () => {
    const markdown = 'Elle a dit :quote[oui]{speaker=ada} !';
    const render = (locale: 'fr' | 'en') => renderMarkdown(parseMarkdown(markdown), { locale, speakerName: () => 'Ada' });
    const french = render('fr');
    expect(french).toBe('<p id="p-1">Elle a dit <q id="quote-1" data-speaker="ada">«\u00a0oui\u00a0»</q>\u202f!</p>\n');
    expect(render('en')).toBe('<p id="p-1">Elle a dit <q id="quote-1" data-speaker="ada">\u201Coui\u201D</q> !</p>\n');
    expect(render('fr')).toBe(french);
  });
});
