import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeQueryValue, MAX_SWITCH_TARGET_LENGTH, parseSwitchTarget, searchPath, switchLanguagePath } from '@/lib/i18n/paths';
import { routing } from '@/lib/i18n/routing';
import { cleanQuery, MAX_QUERY_LENGTH } from '@/lib/search/normalize';

/*
 * The language switcher's target (`/switch-language?to=…`, read by proxy.ts): any page of the site
 * in one language, any search a reader can type; nothing that leaves the site or the language.
 */

/** What the proxy reads from a switcher link: the `to` parameter, decoded. */
const targetOf = (link: string) => new URL(link, 'https://site.example').searchParams.get('to');

describe('parseSwitchTarget', () => {
  it.each([
    '/en',
    '/fr',
    '/en/articles/x',
    '/fr/articles/x/bilingue',
    '/en/speakers/olga-vidanova',
    '/en/search?q=l%27industrie',
    '/en/articles/x#p-4',
    '/fr#quote-12',
    '/fr/recherche?q=',
  ])('accepts %s', (target) => {
    expect(parseSwitchTarget(target)).toEqual({ locale: target.slice(1, 3), path: target });
  });

  it.each([
    // Dot segments, plain or encoded: a browser resolves them, out of the language or the site's paths.
    '/en/../../x',
    '/en/..',
    '/en/.',
    '/fr/./x',
    '/en/../fr',
    '/en/%2e%2e/x',
    '/en/%2E%2E/fr',
    '/en/.%2e/x',
    '/en/%2e./x',
    '/en/%2e',
    '/en/x/..?q=a',
    '/en/x/.#p-1',
    // Other hosts, other schemes, empty segments, other languages, what is not a path.
    '//evil.example',
    'https://evil.example',
    '/\\evil.example',
    '/en//evil.example',
    '/fr@evil.example',
    'javascript:alert(1)',
    '/de/articles/x',
    '/FR',
    'fr',
    '',
    '/fr\t/x',
    // Anything but a search query and a passage.
    '/en/search?q=a&q=b',
    "/en/search?q=l'industrie",
    '/en#javascript:alert(1)',
    '/en/x?q=<script>',
    `/fr/${'a'.repeat(MAX_SWITCH_TARGET_LENGTH)}`,
  ])('refuses %j', (target) => {
    expect(parseSwitchTarget(target)).toBeUndefined();
  });

  it('keeps paths with dots that are not dot segments', () => {
    expect(parseSwitchTarget('/en/a.b/...')).toEqual({ locale: 'en', path: '/en/a.b/...' });
    expect(parseSwitchTarget('/en/%252e%252e/x')).toEqual({ locale: 'en', path: '/en/%252e%252e/x' });
  });

  it('whatever it accepts, a browser resolves to that same path, on this site, in that language', () => {
    const piece = fc.constantFrom('/', '.', '..', '%2e', '%2E', '%2f', '%5c', '\\', 'en', 'fr', 'x', '?q=', '#p-1', '@', 'evil.example', ':', '%', '~', '-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const raw = pieces.join('');
        const target = parseSwitchTarget(raw);
        if (!target) return;
        const url = new URL(raw, 'https://site.example');
        expect(url.host).toBe('site.example');
        expect(url.pathname === `/${target.locale}` || url.pathname.startsWith(`/${target.locale}/`)).toBe(true);
        expect(url.pathname).toBe(raw.split(/[?#]/)[0]);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('every search a reader can type switches language', () => {
  const carried = (raw: string) => {
    const query = cleanQuery(raw);
    return query.kind === 'terms' ? query.text : undefined;
  };

  it.each(["l'industrie", 'l’industrie', 'robotique (IA)', 'quoi ?!', '*', 'a+b & c/d', '100 % "vert"', 'café crème', '中国 城市', '𝕏 forum'])('%s', (raw) => {
    const text = carried(raw) ?? raw;
    for (const locale of routing.locales) {
      const target = searchPath(locale, text);
      expect(parseSwitchTarget(targetOf(switchLanguagePath(target))), target).toEqual({ locale, path: target });
    }
  });

  it('the longest query, in the widest characters, fits', () => {
    for (const text of ['中'.repeat(MAX_QUERY_LENGTH), '𝕏'.repeat(MAX_QUERY_LENGTH / 2), `${"'".repeat(MAX_QUERY_LENGTH - 9)}industrie`]) {
      expect(carried(text)).toBe(text);
      expect(parseSwitchTarget(searchPath('en', text))).toBeDefined();
    }
  });

  it('any query the search page carries', () => {
    const typed = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.string({ unit: fc.constantFrom("'", '(', ')', '!', '*', '%', '#', '&', '+', '?', '/', '=', ' ', 'é', '’', '中', '𝕏', 'a', '.'), maxLength: 40 }),
    );
    fc.assert(
      fc.property(typed, fc.constantFrom(...routing.locales), (raw, locale) => {
        const text = carried(raw);
        if (text === undefined) return;
        const target = searchPath(locale, text);
        expect(parseSwitchTarget(targetOf(switchLanguagePath(target)))).toEqual({ locale, path: target });
        // And the search page reads back exactly what was carried.
        expect(new URL(target, 'https://site.example').searchParams.get('q')).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('encodeQueryValue leaves only unreserved characters unencoded', () => {
    expect(encodeQueryValue("l'industrie (IA)! *")).toBe('l%27industrie%20%28IA%29%21%20%2A');
    expect(encodeQueryValue('a-b_c.d~e')).toBe('a-b_c.d~e');
  });
});
