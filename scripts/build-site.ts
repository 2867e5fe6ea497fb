/*
 * `npm run site:build` (the first step of `npm run build`): content → the site's store
 * (lib/site/store.ts) in `<dist>/cache/site/store`, with its search index, for `next build` and the server
 * to read. Broken content stops it with every problem as `path:line: field: what is wrong — how
 * to fix`, as `npm run content:check` prints them; nothing is written then.
 *
 * It costs what changed, not what exists: a story file read before (same bytes, same loader) is
 * not parsed again, and a version rendered before (same file, same renderer, same names to link)
 * is not rendered again. Both caches live in `<dist>/cache/site/` (CI may restore it); each key
 * holds a hash of the code it depends on, so a changed loader or renderer recomputes everything.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileCache } from '@/lib/content/json-cache';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import type { ParsedFile } from '@/lib/content/stages/stories';
import { buildDocuments } from '@/lib/search/documents';
import { updateSearchIndex } from '@/lib/search/index';
import { buildSite, contentDir, storeDir, type BuiltSite } from '@/lib/site';
import type { RenderedVersion } from '@/lib/site/build';
import { SEARCH_FILE, SEARCH_TEXTS_FILE, writeStore } from '@/lib/site/store';
import { readArguments, runAsProgram, usageError, type CommandResult } from './cli';
import { ROOT } from './process';

/** The code a stage's results depend on: hashed by content, so a fresh checkout of the same code keeps its cache. */
const LOADER_CODE = ['lib/content', 'lib/markdown', 'lib/i18n', 'package-lock.json'];
const SEARCH_CODE = ['lib/search', 'lib/text', 'package-lock.json'];
const RENDERER_CODE = [
  'lib/site/build.ts',
  'lib/site/entity-kinds.ts',
  'lib/site/types.ts',
  'lib/markdown',
  'lib/typography',
  'lib/text',
  'lib/mentions.ts',
  'lib/i18n',
  'package-lock.json',
];

/** SHA-256 over the files under `roots` (paths and bytes), relative to the repository. */
export function codeVersion(roots: readonly string[], root = ROOT): string {
  const hash = createHash('sha256');
  const add = (file: string) => {
    hash.update(`${path.relative(root, file)}\0`);
    hash.update(readFileSync(file));
  };
  const walk = (at: string) => {
    if (statSync(at).isDirectory()) for (const name of readdirSync(at).sort()) walk(path.join(at, name));
    else add(at);
  };
  for (const r of roots) walk(path.join(root, r));
  return hash.digest('base64url').slice(0, 16);
}

export interface SiteBuildResult {
  built?: BuiltSite;
  /** Errors and warnings, as `content:check` prints them. */
  problems: string[];
  stats: {
    versions: number;
    parsed: number;
    parsedFromCache: number;
    rendered: number;
    renderedFromCache: number;
    storiesWritten: number;
    storiesKept: number;
    /** Search documents, and how many were kept as the last store's index held them. */
    searchDocuments: number;
    searchReused: number;
    /** Milliseconds: Load, the Model, the search index, writing the store; and in all. */
    loadMs: number;
    modelMs: number;
    searchMs: number;
    storeMs: number;
    ms: number;
  };
}

/**
 * Builds the store of `dir` into `store`, with the caches under `cacheDir`; `code` names the
 * loader's and the renderer's versions (by default, hashes of their sources).
 */
export function buildSiteStore(
  dir: string,
  store: string,
  cacheDir: string,
  code: { loader?: string; renderer?: string; search?: string } = {},
): SiteBuildResult {
  const started = performance.now();
  let mark = started;
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - mark);
    mark = now;
    return ms;
  };
  const loader = code.loader ?? codeVersion(LOADER_CODE);
  const renderer = code.renderer ?? codeVersion(RENDERER_CODE);
  const searchCode = code.search ?? codeVersion(SEARCH_CODE);
  const loadCache = fileCache<ParsedFile>(path.join(cacheDir, 'load'));
  const renderCache = fileCache<RenderedVersion>(path.join(cacheDir, 'render'));
  const prefixed = <T>(cache: typeof loadCache | typeof renderCache, prefix: string) => ({
    get: (key: string) => cache.get(`${prefix}-${key}`) as T | undefined,
    set: (key: string, value: T) => (cache.set as (k: string, v: T) => void)(`${prefix}-${key}`, value),
  });
  const { content, problems } = loadContent(dir, { cache: prefixed<ParsedFile>(loadCache, loader) });
  const lines = problems.map((p) => `${p.severity}: ${formatProblem(p)}`);
  const stats = {
    versions: 0,
    parsed: loadCache.misses,
    parsedFromCache: loadCache.hits,
    rendered: 0,
    renderedFromCache: 0,
    storiesWritten: 0,
    storiesKept: 0,
    searchDocuments: 0,
    searchReused: 0,
    loadMs: lap(),
    modelMs: 0,
    searchMs: 0,
    storeMs: 0,
    ms: 0,
  };
  if (problems.some((p) => p.severity === 'error')) return { problems: lines, stats: { ...stats, ms: Math.round(performance.now() - started) } };
  const built = buildSite(content, { cache: prefixed<RenderedVersion>(renderCache, renderer), renderer });
  stats.modelMs = lap();
  const index = updateSearchIndex(
    buildDocuments(built.data, (storyId) => built.bodies.get(storyId) ?? {}),
    previousSearch(store, searchCode),
  );
  const search = index.serializeApart();
  stats.searchDocuments = index.documentCount;
  stats.searchReused = index.reused;
  stats.searchMs = lap();
  const stored = writeStore(store, built, { [SEARCH_FILE]: search.index, [SEARCH_TEXTS_FILE]: search.texts, [SEARCH_CODE_FILE]: searchCode });
  stats.storeMs = lap();
  stats.storiesWritten = stored.written;
  stats.storiesKept = stored.kept;
  loadCache.prune();
  renderCache.prune();
  stats.versions = built.rendered.rendered + built.rendered.cached;
  stats.rendered = built.rendered.rendered;
  stats.renderedFromCache = built.rendered.cached;
  stats.ms = Math.round(performance.now() - started);
  return { built, problems: lines, stats };
}

/** The search index's version of the code that wrote it: what the next store's index starts from. */
const SEARCH_CODE_FILE = 'search.code';

/** The last store's search index, if the same search code wrote it, with a reader of its texts. */
function previousSearch(store: string, searchCode: string) {
  try {
    if (readFileSync(path.join(store, SEARCH_CODE_FILE), 'utf8') !== searchCode) return undefined;
    const serialized = readFileSync(path.join(store, SEARCH_FILE), 'utf8');
    const texts = readFileSync(path.join(store, SEARCH_TEXTS_FILE));
    return { serialized, readTexts: (offset: number, length: number) => texts.subarray(offset, offset + length) };
  } catch {
    // No store yet, or an incomplete one: the index is built whole.
    return undefined;
  }
}

const USAGE = 'usage: npm run site:build [-- --json]';

/**
 * Builds the store of `CONTENT_DIR` (or content/) for the build in `NEXT_DIST_DIR` (or .next).
 * `--json` prints the figures as one JSON object instead of a sentence (for the bench).
 */
export function runSiteBuild(argv: readonly string[]): CommandResult {
  const args = readArguments(argv, { json: { type: 'boolean' } });
  if (typeof args === 'string') return usageError(args, USAGE);
  const dist = path.resolve(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next');
  const dir = contentDir();
  const result = buildSiteStore(dir, storeDir(), path.join(dist, 'cache', 'site'));
  const problems = result.problems.map((line) => `${line}\n`).join('');
  const { stats } = result;
  const shown = path.relative(process.cwd(), dir) || dir;
  if (!result.built) {
    return {
      exitCode: 1,
      stdout: '',
      stderr: `${problems}\nThe site was not built: content errors in ${shown} (npm run content:check lists them the same way).\n`,
    };
  }
  const stdout = args.json
    ? `${JSON.stringify(stats)}\n`
    : `Site: ${stats.versions} story versions from ${shown} ` +
      `(${stats.parsedFromCache} files unchanged, ${stats.parsed} read; ${stats.renderedFromCache} versions from the render cache, ${stats.rendered} rendered) ` +
      `in ${stats.ms} ms → ${path.relative(process.cwd(), storeDir())}\n`;
  return { exitCode: 0, stdout, stderr: problems };
}

runAsProgram(import.meta.url, runSiteBuild);
