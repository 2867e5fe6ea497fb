import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/*
 * Results kept from one build to the next, one JSON file per entry, named by a key that says
 * everything the result depends on (a content hash, the code's version): an entry is never
 * stale, only unused. What a run neither read nor wrote is removed at its end (`prune`), so the
 * folder holds what the current content needs. Kept in the build's cache folder
 * (`<dist>/cache/`), which CI can restore between runs.
 */

export interface JsonCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

export interface FileCache<T> extends JsonCache<T> {
  readonly hits: number;
  readonly misses: number;
  /** Removes the entries this run did not use; returns how many. */
  prune(): number;
}

const SAFE_KEY = /^[A-Za-z0-9_-]{8,200}$/;

export function fileCache<T>(dir: string): FileCache<T> {
  const used = new Set<string>();
  let hits = 0;
  let misses = 0;
  const fileOf = (key: string) => {
    if (!SAFE_KEY.test(key)) throw new Error(`cache key "${key}" is not a file name`);
    return path.join(dir, `${key}.json`);
  };
  return {
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
    get(key) {
      const file = fileOf(key);
      used.add(key);
      try {
        const value = JSON.parse(readFileSync(file, 'utf8')) as T;
        hits++;
        return value;
      } catch {
        // Absent, or left half-written by an interrupted run: computed again.
        misses++;
        return undefined;
      }
    },
    set(key, value) {
      const file = fileOf(key);
      used.add(key);
      mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, file);
    },
    prune() {
      if (!existsSync(dir)) return 0;
      let removed = 0;
      for (const name of readdirSync(dir)) {
        if (used.has(name.replace(/\.json$/, ''))) continue;
        rmSync(path.join(dir, name), { force: true });
        removed++;
      }
      return removed;
    },
  };
}
