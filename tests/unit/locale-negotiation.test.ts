import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { routing } from '@/lib/i18n/routing';

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

describe('proxy matcher', () => {
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

  it.each(['/fr', '/en', '/fr/articles/x', '/en/anything', '/_next/static/chunks/a.js', '/favicon.ico'])('stays off %s', (path) => {
    expect(pattern.test(path)).toBe(false);
    expect(slashPattern.test(path)).toBe(false);
  });

  // The second source: a path ending in a slash reaches the proxy, which drops the slash.
  const slashPattern = new RegExp(`^${(config.matcher[1] ?? '').replace('/(', '/(?:')}$`);
  it.each(['/fr/', '/en/articles/x/', '/fr//', '/xyz/'])('runs on %s (trailing slash)', (path) => {
    expect(slashPattern.test(path)).toBe(true);
  });
});
