import { describe, expect, it } from 'vitest';
import { entityIndexPath, entityKinds, entitySegments, entityPath } from '@/lib/i18n/paths';
import { entityKindBySegment } from '@/lib/site';
import { routing } from '@/lib/i18n/routing';

describe('entity page segments', () => {
  it('are plain ASCII words, since any %-escape inside a language is answered with a 404', () => {
    for (const kind of entityKinds) {
      for (const locale of routing.locales) expect(entitySegments[kind][locale], `${kind} in ${locale}`).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    }
  });

  it('name one kind each per language and never shadow the fixed routes', () => {
    for (const locale of routing.locales) {
      const segments = entityKinds.map((kind) => entitySegments[kind][locale]);
      expect(new Set(segments).size, locale).toBe(segments.length);
      for (const fixed of ['articles', 'page-not-found']) expect(segments).not.toContain(fixed);
      for (const kind of entityKinds) expect(entityKindBySegment(locale, entitySegments[kind][locale])?.kind).toBe(kind);
    }
  });

  it("are each language's own words: the French segment is not a page in English", () => {
    expect(entityIndexPath('people', 'fr')).toBe('/fr/intervenants');
    expect(entityPath('people', 'en', { slug: { fr: 'dmitry-chanine', en: 'dmitry-shanin' } })).toBe('/en/speakers/dmitry-shanin');
    expect(entityPath('people', 'fr', { slug: { fr: 'dmitry-chanine', en: 'dmitry-shanin' } })).toBe('/fr/intervenants/dmitry-chanine');
    expect(entityKindBySegment('en', 'intervenants')).toBeUndefined();
    expect(entityKindBySegment('fr', 'speakers')).toBeUndefined();
  });

  it('spell English words the British way, as the English site does (en_GB)', () => {
    expect(entityIndexPath('organizations', 'en')).toBe('/en/organisations');
    expect(entityKindBySegment('en', 'organizations')).toBeUndefined();
  });
});
