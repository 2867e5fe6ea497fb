import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitMarkdown } from '@/lib/content/front-matter';
import { parseYamlDocument } from '@/lib/content/yaml';
import { parseSimpleYaml } from '@/lib/content/yaml-simple';
import { generateContent } from '../../bench/synthetic-content';
import os from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';

/*
 * The fast YAML reader must give exactly what the `yaml` library gives (data, and the line of
 * every path), or step aside (undefined) so the library parses and reports problems.
 */

/** Every path of a value, plus paths that go one step too far or name nothing. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix, [...prefix, 'missing'], [...prefix, 99]];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

/** The fast reader agrees with the library on `text`; returns whether it read it at all. */
function agrees(text: string): boolean {
  const fast = parseSimpleYaml(text);
  if (!fast) return false;
  const full = parseYamlDocument(text);
  expect(full.errors, text).toEqual([]);
  expect(fast.data, text).toEqual(full.data);
  // toEqual ignores prototypes: plain objects both ways.
  expect(JSON.stringify(fast.data)).toBe(JSON.stringify(full.data));
  for (const p of paths(full.data)) expect(fast.locate(p), `${text}\n${JSON.stringify(p)}`).toBe(full.locate(p));
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.(ya?ml|md)$/.test(name) ? [full] : [];
  });
}

const textOf = (file: string): string | undefined => {
  const source = readFileSync(file, 'utf8');
  if (!file.endsWith('.md')) return source;
  try {
    const split = splitMarkdown(source);
    const close = source.indexOf('\n---', 3);
    return close > 0 ? source.slice(source.indexOf('\n') + 1, close + 1) : split.body;
  } catch {
    return undefined;
  }
};

describe('fast YAML reader', () => {
  it('reads the site content, the fixtures and synthetic content exactly as the yaml library does', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'yaml-simple-'));
    try {
      generateContent(tmp, { stories: 40 });
      const files = [...yamlFiles('content'), ...yamlFiles('tests/fixtures'), ...yamlFiles(tmp)];
      let read = 0;
      for (const file of files) {
        const text = textOf(file);
        if (text !== undefined && agrees(text)) read++;
      }
      // Most files are simple: the fast reader is what runs.
      expect(read).toBeGreaterThan(files.length / 2);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 60_000);

  it('agrees with the yaml library or steps aside on generated documents', () => {
    const key = fc.constantFrom('title', 'slug', 'tags', 'speakers', 'id', 'role', 'source', 'url', 'fr', 'en', 'a-b', 'x_1', 'true', 'null', 'Yes', '__proto__', 'k');
    const simple = fc.constantFrom('Moscou', 'PDG de Geltek-Medika', '2025-09-19', 'fr', 'https://example.org/x', '"Titre : sous-titre"', '[a, b-c]', "'x'", 'Дмитрий', 'é à');
    const tricky = fc.constantFrom(
      'Moscou', 'PDG de Geltek-Medika', '2025-09-19', '2025-13-45', '10f2a6f5514d', '1050', '3.7', '0x1F', '0o17', '1e3', '.5', '~', 'null', 'Null', 'true', 'False', 'yes', 'no', 'on',
      'https://example.org/a:b?c=d#e', 'a: b', 'a #b', 'C#', 'a:', ':a', '-a', '- a', '?a', '&a', '*a', '!a', '|', '>', '%a', '@a', '`a', '[a, b]', '[]', '[ a ,b ]', '[a, 1]', '[a, ]', '[a b]',
      '"quoted: text"', '"with \\" escape"', "'single'", "'it''s'", '"a" # c', 'value # comment', 'a\u00a0', '\u00a0a', 'é à ç', 'Дмитрий', '«\u00a0x\u00a0»', "l'été", 'a  b', '',
    );
    const scalar = fc.oneof({ weight: 4, arbitrary: simple }, { weight: 1, arbitrary: tricky });
    const pairs = (max: number) => fc.uniqueArray(fc.tuple(key, scalar), { minLength: 1, maxLength: max, selector: ([k]) => k });
    const indentUnit = fc.constantFrom('  ', '    ', ' ');
    const doc = fc
      .uniqueArray(fc.tuple(key, fc.oneof(scalar, pairs(3), fc.array(pairs(3), { minLength: 1, maxLength: 3 })), indentUnit, fc.boolean()), { maxLength: 6, selector: ([k]) => k })
      .map((entries) =>
        entries
          .map(([k, v, unit, comment]) => {
            const head = `${comment ? '# note\n' : ''}${k}:`;
            if (typeof v === 'string') return `${head} ${v}`;
            if (typeof v[0]?.[0] === 'string') return `${head}\n${(v as [string, string][]).map(([ck, cv]) => `${unit}${ck}: ${cv}`).join('\n')}`;
            return `${head}\n${(v as [string, string][][]).map((item) => item.map(([ck, cv], i) => `${unit}${i ? '  ' : '- '}${ck}: ${cv}`).join('\n')).join('\n')}`;
          })
          .join('\n'),
      );
    let read = 0;
    fc.assert(
      fc.property(doc, (text) => {
        if (agrees(text)) read++;
      }),
      { numRuns: 1500 },
    );
    expect(read).toBeGreaterThan(100);
  }, 60_000);

  it('steps aside for what it does not read', () => {
    for (const text of ['', '# only a comment', 'a: 1', 'a: true', 'a: ~', 'a:', 'a: b\na: c', 'a: |\n  x', 'a: "x\\ny"', 'a: b\n  c', '- a\n- b', 'a:\n- b', '---\na: b', 'a:\tb', 'a: [b,\n c]', 'a: {b: c}', 'a: &x b', '  a: b', 'a: b\r\n'])
      expect(parseSimpleYaml(text), text).toBeUndefined();
  });
});
