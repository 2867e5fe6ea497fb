import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { isLocale, routing, type Locale } from '@/lib/i18n/routing';
import { collectQuoteTies } from '@/lib/markdown/directives';
import { parseMarkdown } from '@/lib/markdown/render';
import { imagesWithoutAlt, topLevelBlocks } from '../body-facts';
import { ExecutableFrontMatterError, FrontMatterSyntaxError, splitMarkdown, type SplitMarkdown } from '../front-matter';
import { isId } from '../ids';
import { originalHash } from '../original-hash';
import { placeholderLines } from '../placeholders';
import type { ProblemLog } from '../problem-log';
import { articleFrontMatterSchema, articleReferencesSchema, type ArticleFrontMatter } from '../schema';
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
export function readStories(known: Known, log: ProblemLog): StoriesRead {
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
      const read = readVersion(known, log, { storyId, locale, absFile: file });
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
    log.error({ file: log.display(storyDir), field: '(file name)', message: 'articles must be folders', hint: `move it to articles/<story-id>/${routing.defaultLocale}.md` });
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

/** One language file: front matter, body and references checked; the version when all are right. */
function readVersion(known: Known, log: ProblemLog, at: { storyId: string; locale: Locale; absFile: string }): VersionRead {
  const file = log.display(at.absFile);
  const split = splitFile(at.absFile, file, log);
  if (!split) return {};
  log.setLocator(file, split.frontMatter.locate);
  const frontMatter = validate(split.frontMatter, articleFrontMatterSchema, file, log);
  const bodyLine = (line: number) => split.bodyLine + line - 1;
  const tree = parseMarkdown(split.body);
  const { ties, problems } = collectQuoteTies(tree);
  for (const p of problems) log.error({ file, line: bodyLine(p.line), field: 'body', message: p.message, hint: p.hint });
  checkBodyText(log, { file, locale: at.locale, split, tree });
  const refs = frontMatter ?? articleReferencesSchema.safeParse(split.frontMatter.data).data ?? {};
  checkStoryReferences(known, log, { file, locale: at.locale, refs, ties, locate: split.frontMatter.locate, bodyLine: split.bodyLine });
  if (!frontMatter) return {};
  const facts = versionFacts({ file, locale: at.locale, frontMatter, split, tree, ties });
  const version = { storyId: at.storyId, locale: at.locale, file, frontMatter, body: split.body, tree, ties };
  return { version, frontMatter, facts };
}

/** Front matter and body apart; undefined (logged) when the front matter cannot be found or is refused. */
function splitFile(absFile: string, file: string, log: ProblemLog): SplitMarkdown | undefined {
  try {
    return splitMarkdown(readFileSync(absFile, 'utf8'));
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
function versionFacts(v: { file: string; locale: Locale; frontMatter: ArticleFrontMatter; split: SplitMarkdown; tree: Root; ties: StoryVersion['ties'] }): VersionFacts {
  const fileLine = (line: number) => v.split.bodyLine + line - 1;
  return {
    file: v.file,
    locale: v.locale,
    frontMatter: v.frontMatter,
    locate: v.split.frontMatter.locate,
    bodyLine: v.split.bodyLine,
    blocks: topLevelBlocks(v.tree).map((b) => ({ ...b, line: fileLine(b.line), endLine: fileLine(b.endLine) })),
    ties: v.ties.map((t) => ({ speaker: t.speaker, kind: t.kind, line: fileLine(t.line) })),
    textHash: originalHash(v.frontMatter, v.split.body),
  };
}
