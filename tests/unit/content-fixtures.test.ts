import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { fixturesRoot as root, materialise as build, tempRoot } from './support/content-fixtures';

/*
 * Each folder under tests/fixtures/content/ (except `valid`) is one broken-content case:
 * `overlay/` holds files laid over a copy of `valid/` (an empty file named `<name>.delete`
 * removes `<name>`), `expected.json` the problems the loader must report, exactly, in order.
 * A case whose problems are all warnings still loads: warnings never keep a story out.
 */

const tmp = tempRoot('content-fixtures-');
afterAll(tmp.remove);
const materialise = (name: string) => build(tmp.root, name);

interface Expected {
  file: string;
  line?: number;
  field: string;
  /** A part of the message that must appear in it. */
  message: string;
  severity?: 'error' | 'warning';
}

describe('valid content', () => {
  it('loads without problems: both languages of the story, as written', () => {
    const dir = materialise('valid');
    const { content, problems } = loadContent(dir, { displayRoot: path.dirname(dir) });
    expect(problems.map(formatProblem)).toEqual([]);
    const story = content.stories.get('sample-story');
    expect(story?.fr?.frontMatter.slug).toBe('un-titre-exemple');
    expect(story?.en?.frontMatter.slug).toBe('a-title-example');
    expect(story?.fr?.ties.map((q) => [q.anchor, q.speaker, q.kind])).toEqual([['quote-1', 'ada-example', 'quote']]);
    expect(content.people.get('ada-example')?.name).toEqual({ fr: 'Ada Exemplova', en: 'Ada Examplova' });
  });
});

const cases = readdirSync(root)
  .filter((name) => name !== 'valid')
  .sort();

describe.each(cases)('broken content: %s', (name) => {
  it('reports every problem with its file, line and field', () => {
    const dir = materialise(name);
    const expected: Expected[] = JSON.parse(readFileSync(path.join(root, name, 'expected.json'), 'utf8'));
    const { content, problems } = loadContent(dir, { displayRoot: path.dirname(dir) });
    const actual = problems.map((p) => ({ file: p.file, line: p.line, field: p.field, severity: p.severity, text: formatProblem(p) }));
    expect(actual, actual.map((p) => p.text).join('\n')).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      const got = actual[i];
      expect(got, `problem ${i + 1}`).toMatchObject({ file: want.file, line: want.line, field: want.field, severity: want.severity ?? 'error' });
      expect(got?.text).toContain(want.message);
    });
    // Broken content never reaches the site half-loaded; warnings alone keep every story.
    const hasErrors = problems.some((p) => p.severity === 'error');
    expect(content.stories.size).toBe(hasErrors ? 0 : readdirSync(path.join(dir, 'articles')).length);
  });
});
