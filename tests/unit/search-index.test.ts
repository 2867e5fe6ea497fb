import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { buildSite } from '@/lib/site';
import { formatProblem } from '@/lib/content/problems';
import type { Locale } from '@/lib/i18n/routing';
import { buildDocuments, htmlToText } from '@/lib/search/documents';
import { createSearchIndex, loadSearchIndex, type SearchResponse } from '@/lib/search/index';

/*
 * Ranking over tests/fixtures/search/, built so each rule decides an outcome:
 *
 *   story              fr  en  what it says
 *   industrial-policy  ✓   ✓   « politique industrielle » in the title; « développement »; "citizens"; speaker Sergueï Tchernov
 *   bakery-festival    ✓   ✓   « l'industrie boulangère » once in the body; "the city's bakers"
 *   riverbanks         ✓   -   Arlenbourg once in the body
 *   tram-line          -   ✓   "cities" in the title; Arlenbourg once in the body
 *
 *   person sergei-chernov: Sergueï Tchernov / Sergei Chernov, alias Sergey Chernov; organization valmont-works.
 */

const loaded = loadContent(path.resolve('tests/fixtures/search'));
const problems = loaded.problems.filter((p) => p.severity === 'error').map(formatProblem);
const built = buildSite(loaded.content);
const documents = buildDocuments(built.data, (storyId) => built.bodies.get(storyId) ?? {});
const index = createSearchIndex(documents);

const ids = (response: SearchResponse) => response.results.map((r) => r.document.id);
const marked = (segments: { text: string; match: boolean }[]) => segments.filter((s) => s.match).map((s) => s.text);
const search = (q: string, locale: Locale = 'fr') => index.search(q, locale);

describe('search documents', () => {
  it('the fixture is valid content', () => {
    expect(problems).toEqual([]);
  });

  it('one per story (newest first), person and organization, with the languages each exists in', () => {
    expect(documents.map((d) => d.id)).toEqual([
      'story:bakery-festival',
      'story:tram-line',
      'story:riverbanks',
      'story:industrial-policy',
      'person:sergei-chernov',
      'organization:valmont-works',
    ]);
    const byId = new Map(documents.map((d) => [d.id, d]));
    expect(byId.get('story:riverbanks')?.languages).toEqual(['fr']);
    expect(byId.get('story:tram-line')?.languages).toEqual(['en']);
    expect(byId.get('story:industrial-policy')?.slug).toEqual({ fr: 'nouvelle-politique-industrielle-valmont', en: 'new-industrial-policy-valmont' });
    expect(byId.get('story:industrial-policy')?.mentions).toEqual(expect.arrayContaining(['Sergueï Tchernov', 'Sergey Chernov', 'Valmont Works']));
    expect(byId.get('person:sergei-chernov')?.names).toEqual(['Sergueï Tchernov', 'Sergei Chernov', 'Sergey Chernov']);
  });

  it('story text is plain text: standfirst then body, no tags, entities decoded', () => {
    const text = documents.find((d) => d.id === 'story:industrial-policy')?.text.fr ?? '';
    expect(text.startsWith('La municipalité veut attirer')).toBe(true);
    expect(text).toContain('plan de développement des friches portuaires');
    expect(text).not.toMatch(/[<>]/);
  });

  it('htmlToText turns blocks into lines and decodes character references', () => {
    expect(htmlToText('<h2>Titre</h2><p>A &#x26; B&nbsp;: <em>x</em> &lt;y&gt; &#233;</p>')).toBe('Titre\nA & B\u00a0: x <y> é');
  });
});

describe('search ranking', () => {
  it('« industriel » finds « industrie » too, a title match first', () => {
    const r = search('industriel');
    expect(ids(r).slice(0, 2)).toEqual(['story:industrial-policy', 'story:bakery-festival']);
    const bakery = r.results.find((x) => x.document.id === 'story:bakery-festival');
    expect(marked(bakery?.snippet ?? [])).toEqual(['industrie']);
  });

  it('« developpement » without accents finds « développement », highlighted as written', () => {
    const r = search('developpement');
    expect(ids(r)).toContain('story:industrial-policy');
    expect(marked(r.results[0]!.snippet)).toEqual(['développement']);
  });

  it('"cities" finds "city" and "cities" but not "citizens"', () => {
    const r = search('cities', 'en');
    expect(ids(r)).toEqual(['story:tram-line', 'story:bakery-festival']);
    expect(marked(r.results[0]!.title)).toEqual(['cities']);
    expect(marked(r.results[1]!.snippet)).toEqual(['city']);
  });

  it('every word must match', () => {
    expect(ids(search('industrie boulangère'))).toEqual(['story:bakery-festival']);
    expect(ids(search('industrie tramway'))).toEqual([]);
  });

  it('a story in the reader’s language comes before an equally relevant one in the other language', () => {
    expect(ids(search('Arlenbourg', 'fr'))).toEqual(['story:riverbanks', 'story:tram-line']);
    expect(ids(search('Arlenbourg', 'en'))).toEqual(['story:tram-line', 'story:riverbanks']);
  });

  it('a result not in the reader’s language is shown in its own, with its snippet', () => {
    const tram = search('Arlenbourg', 'fr').results[1]!;
    expect(tram.titleLocale).toBe('en');
    expect(tram.snippetLocale).toBe('en');
    expect(marked(tram.snippet)).toEqual(['Arlenbourg']);
  });

  it('names by any spelling: the person first, then stories and the organization', () => {
    for (const [q, locale] of [
      ['Tchernov', 'en'],
      ['chernov', 'fr'],
      ['Sergey', 'fr'],
    ] as const) {
      const r = search(q, locale);
      expect(ids(r)[0], q).toBe('person:sergei-chernov');
      expect(ids(r), q).toContain('story:industrial-policy');
    }
    const person = search('Tchernov', 'en').results[0]!;
    expect(person.titleLocale).toBe('en');
    // The title says Sergei Chernov: the spelling that matched is shown beside it.
    expect(marked(person.alsoWritten ?? [])).toEqual(['Tchernov']);
  });

  it('a typo or an unfinished last word is found when nothing matches exactly', () => {
    expect(ids(search('Tchernof'))[0]).toBe('person:sergei-chernov');
    expect(ids(search('boulang'))).toEqual(['story:bakery-festival']);
    // …but an exact match is never diluted by prefix or fuzzy matches.
    expect(ids(search('pain'))).toEqual(['story:bakery-festival']);
  });

  it('absurd, empty and hostile queries give no results and never throw', () => {
    expect(search('zqxjkvbw').results).toEqual([]);
    expect(search('').kind).toBe('empty');
    expect(search('le la les').kind).toBe('no-terms');
    const huge = search('industrie '.repeat(1024));
    expect(huge).toMatchObject({ kind: 'too-long', results: [], total: 0 });
    expect(search('\u0000'.repeat(10 * 1024))).toMatchObject({ kind: 'too-long', results: [] });
    expect(search('\u0000\u0001\u0002\u001f\u007f')).toMatchObject({ kind: 'no-terms', results: [] });
    for (const q of ['*', '\\', '"', '((', 'a AND b', '%00', '\ud800\udc00', '<script>alert(1)</script>']) expect(() => search(q), q).not.toThrow();
  });

  it('a smaller limit gives the first results of the full ranking, and the same total', () => {
    for (const [q, locale] of [
      ['Valmont', 'fr'],
      ['Valmont', 'en'],
      ['Arlenbourg', 'en'],
      ['plan', 'fr'],
    ] as const) {
      const full = index.search(q, locale);
      for (const limit of [1, 2, 3]) {
        const cut = index.search(q, locale, { limit });
        expect(ids(cut), `${q} ${locale} ${limit}`).toEqual(ids(full).slice(0, limit));
        expect(cut.total).toBe(full.total);
      }
    }
  });

  it('a serialized index answers like the one it came from', () => {
    const copy = loadSearchIndex(index.serialize());
    for (const q of ['industriel', 'Tchernov', 'cities', 'Arlenbourg']) {
      expect(copy.search(q, 'en')).toEqual(index.search(q, 'en'));
    }
    expect(copy.documentCount).toBe(documents.length);
  });

  it('an index loaded apart from its texts answers the same, reading only the texts of the results it shows', () => {
    const { index: serialized, texts } = index.serializeApart();
    let reads = 0;
    const copy = loadSearchIndex(serialized, (offset, length) => {
      reads++;
      return texts.subarray(offset, offset + length);
    });
    expect(serialized).not.toContain('boulangère');
    for (const q of ['industriel', 'Tchernov', 'cities', 'Arlenbourg', 'boulangère']) {
      for (const locale of ['fr', 'en'] as const) {
        reads = 0;
        const response = copy.search(q, locale);
        expect(response).toEqual(index.search(q, locale));
        expect(reads).toBe(response.results.length);
      }
    }
  });
});
