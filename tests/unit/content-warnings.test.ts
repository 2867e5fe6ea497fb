import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { originalHash } from '@/lib/content/original-hash';
import { formatProblem } from '@/lib/content/problems';
import { materialise, tempRoot } from './support/content-fixtures';

/*
 * Warnings that compare files: a translation against its original (parity, staleness) and
 * entities against the stories that use them. Each fires on a change and clears when the
 * change is carried over.
 */

const tmp = tempRoot('content-warnings-');
afterAll(tmp.remove);

const FRONT = (locale: 'fr' | 'en', extra = '') => `---
title: "${locale === 'fr' ? 'Un titre' : 'A title'}"
standfirst: ${locale === 'fr' ? 'Un chapeau.' : 'A standfirst.'}
slug: ${locale === 'fr' ? 'un-titre' : 'a-title'}
date: 2025-09-19
section: economy
event: example-forum
location: ${locale === 'fr' ? 'Moscou' : 'Moscow'}
original: fr
${extra}speakers:
  - id: ada-example
    role: ${locale === 'fr' ? 'directrice' : 'director'}
  - id: bo-other
    role: ${locale === 'fr' ? 'témoin' : 'witness'}
organizations: [example-works]
source: { publisher: example-press, url: "https://example.org/s", date: 2025-09-19 }
---
`;

const FR_BODY = `Premier paragraphe, où :said[tout va bien]{speaker=ada-example}.

## Un intertitre

:::quote{speaker=bo-other}
Une citation.
:::

Dernier paragraphe : :quote[fin]{speaker=ada-example}.
`;

const EN_BODY = `First paragraph, where :said[all is well]{speaker=ada-example}.

## A subheading

:::quote{speaker=bo-other}
A quotation.
:::

Last paragraph: :quote[the end]{speaker=ada-example}.
`;

const BO = 'name: { fr: Bo Autre, en: Bo Other }\nrole: { fr: témoin, en: witness }\n';

let dir = '';
let run = 0;
/** The English version as each test starts with it. */
let upToDate = '';
const file = (name: string) => path.join(dir, name);
const story = (locale: 'fr' | 'en') => file(`articles/sample-story/${locale}.md`);
const write = (name: string, text: string) => writeFileSync(file(name), text);
const edit = (name: string, from: string | RegExp, to: string) => {
  const before = readFileSync(file(name), 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`"${String(from)}" is not in ${name}`);
  write(name, after);
};
const warnings = () => {
  const { problems } = loadContent(dir, { displayRoot: path.dirname(dir) });
  expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  return problems.map(formatProblem);
};
/** The code the check asks the English version to record. */
const hashOfFr = () => {
  const hint = loadContent(dir).problems.find((p) => p.field === 'originalHash')?.hint;
  return { code: /originalHash: ([0-9a-f]{12})$/.exec(hint ?? '')?.[1] };
};

/** A two-speaker story with a heading and a block quote, whose English version is up to date. */
beforeEach(() => {
  dir = materialise(tmp.root, `case-${++run}`);
  write('people/bo-other.yaml', BO);
  writeFileSync(story('fr'), FRONT('fr') + FR_BODY);
  writeFileSync(story('en'), FRONT('en') + EN_BODY);
  const { code } = hashOfFr();
  upToDate = FRONT('en', `originalHash: ${code}\n`) + EN_BODY;
  writeFileSync(story('en'), upToDate);
});

describe('translation parity', () => {
  it('starts clean', () => {
    expect(warnings()).toEqual([]);
  });

  it('warns when the translation lists other speakers, or the same in another order, and clears when they match', () => {
    edit(
      'articles/sample-story/en.md',
      /  - id: ada-example\n    role: director\n(  - id: bo-other\n    role: witness\n)/,
      '$1  - id: ada-example\n    role: director\n',
    );
    expect(warnings()).toEqual([
      'content/articles/sample-story/en.md:11: speakers: lists the same speakers as fr.md in another order (fr: ada-example, bo-other; en: bo-other, ada-example) — use the order of fr.md, so both versions show them alike',
    ]);
    edit('articles/sample-story/en.md', /  - id: ada-example\n    role: director\n/, '');
    edit('articles/sample-story/en.md', ':said[all is well]{speaker=ada-example}', 'all is well');
    edit('articles/sample-story/en.md', ':quote[the end]{speaker=ada-example}', 'the end');
    expect(warnings()).toEqual([
      'content/articles/sample-story/en.md:11: speakers: speakers differ from fr.md (the original): missing ada-example — list the same speakers as fr.md: ids stay the same in every language, only roles are translated',
      'content/articles/sample-story/en.md:21: body: fr (the original) has 3 quotes, en has 1 — tie the same statements to the same speakers, in the same order, as fr.md; the first difference is quote 1, line 21 (line 18 in fr.md)',
    ]);
    writeFileSync(story('en'), upToDate);
    expect(warnings()).toEqual([]);
  });

  it('warns when a quote is tied to someone else or is of another kind, naming the quote', () => {
    edit('articles/sample-story/en.md', ':quote[the end]{speaker=ada-example}', ':said[the end]{speaker=ada-example}');
    expect(warnings()).toEqual([
      'content/articles/sample-story/en.md:27: body: quote 3 is the :said of ada-example here but the :quote of ada-example in fr.md — tie the same statements to the same speakers, in the same order, as fr.md; the first difference is quote 3, line 27 (line 26 in fr.md)',
    ]);
  });

  it('counts paragraphs, headings and block quotes, and points at the first one that does not match', () => {
    edit('articles/sample-story/en.md', '## A subheading\n\n', '');
    expect(warnings()).toEqual([
      'content/articles/sample-story/en.md:21: body: fr (the original) has 4 paragraphs, en has 3 (headings and block quotes count as paragraphs) — translate paragraph by paragraph, with headings and quotes where fr.md has them; the first that does not match is at line 21 (line 20 in fr.md)',
    ]);
    edit('articles/sample-story/en.md', ':::quote', 'A subheading\n\n:::quote');
    expect(warnings()).toEqual([
      'content/articles/sample-story/en.md:21: body: paragraph 2 is a paragraph here but a heading in fr.md — translate paragraph by paragraph, with headings and quotes where fr.md has them; the first that does not match is at line 21 (line 20 in fr.md)',
    ]);
    edit('articles/sample-story/en.md', 'A subheading\n', '## A subheading\n');
    expect(warnings()).toEqual([]);
  });

  it('finds a missing paragraph by whose words it holds, even among paragraphs of the same kind', () => {
    edit('articles/sample-story/fr.md', 'Dernier paragraphe', 'Un paragraphe de plus.\n\nDernier paragraphe');
    const [staleness, paragraphs] = warnings();
    expect(staleness).toContain('originalHash: fr.md has changed since this translation was checked against it');
    expect(paragraphs).toBe(
      'content/articles/sample-story/en.md:27: body: fr (the original) has 5 paragraphs, en has 4 (headings and block quotes count as paragraphs) — translate paragraph by paragraph, with headings and quotes where fr.md has them; the first that does not match is at line 27 (line 26 in fr.md)',
    );
  });

  it('warns about organizations that differ', () => {
    edit('articles/sample-story/en.md', 'organizations: [example-works]', 'organizations: []');
    expect(warnings()).toEqual([
      'content/articles/sample-story/en.md:16: organizations: organizations differ from fr.md (the original): missing example-works — list the same organizations as fr.md: ids stay the same in every language',
    ]);
  });
});

describe('translation staleness (originalHash)', () => {
  it('fires when the original is reworded, giving the code to paste, and clears once it is pasted', () => {
    edit('articles/sample-story/fr.md', 'Une citation.', 'Une citation, précisée.');
    const [warning, ...rest] = warnings();
    expect(rest).toEqual([]);
    const code = /set originalHash: ([0-9a-f]{12})$/.exec(warning ?? '')?.[1];
    expect(warning).toMatch(
      /^content\/articles\/sample-story\/en\.md:10: originalHash: fr\.md has changed since this translation was checked against it — bring it up to date with fr\.md \(its history shows what changed\), then set originalHash: [0-9a-f]{12}$/,
    );
    edit('articles/sample-story/en.md', /originalHash: \w+/, `originalHash: ${code}`);
    expect(warnings()).toEqual([]);
  });

  it('fires when the translated front matter of the original changes (title, a role)', () => {
    edit('articles/sample-story/fr.md', 'title: "Un titre"', 'title: "Un autre titre"');
    expect(warnings()).toHaveLength(1);
    write('articles/sample-story/fr.md', FRONT('fr').replace('role: directrice', 'role: présidente') + FR_BODY);
    expect(warnings()).toEqual([expect.stringContaining('originalHash: fr.md has changed')]);
  });

  it('ignores what a translator has nothing to carry over: YAML style, comments, ids, the source, line wrapping, blank lines', () => {
    const fr = readFileSync(story('fr'), 'utf8')
      .replace('title: "Un titre"', "# A comment\ntitle: 'Un titre'")
      .replace(
        'source: { publisher: example-press, url: "https://example.org/s", date: 2025-09-19 }',
        'source:\n  publisher: example-press\n  url: https://example.org/other\n  date: 2025-09-20',
      )
      .replace('date: 2025-09-19\n', 'date: 2025-09-21\n')
      .replace('Premier paragraphe, où', 'Premier   paragraphe,\noù')
      .replace('\n\n## Un intertitre\n\n', '\n\n\n\n## Un intertitre  \n\n')
      .replace(/\n/g, '\r\n');
    writeFileSync(story('fr'), fr);
    expect(warnings()).toEqual([]);
  });

  it('hashes the text as documented: 12 hex digits, changed by any word', () => {
    const fm = { title: 'T', standfirst: 'S', location: 'L', speakers: [{ id: 'a', role: 'r' }] };
    const code = originalHash(fm, 'One.\n\nTwo.');
    expect(code).toMatch(/^[0-9a-f]{12}$/);
    expect(originalHash(fm, 'One.\n\n\nTwo.\n')).toBe(code);
    expect(originalHash(fm, 'One.\nTwo.')).not.toBe(code); // one paragraph instead of two
    expect(originalHash(fm, 'One!\n\nTwo.')).not.toBe(code);
    expect(originalHash({ ...fm, session: 'Panel' }, 'One.\n\nTwo.')).not.toBe(code);
    expect(originalHash({ ...fm, speakers: [{ id: 'a', role: 'r2' }] }, 'One.\n\nTwo.')).not.toBe(code);
  });
});

describe('entities no story uses', () => {
  it('counts an organization as used through a story, a used person, or a used event', () => {
    // example-works is listed by the story, by ada-example and by the event: drop them one by one.
    for (const locale of ['fr', 'en'] as const) edit(`articles/sample-story/${locale}.md`, 'organizations: [example-works]', 'organizations: []');
    expect(warnings()).toEqual([]);
    edit('people/ada-example.yaml', 'organizations: [example-works]', 'organizations: []');
    expect(warnings()).toEqual([]);
    // An organization associated with a used event is used as well as one that organised it.
    edit('events/example-forum.yaml', 'organizers: [example-works]', 'associatedOrganizations: [example-works]');
    expect(warnings()).toEqual([]);
    edit('events/example-forum.yaml', 'associatedOrganizations: [example-works]', 'associatedOrganizations: []');
    expect(warnings()).toEqual([expect.stringMatching(/^content\/organizations\/example-works\.yaml:1: \(unused\): no story mentions Example Works/)]);
  });

  it('warns on the entity file at the line of its name, and clears once a story uses it', () => {
    // No story names the event, so it is unused, and so is the organization only it lists.
    edit('people/ada-example.yaml', 'organizations: [example-works]', 'organizations: []');
    for (const locale of ['fr', 'en'] as const) {
      edit(`articles/sample-story/${locale}.md`, 'organizations: [example-works]', 'organizations: []');
      edit(`articles/sample-story/${locale}.md`, 'event: example-forum\n', '');
    }
    expect(warnings()).toEqual([
      'content/organizations/example-works.yaml:1: (unused): no story mentions Example Works (example-works) — list example-works in the organizations of a story (or of a person or event a story uses), or delete this file if no story needs it',
      "content/events/example-forum.yaml:1: (unused): no story mentions Forum d'exemple (example-forum) — write event: example-forum in the stories reported from it, or delete this file if no story needs it",
    ]);
    for (const locale of ['fr', 'en'] as const) edit(`articles/sample-story/${locale}.md`, 'section: economy\n', 'section: economy\nevent: example-forum\n');
    expect(warnings()).toEqual([]);
  });

  it('is not reported while a story cannot be read, since what it uses is unknown', () => {
    write('people/cy-unused.yaml', 'name: { fr: Cy, en: Cy }\nrole: { fr: r, en: r }\n');
    expect(warnings()).toEqual([expect.stringContaining('content/people/cy-unused.yaml:1: (unused)')]);
    edit('articles/sample-story/fr.md', 'date: 2025-09-19\n', 'date: someday\n');
    const { problems } = loadContent(dir, { displayRoot: path.dirname(dir) });
    expect(problems.map((p) => [p.field, p.severity])).toEqual([['date', 'error']]);
  });
});
