import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { slugify } from '@/lib/content/ids';
import { runNewStory } from '@/scripts/content-new';
import { materialise, tempRoot } from './support/content-fixtures';

/* `npm run content:new`: the files it writes fail the check until filled, and pass once filled. */

const tmp = tempRoot('content-scaffold-');
afterAll(tmp.remove);

/** A copy of the valid fixture with a new story scaffolded in it, run from its parent folder. */
function scaffold(name: string, ...args: string[]) {
  const dir = materialise(tmp.root, name);
  const cwd = path.dirname(dir);
  const result = runNewStory(['--id', 'new-story', '--title', 'Une nouvelle histoire : essai', ...args], cwd);
  const file = (locale: string) => path.join(dir, 'articles', 'new-story', `${locale}.md`);
  const load = () => loadContent(dir, { displayRoot: cwd });
  return { dir, cwd, result, file, load };
}

/** What an editor would write in place of each placeholder, by field name. */
const VALUES: Record<'fr' | 'en', Record<string, string>> = {
  fr: {
    standfirst: 'Un chapeau.',
    date: '2025-10-01',
    section: 'economy',
    location: 'Moscou',
    id: 'ada-example',
    role: 'directrice',
    publisher: 'example-press',
    url: 'https://example.org/new',
  },
  en: {
    title: 'A new story: a test',
    slug: 'a-new-story-a-test',
    standfirst: 'A standfirst.',
    date: '2025-10-01',
    section: 'economy',
    location: 'Moscow',
    id: 'ada-example',
    role: 'Director',
    publisher: 'example-press',
    url: 'https://example.org/new',
  },
};
const BODIES = {
  fr: 'Premier paragraphe, où :said[tout va bien]{speaker=ada-example}.',
  en: 'First paragraph, where :said[all is well]{speaker=ada-example}.',
};

/** Replaces every `field: "TODO: …"` line and the body's TODO line, as an editor would. */
function fill(text: string, values: Record<string, string>, body: string): string {
  return text
    .replace(/^(\s*(?:- )?)(\w+): "TODO:[^"]*"$/gm, (_, indent: string, key: string) => {
      const value = values[key];
      if (value === undefined) throw new Error(`no value for the placeholder of ${key}`);
      return `${indent}${key}: ${JSON.stringify(value)}`;
    })
    .replace(/^TODO:.*$/m, body);
}

const PLACEHOLDERS = [
  'standfirst',
  'date',
  'section',
  'location',
  'speakers › item 1 › id',
  'speakers › item 1 › role',
  'source › publisher',
  'source › url',
  'source › date',
];

describe('content:new', () => {
  it('writes both language files, the original with its title and a slug made from it', () => {
    const { result, file, dir } = scaffold('scaffold-writes');
    expect(result).toEqual({
      exitCode: 0,
      stdout:
        'Created content/articles/new-story/fr.md (the original) and content/articles/new-story/en.md.\nReplace every TODO, then run npm run content:check: it lists what is still to fill.\n',
      stderr: '',
    });
    expect(readdirSync(path.join(dir, 'articles', 'new-story')).sort()).toEqual(['en.md', 'fr.md']);
    const fr = readFileSync(file('fr'), 'utf8');
    expect(fr).toContain('\ntitle: "Une nouvelle histoire : essai"\n');
    expect(fr).toContain('\nslug: une-nouvelle-histoire-essai\n');
    expect(fr).toContain('\noriginal: fr\n');
    // Every field, optional ones commented out, each with a comment above it.
    for (const field of [
      'title',
      'standfirst',
      'slug',
      'date',
      '# updated',
      'section',
      'tags',
      '# event',
      '# session',
      'location',
      'original',
      'speakers',
      'organizations',
      'source',
      '  publisher',
      '  # title',
      '  url',
      '  date',
      '  # language',
    ]) {
      expect(fr, field).toMatch(new RegExp(`\\n *# [^\\n]+\\n${field.replace(/[#]/g, '\\#')}:`));
    }
    const en = readFileSync(file('en'), 'utf8');
    expect(en).toContain('\ntitle: "TODO: headline in English"\n');
    expect(en).toContain('# Leave it out for now: once this translation matches fr.md, the check prints the line to add here.');
    // The comments list what this content folder offers.
    expect(en).toContain('section: "TODO: one of economy"');
    expect(en).toContain('Known topics: industry');
  });

  it('leaves placeholders the check reports one by one, with the field and its line', () => {
    const { load } = scaffold('scaffold-unfilled');
    const { problems } = load();
    const fr = problems.filter((p) => p.file === 'content/articles/new-story/fr.md');
    const en = problems.filter((p) => p.file === 'content/articles/new-story/en.md');
    expect(problems).toHaveLength(fr.length + en.length);
    expect(fr.map((p) => p.field)).toEqual([...PLACEHOLDERS, 'body']);
    expect(en.map((p) => p.field)).toEqual(['title', 'standfirst', 'slug', ...PLACEHOLDERS.slice(1), 'body']);
    for (const p of problems) {
      expect(p).toMatchObject({ severity: 'error', message: 'is still a placeholder', line: expect.any(Number) });
    }
    expect(formatProblem(fr[1]!)).toBe(
      'content/articles/new-story/fr.md:11: date: is still a placeholder — replace the TODO text with the real value (publication date, YYYY-MM-DD)',
    );
  });

  it('passes the check once filled; the originalHash the check then asks for clears its last warning', () => {
    const { file, load } = scaffold('scaffold-filled');
    for (const locale of ['fr', 'en'] as const) {
      writeFileSync(file(locale), fill(readFileSync(file(locale), 'utf8'), VALUES[locale], BODIES[locale]));
    }
    const filled = load();
    expect(filled.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(filled.content.stories.get('new-story')?.en?.frontMatter.title).toBe('A new story: a test');
    const [warning, ...others] = filled.problems;
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ file: 'content/articles/new-story/en.md', field: 'originalHash', severity: 'warning' });

    const line = /originalHash: [0-9a-f]{12}$/.exec(warning?.hint ?? '')?.[0];
    expect(line).toBeDefined();
    writeFileSync(file('en'), readFileSync(file('en'), 'utf8').replace('\noriginal: fr\n', `\noriginal: fr\n${line}\n`));
    expect(load().problems.map(formatProblem)).toEqual([]);
  });

  it('makes the given language the original', () => {
    const { file } = scaffold('scaffold-english', '--original', 'en');
    expect(readFileSync(file('en'), 'utf8')).toContain('\ntitle: "Une nouvelle histoire : essai"\n');
    const fr = readFileSync(file('fr'), 'utf8');
    expect(fr).toContain('\ntitle: "TODO: headline in French"\n');
    expect(fr).toContain('\noriginal: en\n');
  });

  it('refuses an existing id, an invalid id, and incomplete arguments, writing nothing', () => {
    const dir = materialise(tmp.root, 'scaffold-refusals');
    const cwd = path.dirname(dir);
    expect(runNewStory(['--id', 'sample-story', '--title', 'X'], cwd)).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'content/articles/sample-story already exists: choose another id, or edit the files in it\n',
    });
    expect(runNewStory(['--id', 'Forum Été 2025', '--title', 'X'], cwd)).toMatchObject({
      exitCode: 1,
      stderr: '"Forum Été 2025" is not a valid story id: use lowercase letters, digits and single hyphens, e.g. forum-ete-2025\n',
    });
    expect(runNewStory(['--id', 'x'], cwd)).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('--title') });
    expect(runNewStory(['--title', 'X'], cwd)).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('--id') });
    expect(runNewStory(['--id', 'x', '--title', 'X', '--original', 'de'], cwd)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('--original must be one of: fr, en'),
    });
    expect(runNewStory(['--id', 'x', '--title', 'X', '--dir', 'nowhere'], cwd)).toMatchObject({
      exitCode: 1,
      stderr: expect.stringContaining('no content folder at nowhere'),
    });
    expect(readdirSync(path.join(dir, 'articles'))).toEqual(['sample-story']);
  });

  it('makes URL-safe slugs from headlines in any of the languages', () => {
    expect(slugify("L'œuvre de Moscou : « robots » à 100 %")).toBe('l-oeuvre-de-moscou-robots-a-100');
    expect(slugify('Robotics, AI and investment: Moscow’s pitch')).toBe('robotics-ai-and-investment-moscow-s-pitch');
    expect(slugify('« ! »')).toBe('');
  });
});
