import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { materialise, tempRoot } from './support/content-fixtures';

/*
 * Whatever an editor types, the loader answers with content problems, never a crash: random
 * front matter (YAML-ish text, and valid front matter with fields swapped for random values)
 * and random Markdown (built from the syntax the site cares about) are written over the valid
 * fixture and loaded.
 */

const tmp = tempRoot('content-property-');
afterAll(tmp.remove);
const dir = materialise(tmp.root, 'property');

const VALID: Record<string, string> = {
  title: '"Un titre : exemple"',
  standfirst: 'Un chapeau.',
  slug: 'un-titre-exemple',
  date: '2025-09-19',
  section: 'economy',
  tags: '[industry]',
  event: 'example-forum',
  location: 'Moscou',
  original: 'fr',
  speakers: '\n  - id: ada-example\n    role: directrice',
  organizations: '[example-works]',
  source: '\n  publisher: example-press\n  url: https://example.org/story\n  date: 2025-09-19',
};

/** Scalars and structures YAML can hold, including the awkward ones (anchors, tags, merges). */
const yamlValue = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    '~',
    'null',
    'true',
    '0x1F',
    '.nan',
    '2025-02-30',
    '2025-09',
    '"TODO: x"',
    'TODO',
    '&a [1, *a]',
    '*nowhere',
    '!!binary aGk=',
    '!custom x',
    '{ <<: { a: 1 } }',
    '[',
    '{',
    '"unclosed',
    "'x'",
    '|\n  block',
    '>-\n  folded',
    '- a\n- b',
    'ada-example',
    'https://example.org',
    'fr',
    'en',
    'de',
  ),
  fc.integer().map(String),
  fc.double().map(String),
  fc.array(fc.string(), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }).map(
    (o) =>
      `\n${Object.entries(o)
        .map(([k, v]) => `  ${k}: ${v}`)
        .join('\n')}`,
  ),
);

const frontMatter = fc.oneof(
  // Free text between the fences: anything at all.
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  // Lines of `key: value` with known and unknown keys.
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...Object.keys(VALID), 'originalHash', 'updated', 'session'), fc.string({ maxLength: 8 })), yamlValue), {
      maxLength: 14,
    })
    .map((pairs) => pairs.map(([k, v]) => `${k}: ${v}`).join('\n')),
  // Valid front matter with some fields replaced or dropped: gets as far as rendering.
  fc
    .record({
      replaced: fc.dictionary(fc.constantFrom(...Object.keys(VALID)), yamlValue, { maxKeys: 3 }),
      dropped: fc.subarray(Object.keys(VALID), { maxLength: 2 }),
    })
    .map(({ replaced, dropped }) =>
      Object.entries({ ...VALID, ...replaced })
        .filter(([k]) => !dropped.includes(k))
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n'),
    ),
);

/** Markdown built from the pieces the loader and the renderer look at. */
const body = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom(
        '\n\n',
        '\n',
        ':::quote{speaker=ada-example}\n',
        ':::\n',
        ':::quote\n',
        ':::said{speaker=ada-example}\n',
        '::quote[x]{speaker=ada-example}',
        ':quote[',
        ':said[',
        ']{speaker=ada-example}',
        ']{speaker=nobody}',
        ']{speaker=}',
        '{',
        '}',
        '[',
        ']',
        ':10',
        ' : ',
        '« ',
        ' »',
        '# ',
        '## ',
        '> ',
        '- ',
        '1. ',
        '![',
        '![alt](https://example.org/a.png)',
        '](javascript:alert(1))',
        '[x]: https://example.org',
        '<script>alert(1)</script>',
        '<!-- note -->',
        '```\n',
        '---\n',
        '***',
        '| a | b |\n| - | - |\n',
        'TODO: later',
        '&amp;',
        '&#0;',
        '\u0000',
        '\uFEFF',
        '\r\n',
        '10 000 %',
        "l'été",
      ),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const opening = fc.constantFrom('---', '---yaml', '---js', '---toml', '--- ', '');
const markdownFile = fc
  .record({ opening, frontMatter, body })
  .map(({ opening, frontMatter, body }) => (opening ? `${opening}\n${frontMatter}\n---\n${body}` : body));

describe('loadContent on random input', () => {
  it('never throws, and every problem names a file, a field and a plausible line', () => {
    fc.assert(
      fc.property(markdownFile, markdownFile, yamlValue, (fr, en, personName) => {
        writeFileSync(path.join(dir, 'articles/sample-story/fr.md'), fr);
        writeFileSync(path.join(dir, 'articles/sample-story/en.md'), en);
        writeFileSync(path.join(dir, 'people/ada-example.yaml'), `name: ${personName}\nrole: { fr: r, en: r }\norganizations: [example-works]\n`);
        const { problems } = loadContent(dir, { displayRoot: tmp.root });
        for (const p of problems) {
          expect(p.file).toMatch(/^property\/content\//);
          expect(p.field.length).toBeGreaterThan(0);
          expect(['error', 'warning']).toContain(p.severity);
          if (p.line !== undefined) expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
