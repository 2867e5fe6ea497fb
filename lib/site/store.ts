import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/lib/i18n/routing';
import type { BuiltSite } from './build';
import type { ArticleSummary, NewsEvent, Organization, Person, SiteData, StoryBodies, Term } from './types';

/*
 * The site as a build leaves it, for every process that serves it: `next build`'s workers and
 * each server instance read it, and none of them loads or renders content. `index.json` holds
 * what pages list and link (entities, every version's summary: a few kilobytes per story), kept
 * in memory; `stories/<story-id>.json` holds a story's rendered bodies, read when a page shows one.
 * An instance's memory so grows with the archive's summaries only, not with its text.
 */

/** Bumped when the stored shape changes: a store of another format is refused, not misread. */
export const STORE_FORMAT = 3;

interface StoreIndex {
  format: number;
  people: Person[];
  organizations: Organization[];
  events: NewsEvent[];
  topics: Term[];
  sections: Term[];
  stories: [string, Partial<Record<Locale, ArticleSummary>>][];
  /** Each story's body key (BuiltSite.bodyKeys): a file whose key is unchanged is carried over, not written again. */
  bodyKeys: Record<string, string>;
}

/** The store's folder within a build's folder. */
export const STORE_PATH = 'cache/site/store';

export const INDEX_FILE = 'index.json';
export const SEARCH_FILE = 'search.json';
/** The search documents' texts, read by position for the results a search shows (lib/search/index.ts). */
export const SEARCH_TEXTS_FILE = 'search-texts.jsonl';
const bodyFile = (dir: string, storyId: string) => path.join(dir, 'stories', `${storyId}.json`);

/** The body keys of the store in `dir`, if it holds one of this format. */
function storedBodyKeys(dir: string): Record<string, string> {
  try {
    const index = JSON.parse(readFileSync(path.join(dir, INDEX_FILE), 'utf8')) as StoreIndex;
    return index.format === STORE_FORMAT ? (index.bodyKeys ?? {}) : {};
  } catch {
    return {};
  }
}

/**
 * Writes the site to `dir`, replacing what was there: into a fresh folder beside it first, then
 * swapped in, so a reader never sees half a store. `extra` files (the search index) go with it.
 * A story whose bodies are what the previous store holds keeps that file (a hard link: no
 * bytes written), so a build after a one-story edit writes one story's file.
 */
export function writeStore(dir: string, built: BuiltSite, extra: Record<string, string | Buffer> = {}): { written: number; kept: number } {
  const before = storedBodyKeys(dir);
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(path.join(tmp, 'stories'), { recursive: true });
  const { data } = built;
  const index: StoreIndex = {
    format: STORE_FORMAT,
    people: [...data.people.values()],
    organizations: [...data.organizations.values()],
    events: [...data.events.values()],
    topics: [...data.topics.values()],
    sections: [...data.sections.values()],
    stories: [...data.stories],
    bodyKeys: Object.fromEntries(built.bodyKeys),
  };
  writeFileSync(path.join(tmp, INDEX_FILE), JSON.stringify(index));
  const counts = { written: 0, kept: 0 };
  for (const [storyId, bodies] of built.bodies) {
    const key = built.bodyKeys.get(storyId);
    if (key !== undefined && before[storyId] === key && linked(bodyFile(dir, storyId), bodyFile(tmp, storyId))) counts.kept++;
    else {
      writeFileSync(bodyFile(tmp, storyId), JSON.stringify(bodies));
      counts.written++;
    }
  }
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(tmp, name), text);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return counts;
}

/** Links `from` at `to`; false when it cannot (no such file, a file system without links). */
function linked(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}

export interface StoredSite {
  data: SiteData;
  /** A story's bodies, read from its file each time (pages are rendered once, then cached). */
  bodies: (storyId: string) => StoryBodies;
}

export function readStore(dir: string): StoredSite {
  const file = path.join(dir, INDEX_FILE);
  if (!existsSync(file)) throw new Error(`${file} not found: build the site with npm run build (its first step, site:build, writes it)`);
  const index = JSON.parse(readFileSync(file, 'utf8')) as StoreIndex;
  if (index.format !== STORE_FORMAT) throw new Error(`${file} is of format ${index.format}, not ${STORE_FORMAT}: build the site again`);
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
  const data: SiteData = {
    people: byId(index.people),
    organizations: byId(index.organizations),
    events: byId(index.events),
    topics: byId(index.topics),
    sections: byId(index.sections),
    stories: new Map(index.stories),
  };
  return {
    data,
    bodies: (storyId) => {
      const body = bodyFile(dir, storyId);
      return existsSync(body) ? (JSON.parse(readFileSync(body, 'utf8')) as StoryBodies) : {};
    },
  };
}
