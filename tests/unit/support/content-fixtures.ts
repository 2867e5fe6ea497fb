import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/*
 * tests/fixtures/content/: `valid/` is a small valid content folder; every other folder is a
 * case whose `overlay/` is laid over a copy of it (an empty file named `<name>.delete` removes
 * `<name>`) and whose `expected.json` lists the problems the loader must report.
 */

export const fixturesRoot = path.resolve('tests/fixtures/content');

/** A fresh temporary folder for one test file; `remove` deletes it. */
export function tempRoot(prefix: string): { root: string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Builds case `name` in `<root>/<name>/content` and returns that folder. Its parent is the
 * display root, so messages name files `content/…` as in the real repository.
 */
export function materialise(root: string, name: string): string {
  const dir = path.join(root, name, 'content');
  cpSync(path.join(fixturesRoot, 'valid'), dir, { recursive: true });
  const overlay = path.join(fixturesRoot, name, 'overlay');
  if (existsSync(overlay)) {
    cpSync(overlay, dir, { recursive: true });
    for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (entry.endsWith('.delete')) {
        rmSync(path.join(dir, entry));
        rmSync(path.join(dir, entry.slice(0, -'.delete'.length)), { recursive: true, force: true });
      }
    }
  }
  return dir;
}
