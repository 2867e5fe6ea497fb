import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldWithOffsets } from '@/lib/text/fold';

/* One folding for search and for names: case, accents, letters written as two, typographic variants. */

describe('fold', () => {
  it('drops case and accents, composed or not', () => {
    expect(fold('ÉCONOMIE Développée')).toBe('economie developpee');
    expect(fold('de\u0301veloppe\u0301')).toBe(fold('développé'));
  });

  it('spells out letters written as two, and strokes decomposition keeps', () => {
    expect(fold('Œuvre Æther Straße Søren Łódź Đorđe')).toBe('oeuvre aether strasse soren lodz dorde');
    expect(fold('İlkay ıssız')).toBe('ilkay issiz');
    expect(fold('ΟΔΟΣ')).toBe(fold('οδος'));
  });

  it('makes typographic variants plain: apostrophes, hyphens, spaces', () => {
    expect(fold('l\u2019Élysée `t ma\u02bca')).toBe("l'elysee 't ma'a");
    expect(fold('Geltek\u2011Medika\u2010X')).toBe('geltek-medika-x');
    expect(fold('Dmitry\u00a0\u202f Chanine\n\tici')).toBe('dmitry chanine ici');
  });

  it('leaves plain lower-case ASCII as it is', () => {
    expect(fold('brics+ 2025, iso-9001!')).toBe('brics+ 2025, iso-9001!');
  });
});

describe('foldWithOffsets', () => {
  it('points each folded unit back at the character it comes from', () => {
    const text = 'Œ e\u0301  ß\u{1F389}x';
    const { text: folded, starts, ends } = foldWithOffsets(text);
    expect(folded).toBe('oe e ss\u{1F389}x');
    // œ and ß give two units from one character, as the emoji does (two UTF-16 units); the mark
    // joins its letter; two spaces make one.
    expect(starts).toEqual([0, 0, 1, 2, 4, 6, 6, 7, 7, 9]);
    expect(ends).toEqual([1, 1, 2, 4, 6, 7, 7, 9, 9, 10]);
  });

  it('builds no offsets when each unit stays where it was', () => {
    expect(foldWithOffsets('Dmitry Chanine')).toEqual({ text: 'dmitry chanine', starts: undefined, ends: undefined });
  });

  it('folds as fold does, whatever the text', () => {
    const chars = ['A', 'é', 'E\u0301', 'Œ', 'ß', ' ', '\u00a0', '\n', '\u2019', '`', '\u2011', '\u{1D400}', 'Σ', 'ς', 'x', '-', '1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(foldWithOffsets(text).text).toBe(fold(text));
      }),
    );
  });
});
