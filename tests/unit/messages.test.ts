import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { routing } from '@/lib/i18n/routing';

type Tree = { [key: string]: string | Tree };

const catalogue = (locale: string): Tree => JSON.parse(readFileSync(`content/messages/${locale}.json`, 'utf8'));

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

/** Argument and tag names of a parsed message, branches and tag contents included. */
function argumentNames(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((el) => {
    const own = 'value' in el && typeof el.value === 'string' && el.type !== TYPE.literal ? [el.value] : [];
    const children = 'children' in el ? argumentNames(el.children) : [];
    const branches = 'options' in el ? Object.values(el.options).flatMap((o) => argumentNames(o.value)) : [];
    return [...own, ...children, ...branches];
  });
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
    // Parsed as ICU messages, so plural branches' own words ("{count, plural, =0 {No stories}…")
    // are text, and only arguments and rich-text tags count.
    const placeholders = (m: string): string[] => [...new Set(argumentNames(parse(m)))].sort();
    const flat = (locale: string) =>
      Object.fromEntries(
        keys(catalogue(locale)).map((k) => [
          k,
          k.split('.').reduce<string | Tree>((t, part) => (t as Tree)[part] as string | Tree, catalogue(locale)) as string,
        ]),
      );
    const ref = flat(reference);
    for (const locale of others) {
      const other = flat(locale);
      for (const key of Object.keys(ref)) expect(placeholders(other[key] ?? ''), key).toEqual(placeholders(ref[key] ?? ''));
    }
  });
});

describe('French messages', () => {
  it('keep a no-break space before : ; ! ? and inside « », so a line never starts with them', () => {
    const breakable = leaves(catalogue('fr')).filter((m) => / [:;!?»]|« /u.test(m));
    expect(breakable).toEqual([]);
  });
});
