import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routing } from '@/lib/i18n/routing';

type Tree = { [key: string]: string | Tree };

const catalogue = (locale: string): Tree => JSON.parse(readFileSync(`content/messages/${locale}.json`, 'utf8'));

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function leaves(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : leaves(value)));
}

describe('UI messages', () => {
  const [reference, ...others] = routing.locales;

  it.each(others)('%s has exactly the keys of the reference catalogue', (locale) => {
    expect(keys(catalogue(locale)).sort()).toEqual(keys(catalogue(reference)).sort());
  });

  it.each(routing.locales)('%s has no empty message and groups keys by component', (locale) => {
    const tree = catalogue(locale);
    expect(leaves(tree).filter((m) => m.trim() === '')).toEqual([]);
    for (const [group, value] of Object.entries(tree)) {
      expect(group, 'top-level keys are component names').toMatch(/^[A-Z][A-Za-z]+$/);
      expect(typeof value).toBe('object');
    }
  });

  it('each message uses the same placeholders in every language', () => {
    const placeholders = (m: string) => [...m.matchAll(/\{(\w+)|<(\w+)>/g)].map((x) => x[1] ?? x[2]).sort();
    const flat = (locale: string) => Object.fromEntries(keys(catalogue(locale)).map((k) => [k, k.split('.').reduce<string | Tree>((t, part) => (t as Tree)[part] as string | Tree, catalogue(locale)) as string]));
    const ref = flat(reference);
    for (const locale of others) {
      const other = flat(locale);
      for (const key of Object.keys(ref)) expect(placeholders(other[key] ?? ''), key).toEqual(placeholders(ref[key] ?? ''));
    }
  });
});
