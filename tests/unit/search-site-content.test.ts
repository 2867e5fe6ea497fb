import { describe, expect, it } from 'vitest';
import { getSearchIndex } from '@/lib/site';

/* The examples, against the real content/. */

const index = getSearchIndex();
const story = 'story:brics-cloud-cities-forum-2025';
const top = (q: string, locale: 'fr' | 'en') => index.search(q, locale).results.map((r) => r.document.id);

describe('search over content/', () => {
  it('Chanine finds Dmitry Shanin, in both languages', () => {
    expect(top('Chanine', 'en')[0]).toBe('person:dmitry-shanin');
    expect(top('Chanine', 'fr')[0]).toBe('person:dmitry-shanin');
    expect(top('Shanin', 'fr')[0]).toBe('person:dmitry-shanin');
  });

  it('Gnatiouk finds Ivan Gnatyuk', () => {
    expect(top('Gnatiouk', 'en')[0]).toBe('person:ivan-gnatyuk');
    expect(top('gnatyuk', 'fr')[0]).toBe('person:ivan-gnatyuk');
  });

  it('« developpement », « industriel » and "cities" find the forum story', () => {
    for (const [q, locale] of [
      ['developpement', 'fr'],
      ['industriel', 'fr'],
      ['cities', 'en'],
      ['city', 'en'],
    ] as const) {
      expect(top(q, locale), q).toContain(story);
    }
  });

  it('the story is found in both languages whichever the reader’s, labelled with both', () => {
    // Only the French version spells him Chanine: the English reader gets the English title
    // and the French text where the name was found.
    const r = index.search('Chanine', 'en').results.find((x) => x.document.id === story);
    expect(r?.document.languages).toEqual(['fr', 'en']);
    expect(r?.titleLocale).toBe('en');
    expect(r?.snippetLocale).toBe('fr');
  });
});
