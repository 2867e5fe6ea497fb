import path from 'node:path';
import { contentFingerprint, readContentCache, writeContentCache } from './cache';
import { loadContent } from './load';
import { ContentValidationError, formatProblems } from './problems';
import type { ContentSet } from './types';

let cached: ContentSet | undefined;

/** Folder the site reads: `CONTENT_DIR`, else `content/` in the working directory. */
export function contentDir(): string {
  // Read at build time only (every page is static): nothing to trace into the server bundle.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.CONTENT_DIR ?? 'content');
}

/**
 * Where `next build` keeps the loaded content for its other processes (see `cache.ts`), or
 * undefined when it must not be used: outside a production build (`next dev` reads the files
 * on every load, so edits show), or when `CONTENT_CACHE=0`.
 */
export function contentCacheFile(dir: string = contentDir()): string | undefined {
  if (process.env.NEXT_PHASE !== 'phase-production-build' || process.env.CONTENT_CACHE === '0') return undefined;
  const root = /* turbopackIgnore: true */ process.cwd();
  // The code that turns files into content: all of lib/ (loader, Markdown, typography, mentions,
  // paths), and the installed packages through the lockfile.
  const code = [path.join(/* turbopackIgnore: true */ root, 'lib'), path.join(/* turbopackIgnore: true */ root, 'package-lock.json')];
  // Build-time paths only: nothing for the bundler to trace into the server output.
  const distDir = path.resolve(/* turbopackIgnore: true */ root, process.env.NEXT_DIST_DIR ?? '.next');
  return path.join(/* turbopackIgnore: true */ distDir, 'cache', 'content', `${contentFingerprint(dir, code)}.bin`);
}

const SHARED = Symbol.for('brics-portal.content-by-cache-file');

/** Content already in this process, by cache file (so by fingerprint): only used during a build. */
function sharedContent(): Map<string, ContentSet> {
  const existing: unknown = Reflect.get(globalThis, SHARED);
  if (existing instanceof Map) return existing;
  const table = new Map<string, ContentSet>();
  Reflect.set(globalThis, SHARED, table);
  return table;
}

/**
 * All content, read and validated once per process (at build time: pages are static), and once
 * per build when the build cache applies. Throws with every error listed when content is
 * broken, which fails the build.
 */
export function getContent(): ContentSet {
  if (cached) return cached;
  const dir = contentDir();
  const cacheFile = contentCacheFile(dir);
  // Route bundles each carry their own copy of this module, so one build process would load
  // (or read) content once per bundle: the process-wide table hands every copy the same object.
  const shared = cacheFile ? sharedContent() : undefined;
  const stored = cacheFile ? (shared?.get(cacheFile) ?? readContentCache(cacheFile)) : undefined;
  if (stored) {
    if (cacheFile) shared?.set(cacheFile, stored);
    cached = stored;
    return stored;
  }
  const { content, problems } = loadContent(dir);
  if (problems.some((p) => p.severity === 'error')) throw new ContentValidationError(problems);
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (warnings.length) console.warn(`Content warnings:\n${formatProblems(warnings)}`);
  if (cacheFile) {
    shared?.set(cacheFile, content);
    try {
      writeContentCache(cacheFile, content);
    } catch (e) {
      // A read-only or full disk costs the other processes a load each, nothing more.
      console.warn(`Content cache not written (${(e as Error).message}): each build process loads the content itself.`);
    }
  }
  cached = content;
  return content;
}
