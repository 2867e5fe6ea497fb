import { describe, expect, it } from 'vitest';
import { alignPassages, isFullyAligned, passageCellHtml } from '@/lib/site/bilingual';
import { parseMarkdown, renderPassages } from '@/lib/markdown/render';
import { getSite } from '@/lib/site';
import type { Passage } from '@/lib/site/types';

/** Passages from Markdown through the real renderer, as the loader makes them. */
function passages(markdown: string, locale: 'fr' | 'en' = 'fr'): Passage[] {
  return renderPassages(parseMarkdown(markdown), { locale, speakerName: () => 'Ada' });
}

/** Each row as [first passage's anchor, second's], '-' for an empty side. */
const shape = (rows: ReturnType<typeof alignPassages>) => rows.map((r) => [r.first?.anchor ?? '-', r.second?.anchor ?? '-']);

describe('passages', () => {
  it('are the top-level blocks, numbered in order, with the quotes tied in each', () => {
    const list = passages(
      '## Titre\n\nUn.\n\n:::quote{speaker=ada}\nDit.\n:::\n\n- a\n- b\n\nElle a :said[répondu]{speaker=ada} et :quote[conclu]{speaker=ada}.',
    );
    expect(list.map((p) => [p.anchor, p.quotes])).toEqual([
      ['p-1', []],
      ['p-2', []],
      ['p-3', ['quote-1']],
      ['p-4', []],
      ['p-5', ['quote-2', 'quote-3']],
    ]);
    expect(list[0]?.html).toBe('<h2 id="p-1">Titre</h2>');
    expect(list[2]?.html).toMatch(/^<figure class="quote" id="p-3"><blockquote id="quote-1" data-speaker="ada">/);
  });

  it('keep link references working when the definition is in another passage', () => {
    const [first] = passages('Voir [la source][s].\n\nSuite.\n\n[s]: https://example.org/source');
    expect(first?.html).toBe('<p id="p-1">Voir <a href="https://example.org/source">la source</a>.</p>');
  });
});

describe('alignment', () => {
  it('pairs versions with the same blocks one to one', () => {
    const rows = alignPassages(passages('A.\n\nB.\n\nC.'), passages('A.\n\nB.\n\nC.', 'en'));
    expect(shape(rows)).toEqual([
      ['p-1', 'p-1'],
      ['p-2', 'p-2'],
      ['p-3', 'p-3'],
    ]);
    expect(isFullyAligned(rows)).toBe(true);
  });

  it('shows what one version has in excess, in order, rather than dropping it', () => {
    const rows = alignPassages(passages('A.\n\nB.'), passages('A.\n\nB.\n\nC.\n\nD.', 'en'));
    expect(shape(rows)).toEqual([
      ['p-1', 'p-1'],
      ['p-2', 'p-2'],
      ['-', 'p-3'],
      ['-', 'p-4'],
    ]);
    expect(isFullyAligned(rows)).toBe(false);
    expect(shape(alignPassages(passages('A.\n\nB.\n\nC.'), passages('A.', 'en')))).toEqual([
      ['p-1', 'p-1'],
      ['p-2', '-'],
      ['p-3', '-'],
    ]);
  });

  it('lines quotes up with quotes when a paragraph before them was split', () => {
    const fr = 'Un.\n\nDeux.\n\n:::quote{speaker=ada}\nDit.\n:::\n\nFin.';
    // The translator split the first paragraph in two: the quotation is the 4th block, not the 3rd.
    const en = 'One.\n\nOne, continued.\n\nTwo.\n\n:::quote{speaker=ada}\nSaid.\n:::\n\nEnd.';
    const rows = alignPassages(passages(fr), passages(en, 'en'));
    expect(shape(rows)).toEqual([
      ['p-1', 'p-1'],
      ['p-2', 'p-2'],
      ['-', 'p-3'],
      ['p-3', 'p-4'],
      ['p-4', 'p-5'],
    ]);
    const quoteRow = rows.find((r) => r.first?.quotes.includes('quote-1'));
    expect(quoteRow?.second?.quotes).toEqual(['quote-1']);
  });

  it('shows a passage only the translation has, before the quotes it still lines up', () => {
    const fr = ':::quote{speaker=ada}\nUn.\n:::\n\n:::quote{speaker=ada}\nDeux.\n:::';
    const en = 'Intro.\n\n:::quote{speaker=ada}\nOne.\n:::\n\n:::quote{speaker=ada}\nTwo.\n:::';
    const rows = alignPassages(passages(fr), passages(en, 'en'));
    expect(shape(rows)).toEqual([
      ['-', 'p-1'],
      ['p-1', 'p-2'],
      ['p-2', 'p-3'],
    ]);
    const everyFirst = rows.flatMap((r) => r.first?.anchor ?? []);
    expect(everyFirst).toEqual(['p-1', 'p-2']);
  });

  it('keeps both texts in order when the translation swapped two quotations', () => {
    const fr = ':::quote{speaker=ada}\nUn.\n:::\n\n:::quote{speaker=ada}\nDeux.\n:::';
    const en = ':::quote{speaker=ada}\nTwo.\n:::\n\n:::quote{speaker=ada}\nOne.\n:::';
    // Anchors follow document order, so the swapped quotations carry each other's numbers:
    // simulate the swap by reading the English quotes in reverse.
    const [two, one] = passages(en, 'en');
    const swapped = [
      { ...two!, quotes: ['quote-2'] },
      { ...one!, quotes: ['quote-1'] },
    ];
    expect(shape(alignPassages(passages(fr), swapped))).toEqual([
      ['-', 'p-1'],
      ['p-1', 'p-2'],
      ['p-2', '-'],
    ]);
  });

  it('aligns every passage of the real story', () => {
    const site = getSite();
    for (const versions of site.data.stories.values()) {
      const fr = versions.fr && site.article('fr', versions.fr.slug);
      const en = versions.en && site.article('en', versions.en.slug);
      if (!fr || !en) continue;
      const rows = alignPassages(fr.passages, en.passages);
      expect(isFullyAligned(rows), fr.storyId).toBe(true);
      for (const row of rows) expect(row.first?.quotes, row.first?.anchor).toEqual(row.second?.quotes);
    }
  });
});

describe('side-by-side cells', () => {
  const [quote] = passages(':::quote{speaker=ada}\nDit :quote[ceci]{speaker=ada}.\n:::');

  it('leave the passage anchor to the row', () => {
    expect(passageCellHtml(quote!)).toMatch(/^<figure class="quote"><blockquote id="quote-1"/);
    expect(passageCellHtml(quote!)).not.toContain('id="p-1"');
  });

  it("prefix the second language's quote anchors, so ids stay unique on the page", () => {
    const html = passageCellHtml(quote!, { quotePrefix: 'en-' });
    expect(html).toContain('id="en-quote-1"');
    expect(html).toContain('id="en-quote-2"');
    expect(html).not.toMatch(/id="quote-/);
  });
});
