import { openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import { ContentValidationError, formatProblems } from '@/lib/content/problems';
import type { Content } from '@/lib/content/types';
import { buildDocuments } from '@/lib/search/documents';
import { createSearchIndex, loadSearchIndex, type SearchIndex } from '@/lib/search/index';
import { buildSite, type BuiltSite } from './build';
import { createSite, type Site } from './site';
import { readStore, SEARCH_FILE, SEARCH_TEXTS_FILE, STORE_PATH } from './store';

export { createSite, compareNewestFirst, type Appearance, type Mention, type Site } from './site';
export { buildSite, type BuiltSite } from './build';
export {
  entityKindBySegment,
  entityKindList,
  entityKinds,
  entityRedirects,
  prerenderedEntities,
  resolveEntity,
  type EntityKind,
  type EntityKindDescriptor,
  type EntityOf,
  type EntityPage,
  type EntityTarget,
  type Redirect,
} from './entity-kinds';

/** Folder the site is built from: `CONTENT_DIR`, else `content/` in the working directory. */
export function contentDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.CONTENT_DIR ?? 'content');
}

/**
 * Where a build keeps the site (lib/site/store.ts): `<dist>/cache/site/store`, in the one folder
 * `next build` does not empty. The dist folder is NEXT_DIST_DIR while building, and SITE_DIST_DIR
 * in the server's code (next.config.ts writes it there): a standalone server finds the store at
 * the same place in its own folder (the build's last step copies it there).
 */
export function storeDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.SITE_DIST_DIR ?? process.env.NEXT_DIST_DIR ?? '.next', STORE_PATH);
}

/** Loaded content, or every error at once, which fails the build with each file, line and field. */
export function loadValidContent(dir: string): Content {
  const { content, problems } = loadContent(dir);
  if (problems.some((p) => p.severity === 'error')) throw new ContentValidationError(problems);
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (warnings.length) console.warn(`Content warnings:\n${formatProblems(warnings)}`);
  return content;
}

/** The site's pages and documents, built from `built` (its bodies in memory). */
export function siteOf(built: BuiltSite): Site {
  return createSite(built.data, (storyId) => built.bodies.get(storyId) ?? {});
}

/** The search index of a built site: what `site:build` stores, and what development serves from memory. */
export function searchIndexOf(built: BuiltSite): SearchIndex {
  return createSearchIndex(buildDocuments(built.data, (storyId) => built.bodies.get(storyId) ?? {}));
}

/**
 * Whether this process serves a build: one of Next's build workers or a production server. They
 * read the store the build wrote; `next dev` and the tests build the site from content instead,
 * so an edit shows at once.
 */
const servesABuild = () =>
  process.env.NODE_ENV !== 'development' && (process.env.NEXT_RUNTIME !== undefined || process.env.NEXT_PHASE === 'phase-production-build');

interface Loaded {
  site: Site;
  search: () => SearchIndex;
}

const SHARED = Symbol.for('brics-portal.sites');

/**
 * The site of this process, once: route bundles each carry their own copy of this module, so
 * the process-wide table hands every copy the same site (one store read, one index in memory).
 */
function loaded(): Loaded {
  const table = (Reflect.get(globalThis, SHARED) as Map<string, Loaded> | undefined) ?? new Map<string, Loaded>();
  Reflect.set(globalThis, SHARED, table);
  const key = servesABuild() ? storeDir() : `content:${contentDir()}`;
  let entry = table.get(key);
  if (!entry) {
    entry = servesABuild() ? fromStore(storeDir()) : fromContent(contentDir());
    table.set(key, entry);
  }
  return entry;
}

/**
 * Reads the search texts file by position, for the few results a search shows: the texts stay
 * on disk (and in the system's file cache), not in the process's memory.
 */
function textReader(file: string) {
  let fd: number | undefined;
  return (offset: number, length: number) => {
    fd ??= openSync(file, 'r');
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, offset);
    return buffer;
  };
}

function fromStore(dir: string): Loaded {
  const { data, bodies } = readStore(dir);
  let search: SearchIndex | undefined;
  return {
    site: createSite(data, bodies),
    search: () => (search ??= loadSearchIndex(readFileSync(path.join(dir, SEARCH_FILE), 'utf8'), textReader(path.join(dir, SEARCH_TEXTS_FILE)))),
  };
}

function fromContent(dir: string): Loaded {
  const built = buildSite(loadValidContent(dir));
  let search: SearchIndex | undefined;
  return { site: siteOf(built), search: () => (search ??= searchIndexOf(built)) };
}

/** The site: what every page asks. */
export function getSite(): Site {
  return loaded().site;
}

/** The site's search index, loaded on the first search. */
export function getSearchIndex(): SearchIndex {
  return loaded().search();
}
