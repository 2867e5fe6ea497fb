import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runContentCheck } from '@/scripts/content-check';
import { ContentValidationError } from '@/lib/content/problems';
import { getSite } from '@/lib/site';
import { parseCheckReport, reportAnnotations, reportMarkdown, type CheckReport } from '@/lib/content/report';
import { materialise, tempRoot } from './support/content-fixtures';

/* `npm run content:check`: its text and JSON output and its exit codes. */

const tmp = tempRoot('content-check-');
afterAll(tmp.remove);

/** Runs the check on fixture case `name` from the case's folder, so files read `content/…`. */
function check(name: string, ...flags: string[]) {
  const dir = materialise(tmp.root, name);
  return runContentCheck(['--dir', 'content', ...flags], path.dirname(dir));
}

const PROBLEM_KEYS = ['field', 'file', 'hint', 'line', 'message', 'severity'];

describe('content:check', () => {
  it('passes the real content with no errors and no warnings', () => {
    const { exitCode, stdout } = runContentCheck([]);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^Content OK: 0 errors, 0 warnings; 1 story \(2 language versions\), 5 people, 7 organizations, 1 event in content \(\d+ ms\)\.\n$/);
  });

  it('prints every error of a folder with several broken files in one run, one line each, and exits 1', () => {
    const { exitCode, stdout } = check('several-broken-files');
    expect(exitCode).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Errors (8): fix these; nothing is published while there is one.');
    expect(lines.slice(1, 9)).toEqual([
      'content/organizations/example-works.yaml:4: aliases: must be a list, e.g. [a, b]',
      'content/organizations/example-works.yaml:5: description › en: is required — add the line "en: …" (what the stories say it is, on lines "fr: …" and "en: …" under description:)',
      'content/people/ada-example.yaml:5: organizations › item 1: unknown organization "example-works" — content/organizations/example-works.yaml has errors: fix them first',
      'content/events/example-forum.yaml:8: organizers › item 1: unknown organization "example-works" — content/organizations/example-works.yaml has errors: fix them first',
      'content/articles/sample-story/en.md:2: slug: is required — add the line "slug: …" (web address of the story in this language: lowercase words without accents, joined by hyphens)',
      // A story whose front matter has an error still has its other fields' references checked.
      'content/articles/sample-story/en.md:13: organizations › item 1: unknown organization "example-works" — content/organizations/example-works.yaml has errors: fix them first',
      'content/articles/sample-story/fr.md:5: date: must be a date written YYYY-MM-DD — expected: publication date, YYYY-MM-DD',
      'content/articles/sample-story/fr.md:14: organizations › item 1: unknown organization "example-works" — content/organizations/example-works.yaml has errors: fix them first',
    ]);
    expect(stdout).toMatch(/\nContent check failed: 8 errors, 0 warnings; .* Nothing was published\.\n$/);
  });

  it('prints warnings apart from errors, and warnings alone exit 0', () => {
    const warned = check('unused-entities');
    expect(warned.exitCode).toBe(0);
    expect(warned.stdout).not.toContain('Errors');
    expect(warned.stdout.split('\n').slice(0, 4)).toEqual([
      'Warnings (3): publishing goes ahead, but please look.',
      expect.stringMatching(/^content\/people\/cy-unused\.yaml:2: \(unused\): /),
      expect.stringMatching(/^content\/organizations\/unused-works\.yaml:1: \(unused\): /),
      expect.stringMatching(/^content\/events\/unused-forum\.yaml:1: \(unused\): /),
    ]);

    // Both at once: the speaker-less quote is an error, the unused person a warning, in its own section.
    const both = check('quote-not-in-speakers').stdout;
    const errors = both.indexOf('Errors (1)');
    const warnings = both.indexOf('Warnings (1)');
    expect(errors).toBe(0);
    expect(warnings).toBeGreaterThan(both.indexOf('content/articles/sample-story/en.md:27: body:'));
    expect(both.indexOf('content/people/bo-other.yaml:1: (unused)')).toBeGreaterThan(warnings);
  });

  it('--json prints { ok, errors, warnings, stats } with every problem as { file, line, field, message, hint, severity }', () => {
    const { exitCode, stdout } = check('quote-not-in-speakers', '--json');
    expect(exitCode).toBe(1);
    const json: CheckReport = JSON.parse(stdout);
    expect(Object.keys(json).sort()).toEqual(['errors', 'ok', 'stats', 'warnings']);
    expect(json.ok).toBe(false);
    for (const p of [...json.errors, ...json.warnings]) expect(Object.keys(p).sort()).toEqual(PROBLEM_KEYS);
    expect(json.errors).toEqual([
      {
        file: 'content/articles/sample-story/en.md',
        line: 27,
        field: 'body',
        message: 'quote tied to "bo-other", who is not in this story\'s speakers',
        hint: 'add { id: bo-other, role: … } to speakers',
        severity: 'error',
      },
    ]);
    expect(json.warnings.map((w) => [w.file, w.line, w.field, w.severity])).toEqual([['content/people/bo-other.yaml', 1, '(unused)', 'warning']]);
    expect(json.stats).toEqual({ stories: 1, articles: 2, people: 2, organizations: 1, events: 1, errors: 1, warnings: 1, durationMs: expect.any(Number) });
    // What the job summary reads back is exactly what was printed.
    expect(parseCheckReport(stdout)).toEqual(json);
  });

  it('--json on clean content is ok with empty lists, and a problem without a line has line null', () => {
    const clean: CheckReport = JSON.parse(check('valid', '--json').stdout);
    expect(clean).toMatchObject({ ok: true, errors: [], warnings: [] });
    const unlocated: CheckReport = JSON.parse(check('unknown-language-file', '--json').stdout);
    expect(unlocated.errors[0]).toMatchObject({ file: 'content/articles/sample-story/de.md', line: null, field: '(file name)' });
  });

  it('checks another folder with --dir, and says when there is none', () => {
    const site = runContentCheck(['--dir', 'tests/fixtures/site']);
    expect(site.exitCode).toBe(0);
    expect(site.stdout).toContain('tests/fixtures/site/articles/french-only/fr.md:1: (translation): "french-only" exists in fr only');
    const missing = runContentCheck(['--dir', 'no/such/folder']);
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toContain('no/such/folder: (folder): content folder not found');
  });

  it('refuses arguments it does not know with exit code 2 and the usage', () => {
    expect(runContentCheck(['--jsn'])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('unknown argument "--jsn"\nusage: npm run content:check'),
    });
    expect(runContentCheck(['--dir'])).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('--dir needs a folder') });
  });

  it('as a command: exit code 1 and the JSON on stdout, nothing else', () => {
    const dir = materialise(tmp.root, 'missing-field');
    const tsx = path.resolve('node_modules/.bin/tsx');
    const run = spawnSync(tsx, [path.resolve('scripts/content-check.ts'), '--dir', dir, '--json'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(parseCheckReport(run.stdout).errors.map((e) => e.field)).toEqual(['title', 'standfirst']);
  }, 30_000); // starts a Node process with tsx: seconds on a busy machine
});

describe('next build', () => {
  it('fails on broken content with the very lines the check prints', () => {
    const dir = materialise(tmp.root, 'front-matter-and-body-errors');
    const checkLines = runContentCheck(['--dir', dir])
      .stdout.split('\n')
      .filter((line) => line.includes('.md:'));
    expect(checkLines).toHaveLength(3);
    const previous = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = dir;
    try {
      let thrown: unknown;
      try {
        getSite();
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(ContentValidationError);
      expect(thrown instanceof Error && thrown.message.split('\n')).toEqual(['Content has 3 error(s):', ...checkLines]);
    } finally {
      if (previous === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = previous;
    }
  });
});

describe('job summary', () => {
  const report: CheckReport = {
    ok: false,
    errors: [{ file: 'content/a.md', line: 3, field: 'title', message: 'is | odd', hint: 'fix it,\nnow: please', severity: 'error' }],
    warnings: [{ file: 'content/b,c.md', line: null, field: '(translation)', message: '100% "b" only', hint: null, severity: 'warning' }],
    stats: { stories: 2, articles: 3, people: 1, organizations: 1, events: 0, errors: 1, warnings: 1, durationMs: 12 },
  };

  it('is a table with one row per problem, errors first, pipes and line breaks escaped', () => {
    expect(reportMarkdown(report)).toBe(
      [
        '## Content check: ❌ 1 error, 1 warning',
        '',
        '| | File | Line | Field | What is wrong | How to fix |',
        '| --- | --- | --- | --- | --- | --- |',
        '| ❌ error | `content/a.md` | 3 | `title` | is \\| odd | fix it, now: please |',
        '| ⚠️ warning | `content/b,c.md` |  | `(translation)` | 100% "b" only |  |',
        '',
        'Checked 2 stories (3 language versions), 1 person, 1 organization, 0 events in 12 ms. Fix the errors, push again, and this check reruns.',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to fix', () => {
    const clean = { ...report, ok: true, errors: [], warnings: [], stats: { ...report.stats, errors: 0, warnings: 0 } };
    expect(reportMarkdown(clean)).toBe(
      '## Content check: ✅ 0 errors, 0 warnings\n\nChecked 2 stories (3 language versions), 1 person, 1 organization, 0 events in 12 ms.\n',
    );
  });

  it('annotates each problem on its file and line, escaped as GitHub workflow commands', () => {
    expect(reportAnnotations(report)).toEqual([
      '::error file=content/a.md,line=3,title=title::is | odd — fix it,%0Anow: please',
      '::warning file=content/b%2Cc.md,title=(translation)::100%25 "b" only',
    ]);
  });

  it('refuses a file that is not a check report', () => {
    expect(() => parseCheckReport('{"ok": true}')).toThrow();
    expect(() => parseCheckReport('> brics-portal@0.1.0 content:check')).toThrow();
  });
});
