import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadContent } from '@/lib/content/load';
import { rejectedByCheck, textPayloads, markdownPayloads } from '../fixtures/xss/payloads';
import { generateXssSite } from '../fixtures/xss/generate';
import { tempRoot } from './support/content-fixtures';

/*
 * The XSS corpus's other half: hostile content the content check refuses, so it never reaches
 * a build. Each case is laid over a copy of tests/fixtures/site (its French sample story) and
 * must give an error on the expected field. The corpus that is built (tests/e2e/xss/) must,
 * on the contrary, pass the check.
 */

const { root, remove } = tempRoot('xss-rejected-');
afterAll(remove);

function caseDir(index: number, change: (typeof rejectedByCheck)[number]): string {
  const dir = path.join(root, `case-${index}`);
  cpSync(path.resolve('tests/fixtures/site'), dir, { recursive: true });
  const file = path.join(dir, 'articles', 'sample-story', 'fr.md');
  if (change.raw !== undefined) {
    writeFileSync(file, change.raw);
    return dir;
  }
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
  const frontMatter = { ...(parse(yaml) as Record<string, unknown>), ...change.frontMatter };
  writeFileSync(file, `---\n${stringify(frontMatter)}---\n${body}${change.body ? `\n${change.body}` : ''}`);
  return dir;
}

describe('hostile content the check refuses', () => {
  it('(control: the same copy, rewritten without a change, has no error)', () => {
    const { problems } = loadContent(caseDir(-1, { what: 'nothing', field: '', frontMatter: {} }), { displayRoot: root });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  rejectedByCheck.forEach((change, index) => {
    it(`${change.what} → an error on ${change.field}`, () => {
      const { problems } = loadContent(caseDir(index, change), { displayRoot: root });
      const errors = problems.filter((p) => p.severity === 'error' && p.file.includes(path.join('sample-story', 'fr.md')));
      expect(errors.length, JSON.stringify(problems)).toBeGreaterThan(0);
      if (change.field !== 'front matter') expect(errors.map((e) => e.field)).toContainEqual(expect.stringContaining(change.field));
    });
  });
});

describe('the built corpus', () => {
  it(`passes the check: ${textPayloads.length + markdownPayloads.length} payloads, no error`, () => {
    const dir = path.join(root, 'xss-site');
    generateXssSite(dir);
    const { problems, stats } = loadContent(dir, { displayRoot: root });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(stats.stories).toBeGreaterThanOrEqual(8);
  });
});
