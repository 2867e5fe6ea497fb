import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import type { ContentProblem } from '@/lib/content/problems';
import { fixturesRoot, materialise, tempRoot } from './support/content-fixtures';

/*
 * CONTRIBUTING.md's "Every message, and how to fix it" against the check itself, both ways: every
 * problem the check reports over the broken-content fixtures (tests/fixtures/content/, one case
 * per kind of mistake) is a line of the guide's table for its severity, and every line of the
 * table is a message the check reports for one of them. So the guide cannot drift from the code:
 * a new or reworded message fails here until the guide says it, and a message the code no longer
 * prints fails until the guide drops it.
 *
 * A line of the table is `field: message`, with `…` for what differs from case to case, `<field>`
 * for any field, and any number standing for any number.
 */

const tmp = tempRoot('guide-messages-');
afterAll(tmp.remove);

type Severity = ContentProblem['severity'];

interface Line {
  /** As the guide writes it. */
  text: string;
  pattern: RegExp;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function pattern(text: string): RegExp {
  const source = escapeRegExp(text)
    .replace(/<field>/g, '.+?')
    .replace(/…/g, '.+?')
    .replace(/\d+/g, '\\d+');
  return new RegExp(`^${source}$`, 's');
}

/** The lines of the guide's table under `### Errors` or `### Warnings`. */
function guideLines(severity: Severity): Line[] {
  const guide = readFileSync('CONTRIBUTING.md', 'utf8');
  const section = guide.slice(guide.indexOf('## Every message, and how to fix it'));
  const heading = severity === 'error' ? '### Errors' : '### Warnings';
  const start = section.indexOf(heading);
  const end = section.indexOf('\n## ', start);
  const next = section.indexOf('\n### ', start + heading.length);
  const table = section.slice(start, next > 0 && next < end ? next : end);
  const rows = table.split('\n').filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) => {
    const first = row.split(/(?<!\\)\|/)[1] ?? '';
    return [...first.matchAll(/`([^`]+)`/g)].map((m) => ({ text: m[1]!, pattern: pattern(m[1]!) }));
  });
}

/** Every problem the check reports over the fixtures, as `field: message`, with the case it came from. */
function reported(): { severity: Severity; text: string; fixture: string }[] {
  return readdirSync(fixturesRoot)
    .sort()
    .flatMap((name) => {
      const dir = materialise(tmp.root, name);
      return loadContent(dir, { displayRoot: path.dirname(dir) }).problems.map((p) => ({
        severity: p.severity,
        text: `${p.field}: ${p.message}`,
        fixture: name,
      }));
    });
}

const problems = reported();

describe.each(['error', 'warning'] as const)("the guide's %s messages", (severity) => {
  const lines = guideLines(severity);
  const mine = problems.filter((p) => p.severity === severity);

  it('are a table the test can read', () => {
    expect(lines.length).toBeGreaterThan(severity === 'error' ? 40 : 10);
    expect(mine.length).toBeGreaterThan(0);
  });

  it('include every message the check reports', () => {
    const missing = mine.filter((p) => !lines.some((line) => line.pattern.test(p.text)));
    expect(missing.map((p) => `${p.text}   (fixture ${p.fixture})`)).toEqual([]);
  });

  it('are each a message the check reports', () => {
    const unheard = lines.filter((line) => !mine.some((p) => line.pattern.test(p.text)));
    expect(unheard.map((line) => line.text)).toEqual([]);
  });
});
