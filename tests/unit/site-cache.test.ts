import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync, appendFileSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentFingerprint, readContentCache, writeContentCache } from '@/lib/site/cache';
import { buildSiteData } from '@/lib/site/build';
import { loadContent } from '@/lib/content/load';

/*
 * The build-wide cache of the site's data (lib/site/cache.ts): a result is only ever read back for
 * exactly the files (and code) it was made from, and it comes back identical.
 */

const FIXTURE = path.resolve('tests/fixtures/site');
let tmp: string;
let dir: string;
let code: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'content-cache-'));
  dir = path.join(tmp, 'content');
  code = path.join(tmp, 'lib');
  cpSync(FIXTURE, dir, { recursive: true });
  cpSync(path.resolve('lib/content'), code, { recursive: true });
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
  Reflect.deleteProperty(globalThis, Symbol.for('brics-portal.site-by-cache-file'));
  vi.unstubAllEnvs();
  vi.resetModules();
});

const fingerprint = () => contentFingerprint(dir, [code]);
const storyFile = () => {
  const story = readdirSync(path.join(dir, 'articles'))[0] ?? '';
  return path.join(dir, 'articles', story, 'fr.md');
};

describe('content cache fingerprint', () => {
  it('is the same for the same files', () => {
    expect(fingerprint()).toBe(fingerprint());
  });

  it('changes when a content file is edited, even keeping its size', () => {
    const before = fingerprint();
    // Same size, later modification time: what an editor saving a one-letter fix does.
    const later = new Date(Date.now() + 5_000);
    utimesSync(storyFile(), later, later);
    expect(fingerprint()).not.toBe(before);
  });

  it('changes when a content file grows, is added, removed or renamed', () => {
    const seen = new Set([fingerprint()]);
    appendFileSync(storyFile(), '\nOne more sentence.\n');
    seen.add(fingerprint());
    writeFileSync(path.join(dir, 'people', 'new-person.yaml'), 'name: { fr: A, en: A }\n');
    seen.add(fingerprint());
    renameSync(path.join(dir, 'people', 'new-person.yaml'), path.join(dir, 'people', 'other-person.yaml'));
    seen.add(fingerprint());
    rmSync(path.join(dir, 'people', 'other-person.yaml'));
    // Back to the previous files, but with the story grown: not the first fingerprint either.
    seen.add(fingerprint());
    expect(seen.size).toBe(4);
  });

  it('changes when the code that loads content changes', () => {
    const before = fingerprint();
    appendFileSync(path.join(code, 'load.ts'), '\n// a change\n');
    expect(fingerprint()).not.toBe(before);
  });
});

describe('content cache file', () => {
  it("gives back exactly the site's data stored", () => {
    const { content: loaded, problems } = loadContent(dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const content = buildSiteData(loaded);
    const file = path.join(tmp, 'cache', `${fingerprint()}.bin`);
    writeContentCache(file, content);
    const back = readContentCache(file);
    expect(back).toEqual(content);
    // Maps stay Maps, articles keep fields that are undefined.
    expect(back?.stories).toBeInstanceOf(Map);
  });

  it('keeps only the newest result and ignores a missing or damaged file', () => {
    const content = buildSiteData(loadContent(dir).content);
    const cacheDir = path.join(tmp, 'cache');
    writeContentCache(path.join(cacheDir, 'old.bin'), content);
    writeContentCache(path.join(cacheDir, 'new.bin'), content);
    expect(readdirSync(cacheDir)).toEqual(['new.bin']);
    expect(readContentCache(path.join(cacheDir, 'old.bin'))).toBeUndefined();
    writeFileSync(path.join(cacheDir, 'new.bin'), 'not a cache');
    expect(readContentCache(path.join(cacheDir, 'new.bin'))).toBeUndefined();
  });
});

describe('getSite and the cache', () => {
  it('is only used by a production build: `next dev` and tests read the files', async () => {
    vi.stubEnv('CONTENT_DIR', dir);
    vi.stubEnv('NEXT_DIST_DIR', path.join(tmp, 'dist'));
    vi.stubEnv('NEXT_PHASE', 'phase-development-server');
    const { contentCacheFile } = await import('@/lib/site');
    expect(contentCacheFile()).toBeUndefined();
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    expect(contentCacheFile()).toMatch(/cache\/content\/[0-9a-f]{32}\.bin$/);
    vi.stubEnv('CONTENT_CACHE', '0');
    expect(contentCacheFile()).toBeUndefined();
  });

  it('writes valid content once in a build, then serves it to the next process; an edit loads again', async () => {
    vi.stubEnv('CONTENT_DIR', dir);
    vi.stubEnv('NEXT_DIST_DIR', path.join(tmp, 'dist'));
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    const first = await import('@/lib/site');
    const file = first.contentCacheFile();
    const loaded = first.getSite();
    expect(file && existsSync(file)).toBe(true);

    // Another copy of the module in the same process (each route bundle has one): the same object.
    vi.resetModules();
    const sameProcess = await import('@/lib/site');
    expect(sameProcess.getSite()).toBe(loaded);

    // Another process of the same build: a fresh module reads the file, not the content folder.
    Reflect.deleteProperty(globalThis, Symbol.for('brics-portal.site-by-cache-file'));
    vi.resetModules();
    const second = await import('@/lib/site');
    const read = second.getSite();
    expect(read).not.toBe(loaded);
    expect(read.data).toEqual(loaded.data);

    // An edited story names another cache file: it is loaded from the files again.
    appendFileSync(storyFile(), '\nUne phrase de plus.\n');
    vi.resetModules();
    const third = await import('@/lib/site');
    expect(third.contentCacheFile()).not.toBe(file);
    const edited = third.getSite();
    const html = [...edited.data.stories.values()].flatMap((v) => Object.values(v)).map((a) => a.html).join('\n');
    expect(html).toContain('Une phrase de plus.');
  });

  it('never caches broken content: the build fails with the file, line and field every time', async () => {
    vi.stubEnv('CONTENT_DIR', dir);
    vi.stubEnv('NEXT_DIST_DIR', path.join(tmp, 'dist'));
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    writeFileSync(storyFile(), '---\ntitle: x\n---\nBody.\n');
    for (let i = 0; i < 2; i++) {
      vi.resetModules();
      const repo = await import('@/lib/site');
      expect(() => repo.getSite()).toThrow(/fr\.md:\d+: /);
    }
    expect(existsSync(path.join(tmp, 'dist', 'cache', 'content'))).toBe(false);
  });
});
