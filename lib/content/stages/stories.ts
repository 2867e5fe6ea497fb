import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { isLocale, routing, type Locale } from '@/lib/i18n/routing';
import { collectQuoteTies } from '@/lib/markdown/directives';
import { parseMarkdown } from '@/lib/markdown/render';
import { imagesWithoutAlt, topLevelBlocks, type Block } from '../body-facts';
import { ExecutableFrontMatterError, FrontMatterSyntaxError, splitMarkdown, type SplitMarkdown } from '../front-matter';
import { isId } from '../ids';
import { originalHash } from '../original-hash';
import { placeholderLines } from '../placeholders';
import type { JsonCache } from '../json-cache';
import type { Locate, ProblemLog } from '../problem-log';
import { nearestName } from '../problems';
import { articleFrontMatterSchema, articleReferencesSchema, type ArticleFrontMatter, type ArticleReferences } from '../schema';
import type { QuoteTie } from '@/lib/site/types';
import type { StoryVersion } from '../types';
import { validate } from '../validate';
import { checkStoryReferences, type Known } from './references';
import { checkStoryTranslations, type VersionFacts } from './translations';

export interface StoriesRead {
  stories: Map<string, Partial<Record<Locale, StoryVersion>>>;
  /** Front matter of every version that could be read, for the usage warnings. */
  frontMatters: ArticleFrontMatter[];
  /** Whether some version's front matter could not be read: then what the stories use is unknown. */
  unread: boolean;
  /** Story folders and language files found, valid or not. */
  counts: { stories: number; articles: number };
}

/**
 * Every story folder under `articles/`, in name order: each language version read and checked
 * (front matter, body, references), then the versions compared with each other.
 */
export function readStories(known: Known, log: ProblemLog, cache?: JsonCache<ParsedFile>): StoriesRead {
  const result: StoriesRead = { stories: new Map(), frontMatters: [], unread: false, counts: { stories: 0, articles: 0 } };
  const articlesDir = path.join(known.dir, 'articles');
  const storyIds = existsSync(articlesDir) ? readdirSync(articlesDir).filter((n) => !n.startsWith('.')).sort() : [];
  for (const storyId of storyIds) {
    const storyDir = path.join(articlesDir, storyId);
    if (!isStoryFolder(storyDir, storyId, log)) continue;
    result.counts.stories++;
    const versions: Partial<Record<Locale, StoryVersion>> = {};
    const facts: Partial<Record<Locale, VersionFacts>> = {};
    const present = new Map<Locale, string>();
    for (const { locale, file } of versionFiles(storyDir, log)) {
      present.set(locale, log.display(file));
      result.counts.articles++;
      const read = readVersion(known, log, { storyId, locale, absFile: file }, cache);
      if (!read.frontMatter) result.unread = true;
      else result.frontMatters.push(read.frontMatter);
      if (read.facts) facts[locale] = read.facts;
      if (read.version) versions[locale] = read.version;
    }
    if (Object.keys(versions).length) result.stories.set(storyId, versions);
    checkStoryTranslations(log, { storyId, facts, present });
  }
  return result;
}

function isStoryFolder(storyDir: string, storyId: string, log: ProblemLog): boolean {
  if (!statSync(storyDir).isDirectory()) {
    log.error({ file: log.display(storyDir), field: '(file name)', message: `a story must be a folder holding ${routing.locales.map((l) => `${l}.md`).join(' and ')}`, hint: `move it to articles/<story-id>/${routing.defaultLocale}.md` });
    return false;
  }
  if (!isId(storyId)) {
    log.error({ file: log.display(storyDir), field: '(folder name)', message: `"${storyId}" is not a valid story id`, hint: 'use lowercase letters, digits and hyphens' });
    return false;
  }
  return true;
}

/** The `<locale>.md` files of a story folder, in name order; other names are logged. */
function versionFiles(storyDir: string, log: ProblemLog): { locale: Locale; file: string }[] {
  return readdirSync(storyDir)
    .filter((n) => !n.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const file = path.join(storyDir, name);
      const locale = name.replace(/\.md$/, '');
      if (locale !== name && isLocale(locale)) return [{ locale, file }];
      log.error({ file: log.display(file), field: '(file name)', message: `"${name}" is not a language version`, hint: `name it ${routing.locales.map((l) => `${l}.md`).join(' or ')}` });
      return [];
    });
}

interface VersionRead {
  /** The version, when its front matter is valid (the load hands nothing on if any file has an error). */
  version?: StoryVersion;
  /** Its front matter, when valid (even if the body has errors). */
  frontMatter?: ArticleFrontMatter;
  /** What the translation checks compare, when the front matter is valid. */
  facts?: VersionFacts;
}

/**
 * What a language file says on its own, as a build keeps it (key: the file's hash): only for a
 * file with no problem of its own, so a cached file is one that reads cleanly. Lines are in the
 * file; the body's, from its start.
 */
export interface ParsedFile {
  frontMatter: ArticleFrontMatter;
  /** Line of each front-matter field, by its path (`speakers.1.role`; the root is ''). */
  lines: Record<string, number>;
  body: string;
  bodyLine: number;
  ties: QuoteTie[];
  blocks: Block[];
  textHash: string;
}

/** A file as read in this run: what the reference checks need, the file when valid, and its parsed body when parsed in this run. */
interface FileRead {
  refs: Partial<ArticleReferences>;
  locate: Locate;
  ties: QuoteTie[];
  bodyLine: number;
  parsed?: ParsedFile;
  tree?: Root;
}

/** One language file: front matter, body and references checked; the version when all are right. */
function readVersion(known: Known, log: ProblemLog, at: { storyId: string; locale: Locale; absFile: string }, cache?: JsonCache<ParsedFile>): VersionRead {
  const file = log.display(at.absFile);
  const source = readFileSync(at.absFile, 'utf8');
  const hash = createHash('sha256').update(source).digest('base64url');
  const cached = cache?.get(hash);
  const read = cached ? fromCache(cached) : readFile(source, file, at.locale, log);
  if (!read) return {};
  if (!cached && read.parsed && !log.hasProblems(file)) cache?.set(hash, read.parsed);
  log.setLocator(file, read.locate);
  checkStoryReferences(known, log, { file, locale: at.locale, refs: read.refs, ties: read.ties, locate: read.locate, bodyLine: read.bodyLine });
  const parsed = read.parsed;
  if (!parsed) return {};
  const { frontMatter } = parsed;
  const facts = versionFacts({ file, locale: at.locale, parsed, locate: read.locate });
  const version: StoryVersion = { storyId: at.storyId, locale: at.locale, file, hash, frontMatter, body: parsed.body, tree: read.tree, ties: parsed.ties };
  return { version, frontMatter, facts };
}

/** A file read in full: every problem of its own logged; `parsed` when its front matter is valid. */
function readFile(source: string, file: string, locale: Locale, log: ProblemLog): FileRead | undefined {
  const split = splitFile(source, file, log);
  if (!split) return undefined;
  const locate = split.frontMatter.locate;
  log.setLocator(file, locate);
  const frontMatter = validate(split.frontMatter, articleFrontMatterSchema, file, log);
  const bodyLine = (line: number) => split.bodyLine + line - 1;
  const tree = parseMarkdown(split.body);
  const { ties, problems } = collectQuoteTies(tree);
  for (const p of problems) {
    // A misspelt tie (`:::qoute`) rather than a colon in running text: say which one was meant.
    const near = p.unknown && nearestName(p.unknown.name, ['quote', 'said'], 2);
    const hint = near && p.unknown ? `did you mean ${p.unknown.marker}${near}?` : p.hint;
    log.error({ file, line: bodyLine(p.line), field: 'body', message: p.message, hint });
  }
  checkBodyText(log, { file, locale, split, tree });
  const refs = frontMatter ?? articleReferencesSchema.safeParse(split.frontMatter.data).data ?? {};
  const read = { refs, locate, ties, bodyLine: split.bodyLine, tree };
  if (!frontMatter) return read;
  const parsed: ParsedFile = {
    frontMatter,
    lines: lineTable(split.frontMatter.data, locate),
    body: split.body,
    bodyLine: split.bodyLine,
    ties,
    blocks: topLevelBlocks(tree),
    textHash: originalHash(frontMatter, split.body),
  };
  return { ...read, parsed };
}

/** A cached file, as the checks read it. */
function fromCache(parsed: ParsedFile): FileRead {
  return { refs: parsed.frontMatter, locate: (at) => lineOf(parsed.lines, at), ties: parsed.ties, bodyLine: parsed.bodyLine, parsed };
}

/** Line of the field at `at`, or of its nearest parent with a line (as the YAML locator answers). */
function lineOf(lines: Record<string, number>, at: readonly PropertyKey[]): number | undefined {
  for (let n = at.length; n >= 0; n--) {
    const line = lines[at.slice(0, n).map(String).join('.')];
    if (line !== undefined) return line;
  }
  return undefined;
}

/** The line of every field of `data` (and of the root), as `locate` gives them. */
function lineTable(data: unknown, locate: Locate): Record<string, number> {
  const lines: Record<string, number> = {};
  const walk = (value: unknown, at: (string | number)[]) => {
    const line = locate(at);
    if (line !== undefined) lines[at.join('.')] = line;
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...at, i]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...at, key]);
  };
  walk(data, []);
  return lines;
}

/** Front matter and body apart; undefined (logged) when the front matter cannot be found or is refused. */
function splitFile(source: string, file: string, log: ProblemLog): SplitMarkdown | undefined {
  try {
    return splitMarkdown(source);
  } catch (e) {
    if (e instanceof ExecutableFrontMatterError) {
      log.error({ file, line: 1, field: 'front matter', message: `"---${e.language}" front matter is executable code and is refused`, hint: 'write the front matter in YAML, opening with a plain ---' });
    } else if (e instanceof FrontMatterSyntaxError) {
      log.error({ file, line: e.line, field: 'front matter', message: e.message, hint: e.hint });
    } else {
      log.error({ file, line: 1, field: 'front matter', message: (e as Error).message, hint: 'open the front matter with a plain --- line' });
    }
    return undefined;
  }
}

/** What the body says apart from its quote ties: that there is one, filled in, with image descriptions. */
function checkBodyText(log: ProblemLog, v: { file: string; locale: Locale; split: SplitMarkdown; tree: Root }): void {
  const { file, split } = v;
  const bodyLine = (line: number) => split.bodyLine + line - 1;
  if (!split.body.trim()) log.error({ file, line: split.bodyLine, field: 'body', message: 'the story has no text', hint: 'write the story below the closing --- of the front matter' });
  for (const line of placeholderLines(split.body)) {
    log.error({ file, line: bodyLine(line), field: 'body', message: 'is still a placeholder', hint: 'replace the TODO line with the text of the story' });
  }
  for (const line of imagesWithoutAlt(v.tree)) {
    log.warning({ file, line: bodyLine(line), field: 'body', message: 'image without alt text', hint: `describe the image in ${v.locale} between the brackets, for readers who cannot see it: ![what the image shows](…)` });
  }
}

/** A valid version as the cross-language checks see it, with lines in the file. */
function versionFacts(v: { file: string; locale: Locale; parsed: ParsedFile; locate: Locate }): VersionFacts {
  const fileLine = (line: number) => v.parsed.bodyLine + line - 1;
  return {
    file: v.file,
    locale: v.locale,
    frontMatter: v.parsed.frontMatter,
    locate: v.locate,
    bodyLine: v.parsed.bodyLine,
    blocks: v.parsed.blocks.map((b) => ({ ...b, line: fileLine(b.line), endLine: fileLine(b.endLine) })),
    ties: v.parsed.ties.map((t) => ({ speaker: t.speaker, kind: t.kind, line: fileLine(t.line) })),
    textHash: v.parsed.textHash,
  };
}
