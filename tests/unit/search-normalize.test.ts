import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, cleanQuery, frenchDerivation, nameTerm, termIn, tokens, words } from '@/lib/search/normalize';
import { fold } from '@/lib/text/fold';

/* How words become index terms: folding, elisions, stop words, stemming, query cleaning. */

const terms = (text: string, locale: 'fr' | 'en') => words(text).flatMap((w) => termIn(w, locale) ?? []);

describe('folding', () => {
  it('drops accents and case, spells out ligatures', () => {
    expect(fold('Développement')).toBe('developpement');
    expect(fold('ÉCONOMIE')).toBe('economie');
    expect(fold('Œuvre')).toBe('oeuvre');
    expect(fold('Gnatiouk')).toBe('gnatiouk');
  });

  it('treats decomposed and composed accents alike', () => {
    expect(fold('de\u0301veloppe\u0301')).toBe(fold('développé'));
    expect(words('de\u0301veloppe\u0301')).toEqual(['de\u0301veloppe\u0301']);
  });
});

describe('words', () => {
  it('split French elisions and drop the elided article', () => {
    expect(terms('l’industrie', 'fr')).toEqual(terms('industrie', 'fr'));
    expect(terms("d'investissements", 'fr')).toEqual(['invest']);
    expect(terms('qu’elle', 'fr')).toEqual([]);
  });

  it('split on hyphens and punctuation, keeping offsets into the text', () => {
    expect(tokens('Geltek-Medika, 2025 !')).toEqual([
      { text: 'Geltek', start: 0, end: 6 },
      { text: 'Medika', start: 7, end: 13 },
      { text: '2025', start: 15, end: 19 },
    ]);
  });

  it('drop stop words of the field’s language only', () => {
    expect(terms('les villes de demain', 'fr')).toEqual(['vill', 'demain']);
    expect(terms('the cities of tomorrow', 'en')).toEqual(['citi', 'tomorrow']);
    // "son" is a French stop word, not an English one.
    expect(termIn('son', 'fr')).toBeNull();
    expect(termIn('son', 'en')).toBe('son');
  });
});

describe('stemming', () => {
  it('French: accents or not, « developpement » and « développement » meet', () => {
    expect(termIn('developpement', 'fr')).toBe(termIn('développement', 'fr'));
    expect(termIn('développer', 'fr')).toBe(termIn('développement', 'fr'));
  });

  it('French: « industriel » finds « industrie » (the derivational step after Snowball)', () => {
    const industrie = termIn('industrie', 'fr');
    for (const form of ['industriel', 'industrielle', 'industriels', 'industrielles', 'industries']) expect(termIn(form, 'fr'), form).toBe(industrie);
    expect(termIn('culturel', 'fr')).toBe(termIn('culture', 'fr'));
    expect(termIn('fonctionnel', 'fr')).toBe(termIn('fonction', 'fr'));
    expect(termIn('présentées', 'fr')).toBe(termIn('présenté', 'fr'));
  });

  it('French derivational step leaves short stems alone', () => {
    expect(frenchDerivation('reel')).toBe('reel');
    expect(frenchDerivation('hotel')).toBe('hotel');
    expect(termIn('réel', 'fr')).not.toBe(termIn('rue', 'fr'));
  });

  it('English: "cities" finds "city", plurals and verb forms meet', () => {
    expect(termIn('cities', 'en')).toBe(termIn('city', 'en'));
    expect(termIn('industries', 'en')).toBe(termIn('industry', 'en'));
    expect(termIn('developed', 'en')).toBe(termIn('development', 'en'));
    expect(termIn('citizens', 'en')).not.toBe(termIn('cities', 'en'));
  });

  it('numbers are kept whole, names are folded but not stemmed', () => {
    expect(termIn('2025', 'fr')).toBe('2025');
    expect(nameTerm('Chanine')).toBe('chanine');
    expect(nameTerm('X')).toBeNull();
  });
});

describe('query cleaning', () => {
  it('gives each word its stem in both languages and its folded form', () => {
    const q = cleanQuery('  Industriel   cities ');
    expect(q).toEqual({
      kind: 'terms',
      text: 'Industriel cities',
      terms: [
        { folded: 'industriel', stems: { fr: 'industr', en: 'industriel' } },
        { folded: 'cities', stems: { fr: 'cit', en: 'citi' } },
      ],
    });
  });

  it('drops stop words of either language and repeated words', () => {
    const q = cleanQuery('the cities les villes cities');
    expect(q.kind === 'terms' && q.terms.map((t) => t.folded)).toEqual(['cities', 'villes']);
    expect(cleanQuery('le la les the of').kind).toBe('no-terms');
  });

  it('says empty for nothing typed, no-terms for only punctuation or control characters', () => {
    expect(cleanQuery('')).toEqual({ kind: 'empty' });
    expect(cleanQuery('   ')).toEqual({ kind: 'empty' });
    expect(cleanQuery(undefined)).toEqual({ kind: 'empty' });
    expect(cleanQuery('\u0000\u0001\u0007\u001b\u007f\u200b').kind).toBe('no-terms');
    expect(cleanQuery('?!… «»').kind).toBe('no-terms');
    expect(cleanQuery('\ufffd\ufffd')).toEqual({ kind: 'no-terms', text: '' });
  });

  it('removes control and invisible characters inside words', () => {
    const q = cleanQuery('indus\u0000triel d\u00adéveloppement \ud800');
    expect(q.kind === 'terms' && q.terms.map((t) => t.folded)).toEqual(['indus', 'triel', 'developpement']);
  });

  it('refuses over-long queries, by characters and by words, before any other work', () => {
    expect(cleanQuery('a'.repeat(10 * 1024))).toEqual({ kind: 'too-long', text: '' });
    expect(cleanQuery('ville '.repeat(40)).kind).toBe('too-long');
    expect(cleanQuery('x'.repeat(MAX_QUERY_LENGTH)).kind).toBe('terms');
    expect(cleanQuery(Array.from({ length: MAX_QUERY_WORDS + 1 }, (_, i) => `mot${i}`).join(' ')).kind).toBe('too-long');
  });

  it('takes the first value when a parameter is repeated, and ignores other types', () => {
    expect(cleanQuery(['villes', 'cities']).kind === 'terms').toBe(true);
    expect(cleanQuery({ q: 'x' })).toEqual({ kind: 'empty' });
    expect(cleanQuery(42)).toEqual({ kind: 'empty' });
  });
});
