import { describe, expect, it } from 'vitest';
import { highlight, snippet, SNIPPET_LENGTH } from '@/lib/search/snippet';

/* Snippets as segments: the matched words marked, the window around the first match. */

const is =
  (...targets: string[]) =>
  (word: string) =>
    targets.includes(word.toLowerCase());
const render = (segments: { text: string; match: boolean }[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

describe('highlight', () => {
  it('marks every matching word and keeps the text exactly', () => {
    const text = 'L’industrie, l’Industrie : industries.';
    const segments = highlight(text, is('industrie'));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(render(segments)).toBe('L’[industrie], l’[Industrie] : industries.');
  });

  it('marks whole words only, never inside a word', () => {
    expect(render(highlight('Technopolis et techno', is('techno')))).toBe('Technopolis et [techno]');
  });

  it('gives one plain segment when nothing matches', () => {
    expect(highlight('Rien ici', is('x'))).toEqual([{ text: 'Rien ici', match: false }]);
  });
});

describe('snippet', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');

  it('a short text is shown whole', () => {
    expect(render(snippet('Une ville ouverte.', is('ville')))).toBe('Une [ville] ouverte.');
  });

  it('a long text is cut around the first match, at word boundaries, with ellipses', () => {
    const text = `${filler(100)} la ville de demain ${filler(100)}`;
    const out = render(snippet(text, is('ville')));
    expect(out).toMatch(/^… mot\d+ .*\[ville\] de demain .* mot\d+ …$/);
    expect(out.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 4);
  });

  it('starts at the sentence of the match when it is near', () => {
    const text = `${filler(80)}. Elle parle de la ville. ${filler(80)}`;
    expect(render(snippet(text, is('ville')))).toMatch(/^… Elle parle de la \[ville\]\./);
  });

  it('a match at the end still fills the window', () => {
    const text = `${filler(100)} fin de la ville`;
    const out = render(snippet(text, is('ville')));
    expect(out.endsWith('fin de la [ville]')).toBe(true);
    expect(out.length).toBeGreaterThan(SNIPPET_LENGTH - 20);
  });

  it('without a match, the beginning of the text', () => {
    const out = render(snippet(`Début ${filler(100)}`, is('absent')));
    expect(out).toMatch(/^Début mot0 .* …$/);
    expect(out).not.toContain('[');
  });

  it('shows line breaks as spaces', () => {
    expect(render(snippet('Titre\nLa ville', is('ville')))).toBe('Titre La [ville]');
  });
});
