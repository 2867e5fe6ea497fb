import { existsSync, statSync } from 'node:fs';
import { ProblemLog } from './problem-log';
import type { ContentProblem } from './problems';
import { readEntities, readPublishers, readVocabulary } from './stages/entities';
import { checkEntityReferences, type Known } from './stages/references';
import type { JsonCache } from './json-cache';
import { readStories, type ParsedFile } from './stages/stories';
import { unusedEntityWarnings } from './stages/usage';
import type { Content } from './types';

export interface LoadResult {
  /** Everything under the folder; empty when there is any error (the site is not built from broken content). */
  content: Content;
  /** Errors and warnings, in the order they were found. */
  problems: ContentProblem[];
  /** How many files of each kind were read, valid or not. */
  stats: ContentStats;
}

export interface ContentStats {
  stories: number;
  /** Language versions (Markdown files) of all stories. */
  articles: number;
  people: number;
  organizations: number;
  events: number;
}

/**
 * Reads and checks everything under `dir`, in stages sharing one problem log: entity files,
 * vocabularies, references between entity files, stories (each version read, its references
 * checked, then compared with its translations), and what no story uses. Never throws on bad
 * content: every problem is logged with its file, line and field, so one run reports them all.
 * Paths in messages are relative to `displayRoot` (the working directory by default). With a
 * `cache`, a story file read before, unchanged and without a problem of its own, is taken from it
 * instead of being parsed again; the checks between files run all the same.
 */
export function loadContent(dir: string, options: { displayRoot?: string; cache?: JsonCache<ParsedFile> } = {}): LoadResult {
  const log = new ProblemLog(options.displayRoot ?? process.cwd());
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    log.error({ file: log.display(dir), field: '(folder)', message: 'content folder not found', hint: 'pass the folder that holds articles/, people/ and organizations/' });
    return { content: emptyContent(), problems: log.problems, stats: { stories: 0, articles: 0, people: 0, organizations: 0, events: 0 } };
  }
  const entities = readEntities(dir, log);
  const known: Known = {
    dir,
    entities: entities.tables,
    topics: readVocabulary(dir, 'topics', log),
    sections: readVocabulary(dir, 'sections', log),
    publishers: readPublishers(dir, log),
    slugOwners: new Map(),
  };
  checkEntityReferences(known, entities.files, log);
  const stories = readStories(known, log, options.cache);
  // What a story uses is only known once every story's front matter reads: until then a
  // broken story would make the entities it uses look unused.
  if (!stories.unread) {
    log.add(unusedEntityWarnings({ stories: stories.frontMatters, people: known.entities.people, events: known.entities.events, entities: entities.files }));
  }
  const content: Content = { ...known.entities, topics: known.topics, sections: known.sections, publishers: known.publishers, stories: stories.stories };
  return { content: log.hasErrors() ? emptyContent() : content, problems: log.problems, stats: { ...stories.counts, ...entities.counts } };
}

export function emptyContent(): Content {
  return { people: new Map(), organizations: new Map(), events: new Map(), topics: new Map(), sections: new Map(), publishers: new Map(), stories: new Map() };
}
