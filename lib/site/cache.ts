import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SiteData } from './types';

/*
 * A build-wide cache of the site's data. `next build` builds pages in several processes (the
 * worker collecting page data, then the static generation workers), and each would run the whole
 * pipeline (read, validate, render Markdown, typography): the first process that builds the data
 * from valid content writes it to `<dist>/cache/content/`, the others read it back.
 *
 * The file is named by a fingerprint of everything the result depends on: the content files
 * (path, size, modification time) and the code that reads them (`lib/`, the lockfile, Node's
 * version). Editing, adding, removing or renaming a content file, or changing the loader,
 * names another file, so a stale result is never read. Only valid content is written: broken
 * content is loaded (and reported, failing the build) every time.
 */

/** Bumped when the stored shape changes in a way the fingerprint cannot see. */
const FORMAT = 'site-data-1';

interface Stamp {
  path: string;
  size: number;
  mtimeMs: number;
}

/** Every file under `root` (hidden ones included: the loader reports them), sorted, with size and mtime. */
function stamps(root: string): Stamp[] {
  if (!existsSync(root)) return [];
  const out: Stamp[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else out.push({ path: path.relative(root, full), size: stat.size, mtimeMs: stat.mtimeMs });
    }
  };
  if (statSync(root).isDirectory()) walk(root);
  return out;
}

/**
 * What a cached result depends on, as one hash: the content folder's files and the code under
 * `codeRoots` (folders or files), each by path, size and modification time.
 */
export function contentFingerprint(contentDir: string, codeRoots: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\n${process.version}\n${path.resolve(contentDir)}\n`);
  const add = (label: string, root: string) => {
    const stat = existsSync(root) ? statSync(root) : undefined;
    const files = stat?.isDirectory() ? stamps(root) : stat ? [{ path: '', size: stat.size, mtimeMs: stat.mtimeMs }] : [];
    hash.update(`${label} ${root} ${files.length}\n`);
    for (const f of files) hash.update(`${f.path}\0${f.size}\0${f.mtimeMs}\n`);
  };
  add('content', contentDir);
  for (const root of codeRoots) add('code', root);
  return hash.digest('hex').slice(0, 32);
}

/** The cached data of `file`, or undefined when there is none (or it cannot be read). */
export function readContentCache(file: string): SiteData | undefined {
  if (!existsSync(file)) return undefined;
  try {
    // Structured clone format: Maps, shared objects and undefined fields come back as they were.
    const value: unknown = deserialize(readFileSync(file));
    return isSiteData(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stores the data as `file`, atomically (another build process may read or write it at the same
 * time), and removes the other results in the folder: they belong to older content or code.
 */
export function writeContentCache(file: string, data: SiteData): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, serialize(data));
  renameSync(tmp, file);
  for (const name of readdirSync(dir)) {
    const other = path.join(dir, name);
    if (other !== file && !name.endsWith('.tmp')) rmSync(other, { force: true });
  }
}

function isSiteData(value: unknown): value is SiteData {
  if (typeof value !== 'object' || value === null) return false;
  return (['people', 'organizations', 'events', 'topics', 'sections', 'stories'] as const).every(
    (key) => Reflect.get(value, key) instanceof Map,
  );
}
