import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import { ContentValidationError, formatProblems } from '@/lib/content/problems';
import { buildSiteData } from './build';
import { contentFingerprint, readContentCache, writeContentCache } from './cache';
import { createSite, type Site } from './site';
import type { SiteData } from './types';

export { createSite, compareNewestFirst, type Appearance, type Mention, type Site } from './site';
export { buildSiteData } from './build';
export { entityKindBySegment, entityKindList, entityKinds, type EntityKind, type EntityKindDescriptor, type EntityOf } from './entity-kinds';

/** Folder the site reads: `CONTENT_DIR`, else `content/` in the working directory. */
export function contentDir(): string {
  // Read at build time only (every page is static): nothing to trace into the server bundle.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.CONTENT_DIR ?? 'content');
}

/**
 * Where `next build` keeps the site's data for its other processes (see `cache.ts`), or
 * undefined when it must not be used: outside a production build (`next dev` reads the files
 * on every load, so edits show), or when `CONTENT_CACHE=0`.
 */
export function contentCacheFile(dir: string = contentDir()): string | undefined {
  if (process.env.NEXT_PHASE !== 'phase-production-build' || process.env.CONTENT_CACHE === '0') return undefined;
  const root = /* turbopackIgnore: true */ process.cwd();
  // The code that turns files into the site's data: lib/ (Load, Model and the services they
  // use), and the installed packages through the lockfile.
  const code = [path.join(/* turbopackIgnore: true */ root, 'lib'), path.join(/* turbopackIgnore: true */ root, 'package-lock.json')];
  const distDir = path.resolve(/* turbopackIgnore: true */ root, process.env.NEXT_DIST_DIR ?? '.next');
  return path.join(/* turbopackIgnore: true */ distDir, 'cache', 'content', `${contentFingerprint(dir, code)}.bin`);
}

/** The site's data from `dir`; throws with every error listed when content is broken, which fails the build. */
export function loadSiteData(dir: string): SiteData {
  const { content, problems } = loadContent(dir);
  if (problems.some((p) => p.severity === 'error')) throw new ContentValidationError(problems);
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (warnings.length) console.warn(`Content warnings:\n${formatProblems(warnings)}`);
  return buildSiteData(content);
}

const SHARED = Symbol.for('brics-portal.site-by-cache-file');

/**
 * Sites already in this process, by cache file (so by fingerprint). Route bundles each carry
 * their own copy of this module, so one build process would otherwise build (or read) the
 * site once per bundle: the process-wide table hands every copy the same object.
 */
function sharedSites(): Map<string, Site> {
  const existing: unknown = Reflect.get(globalThis, SHARED);
  if (existing instanceof Map) return existing;
  const table = new Map<string, Site>();
  Reflect.set(globalThis, SHARED, table);
  return table;
}

let cached: Site | undefined;

/**
 * The site, built once per process from `contentDir()` (at build time: pages are static), and
 * once per build when the build cache applies.
 */
export function getSite(): Site {
  if (cached) return cached;
  const dir = contentDir();
  const cacheFile = contentCacheFile(dir);
  if (!cacheFile) return (cached = createSite(loadSiteData(dir)));
  const shared = sharedSites();
  const known = shared.get(cacheFile);
  if (known) return (cached = known);
  const stored = readContentCache(cacheFile);
  const data = stored ?? loadSiteData(dir);
  if (!stored) {
    try {
      writeContentCache(cacheFile, data);
    } catch (e) {
      // A read-only or full disk costs the other processes a build of the data each, nothing more.
      console.warn(`Site data cache not written (${(e as Error).message}): each build process builds it itself.`);
    }
  }
  cached = createSite(data);
  shared.set(cacheFile, cached);
  return cached;
}
