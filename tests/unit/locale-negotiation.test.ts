import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';
import { boundedAcceptLanguage, MAX_ACCEPT_LANGUAGE_LENGTH, MAX_LANGUAGE_RANGES, negotiateLocale, preferredLocale } from '@/lib/i18n/negotiate';
import { isLocale, routing } from '@/lib/i18n/routing';
import { SITE_IMAGES } from '@/lib/seo/site-images';

describe('negotiateLocale', () => {
  it('prefers an explicit choice stored in the cookie', () => {
    expect(negotiateLocale('en', 'fr-FR,fr;q=0.9')).toBe('en');
  });
  it('ignores a cookie that names no site language', () => {
    expect(negotiateLocale('de', 'en-GB,en;q=0.8')).toBe('en');
  });
  it('follows Accept-Language, regional variants included', () => {
    expect(negotiateLocale(undefined, 'en-US,en;q=0.9')).toBe('en');
    expect(negotiateLocale(undefined, 'fr-CA')).toBe('fr');
    expect(negotiateLocale(undefined, 'de-DE,de;q=0.9,en;q=0.5')).toBe('en');
  });
  it('falls back to French when nothing matches or the header is absent or malformed', () => {
    expect(negotiateLocale(undefined, 'de-DE,ja')).toBe('fr');
    expect(negotiateLocale(undefined, null)).toBe('fr');
    expect(negotiateLocale(undefined, '*;q=x,,;;')).toBe('fr');
  });
});

describe('preferredLocale: the first site language the reader ranks', () => {
  it.each([
    ['en-US', 'en'],
    ['fr-CA', 'fr'],
    ['de', 'fr'],
    ['*', 'fr'],
    ['', 'fr'],
    ['EN-gb', 'en'],
    ['en-Latn-US', 'en'],
    // Browsers' own lists, q-values decreasing.
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7', 'fr'],
    ['de-CH,fr;q=0.7,en;q=0.3', 'fr'],
    ['ja,en-US;q=0.9,en;q=0.8', 'en'],
    // The reader's first choice wins, even when a later range names the site's tag exactly.
    ['en-US,fr;q=0.9,en;q=0.8', 'en'],
    // q-values order the ranges; ties keep the header's order; q=0 means "not this one".
    ['fr;q=0.1,en;q=0.9', 'en'],
    ['en;q=0.5, fr;q=0.5', 'en'],
    ['en;q=0,fr-CA;q=0.2', 'fr'],
    ['en;q=0', 'fr'],
    // `*` and tags of no site language are skipped, not a reason to give up.
    ['en,*;q=0.5', 'en'],
    ['de,*;q=0.5,en;q=0.3', 'en'],
    ['x-pig-latin,i-klingon,en', 'en'],
    // Malformed q-values drop their range.
    ['en;q=abc,fr', 'fr'],
    ['*;q=x,,;;', 'fr'],
  ])('%j → %s', (header, locale) => {
    expect(preferredLocale(header)).toBe(locale);
  });

  /** The header of the outside test: about 2,200 tags no one speaks, some 15 KB. */
  const hostile = Array.from({ length: 2200 }, (_, n) => {
    const L = 'abcdefghijklmnopqrstuvwxyz';
    return `${L[n % 26]}${L[Math.floor(n / 26) % 26]}${L[Math.floor(n / 676) % 26]}-${L[Math.floor(n / 17576) % 26]?.toUpperCase()}X`;
  }).join(',');

  it('reads a bounded part of the header: its first characters, and at most so many ranges', () => {
    expect(hostile.length).toBeGreaterThan(15_000);
    const read = boundedAcceptLanguage(hostile);
    expect(read.length).toBeLessThanOrEqual(MAX_ACCEPT_LANGUAGE_LENGTH);
    expect(read.split(',')).toHaveLength(MAX_LANGUAGE_RANGES);
    expect(hostile.startsWith(read)).toBe(true);
    expect(boundedAcceptLanguage('en-US,en;q=0.9')).toBe('en-US,en;q=0.9');
    expect(boundedAcceptLanguage('x'.repeat(5000))).toHaveLength(MAX_ACCEPT_LANGUAGE_LENGTH);
  });

  it('answers a hostile header from its first ranges: the default, or a site language named early', () => {
    expect(preferredLocale(hostile)).toBe('fr');
    expect(preferredLocale(`en,${hostile}`)).toBe('en');
    // Past the bound, a range is not read.
    expect(preferredLocale(`${hostile},en`)).toBe('fr');
    expect(preferredLocale(`${'zz,'.repeat(MAX_LANGUAGE_RANGES)}en`)).toBe('fr');
    expect(preferredLocale(`${'zz,'.repeat(MAX_LANGUAGE_RANGES - 1)}en`)).toBe('en');
  });

  it('any value: a site language, never an error, decided by the bounded part alone', () => {
    const range = fc.oneof(
      fc.constantFrom('en', 'fr', 'en-US', 'fr-CA', 'de', '*', 'EN', '', ' ', 'x-pig-latin', 'en_US', 'é', '中文', ';q=', 'q=0.5'),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    );
    const header = fc
      .array(
        fc.tuple(
          range,
          fc.option(fc.oneof(fc.double(), fc.constantFrom('NaN', '-1', '1.5', '0', '0.000', '', 'x'))),
          fc.constantFrom(',', ', ', ';', ',,', ' '),
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.map(([tag, q, separator]) => `${tag}${q === null ? '' : `;q=${q}`}${separator}`).join(''));
    fc.assert(
      fc.property(header, (value) => {
        const locale = preferredLocale(value);
        expect(isLocale(locale)).toBe(true);
        expect(preferredLocale(boundedAcceptLanguage(value))).toBe(locale);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('proxy matcher', () => {
  // Files served by name at the root (public/, sitemaps) must reach their handler, not the 404 of paths outside a language.
  const [source] = config.matcher;
  // Next compiles matcher sources as path-to-regexp; the group we care about is the regex.
  const pattern = new RegExp(`^${(source ?? '').replace('/(', '/(?:').replace(/\\\\/g, '\\')}$`);

  it('is the only place listing the languages by hand, and lists exactly routing.locales', () => {
    const listed = /\(\?:([a-z|]+)\)\(\?:\/\|\$\)/.exec(source ?? '')?.[1]?.split('|');
    expect(listed?.sort()).toEqual([...routing.locales].sort());
  });

  it.each(['/', '/switch-language', '/de', '/de/x', '/articles/x', '/fresh', '/english', '/%ff'])('runs on %s', (path) => {
    expect(pattern.test(path)).toBe(true);
  });

  it.each([
    '/fr',
    '/en',
    '/fr/articles/x',
    '/en/anything',
    '/_next/static/chunks/a.js',
    '/sitemap.xml',
    '/news-sitemap.xml',
    '/robots.txt',
    '/icon.svg',
    ...Object.values(SITE_IMAGES).map((i) => i.path),
  ])('stays off %s', (path) => {
    expect(pattern.test(path)).toBe(false);
    expect(slashPattern.test(path)).toBe(false);
  });

  // The second source: a path ending in a slash reaches the proxy, which drops the slash.
  const slashPattern = new RegExp(`^${(config.matcher[1] ?? '').replace('/(', '/(?:')}$`);
  it.each(['/fr/', '/en/articles/x/', '/fr//', '/xyz/'])('runs on %s (trailing slash)', (path) => {
    expect(slashPattern.test(path)).toBe(true);
  });
});
