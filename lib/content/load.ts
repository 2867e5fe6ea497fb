import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { z } from 'zod';
import { routing, type Locale } from '@/lib/i18n/routing';
import { collectQuoteTies, type QuoteTie } from '@/lib/markdown/directives';
import { countWords, parseMarkdown, renderPassagesConsuming } from '@/lib/markdown/render';
import type { RemarkMentionLinksOptions } from '@/lib/markdown/plugins/remark-mention-links';
import { organizationPath, personPath } from '@/lib/i18n/paths';
import { createMentionFinder, mentionables } from '@/lib/mentions';
import { memoize } from '@/lib/memoize';
import { imagesWithoutAlt, topLevelBlocks } from './body-facts';
import { ExecutableFrontMatterError, FrontMatterSyntaxError, splitMarkdown, type SplitMarkdown } from './front-matter';
import { originalHash } from './original-hash';
import { findPlaceholders, isUnder, placeholderLines } from './placeholders';
import { type ContentProblem, describeField, fieldPath, nearestName, zodProblems } from './problems';
import {
  articleFrontMatterSchema,
  articleReferencesSchema,
  eventSchema,
  organizationSchema,
  personSchema,
  vocabularySchema,
  type ArticleFrontMatter,
  type ArticleReferences,
} from './schema';
import { hashOnOriginalWarning, oneLanguageWarning, translationWarnings, type VersionFacts } from './translations';
import type { Article, ContentSet, NewsEvent, Organization, Person, Term } from './types';
import { type EntityFile, unusedEntityWarnings } from './usage';
import { parseYaml, type ParsedYaml } from './yaml';
import { typeset, typesetLocalized } from '@/lib/typography/typeset';

export interface LoadResult {
  content: ContentSet;
  /** Errors and warnings, in the order files were read. */
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

const isLocale = (value: string): value is Locale => (routing.locales as readonly string[]).includes(value);

/**
 * Reads and checks everything under `dir`. Never throws on bad content: each problem is
 * collected with its file, line and field, so one run reports them all. Content with errors
 * is left out of the result (and the caller refuses to build); nothing is dropped silently.
 */
export function loadContent(dir: string, options: { displayRoot?: string } = {}): LoadResult {
  const problems: ContentProblem[] = [];
  /** Paths in messages are relative to `displayRoot` (the working directory by default). */
  const rel = (file: string) => path.relative(options.displayRoot ?? process.cwd(), file) || file;
  const error = (p: Omit<ContentProblem, 'severity'>) => problems.push({ ...p, severity: 'error' });
  const warning = (p: Omit<ContentProblem, 'severity'>) => problems.push({ ...p, severity: 'warning' });
  const hasErrors = (file: string) => problems.some((p) => p.file === file && p.severity === 'error');
  const stats: ContentStats = { stories: 0, articles: 0, people: 0, organizations: 0, events: 0 };

  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    error({ file: rel(dir), field: '(folder)', message: 'content folder not found', hint: 'pass the folder that holds articles/, people/ and organizations/' });
    return { content: emptyContent(), problems, stats };
  }

  /** Where each valid file's fields are, for problems found after validation. */
  const locators = new Map<string, ParsedYaml['locate']>();

  /** Reads a YAML file and validates it; undefined (with problems recorded) when invalid. */
  function readYaml<S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined {
    const parsed = parseYaml(readFileSync(file, 'utf8'));
    locators.set(rel(file), parsed.locate);
    return validate(parsed, schema, rel(file));
  }

  /** An id that matches no valid entity: either its file has errors (reported above) or there is none. */
  function missingEntityHint(folder: EntityFile['folder'], id: string): string {
    const file = path.join(dir, folder, `${id}.yaml`);
    if (existsSync(file)) return `${rel(file)} has errors: fix them first`;
    const near = nearestName(id, { people, organizations, events }[folder].keys());
    return near ? `did you mean ${near}? Otherwise create content/${folder}/${id}.yaml` : `create content/${folder}/${id}.yaml or fix the id`;
  }

  /** Records an unknown organization id in `field` (a list) of `file`. */
  function checkOrganizationRefs(file: string, ids: readonly string[], field: string) {
    ids.forEach((org, i) => {
      if (!organizations.has(org)) {
        error({ file, line: locators.get(file)?.([field, i]), field: `${field}.${i}`, message: `unknown organization "${org}"`, hint: missingEntityHint('organizations', org) });
      }
    });
  }

  /**
   * Checks parsed YAML against its schema. Placeholders left by `content:new` are reported as
   * such, and what the schema says about them (a "TODO: …" date is no date) is left out.
   */
  function validate<S extends z.ZodType>(parsed: ParsedYaml, schema: S, file: string): z.infer<S> | undefined {
    if (parsed.errors.length) {
      for (const e of parsed.errors) error({ file, line: e.line, field: 'yaml', message: `invalid YAML: ${e.message}`, hint: YAML_HINT });
      return undefined;
    }
    const placeholders = findPlaceholders(parsed.data);
    for (const at of placeholders) {
      const description = describeField(schema, at);
      error({ file, line: parsed.locate(at), field: fieldPath(at), message: 'is still a placeholder', hint: `replace the TODO text with the real value${description ? ` (${description})` : ''}` });
    }
    const result = schema.safeParse(parsed.data ?? {}, { reportInput: true });
    if (!result.success) {
      const issues = result.error.issues.filter((issue) => !placeholders.some((at) => isUnder(issue.path, at)));
      problems.push(...zodProblems(issues, file, parsed.locate, schema));
    }
    return result.success && !placeholders.length ? result.data : undefined;
  }

  function entityFiles(folder: string): { id: string; file: string }[] {
    const full = path.join(dir, folder);
    if (!existsSync(full)) return [];
    return readdirSync(full)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .flatMap((name) => {
        const file = path.join(full, name);
        const id = name.replace(/\.ya?ml$/, '');
        if (id === name) {
          error({ file: rel(file), field: '(file name)', message: 'is not a .yaml file', hint: `rename it to ${folder}/<id>.yaml` });
          return [];
        }
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
          error({ file: rel(file), field: '(file name)', message: `"${id}" is not a valid id`, hint: 'use lowercase letters, digits and hyphens, e.g. olga-vidanova.yaml' });
          return [];
        }
        return [{ id, file }];
      });
  }

  /** Valid entity files, for the warning about entities no story uses. */
  const entities: EntityFile[] = [];
  const recordEntity = (folder: EntityFile['folder'], id: string, file: string, name: Record<Locale, string>) =>
    entities.push({ folder, id, file: rel(file), line: locators.get(rel(file))?.(['name']), name: name[routing.defaultLocale] });

  const people = new Map<string, Person>();
  const personFiles = entityFiles('people');
  for (const { id, file } of personFiles) {
    const data = readYaml(file, personSchema);
    if (!data) continue;
    people.set(id, { id, name: data.name, role: typesetLocalized(data.role), organizations: data.organizations, spellings: spellings(data.name, data.aliases) });
    recordEntity('people', id, file, data.name);
  }

  const organizations = new Map<string, Organization>();
  const organizationFiles = entityFiles('organizations');
  for (const { id, file } of organizationFiles) {
    const data = readYaml(file, organizationSchema);
    if (!data) continue;
    organizations.set(id, { id, name: data.name, description: typesetLocalized(data.description), spellings: spellings(data.name, data.aliases) });
    recordEntity('organizations', id, file, data.name);
  }

  const events = new Map<string, NewsEvent>();
  const eventFiles = entityFiles('events');
  for (const { id, file } of eventFiles) {
    const data = readYaml(file, eventSchema);
    if (!data) continue;
    events.set(id, { id, ...data });
    recordEntity('events', id, file, data.name);
  }
  Object.assign(stats, { people: personFiles.length, organizations: organizationFiles.length, events: eventFiles.length });

  const vocabulary = (name: string): Map<string, Term> => {
    const file = path.join(dir, `${name}.yaml`);
    const terms = new Map<string, Term>();
    if (!existsSync(file)) return terms;
    const data = readYaml(file, vocabularySchema);
    for (const [id, termName] of Object.entries(data ?? {})) terms.set(id, { id, name: termName });
    return terms;
  };
  const topics = vocabulary('topics');
  const sections = vocabulary('sections');

  // References between entity files.
  for (const { id, file } of personFiles) {
    const person = people.get(id);
    if (person) checkOrganizationRefs(rel(file), person.organizations, 'organizations');
  }
  for (const { id, file } of eventFiles) {
    const event = events.get(id);
    if (event) checkOrganizationRefs(rel(file), event.organizations, 'organizations');
  }

  /** First mentions of people and organizations in a body link to their pages in the body's language. */
  const mentionLinks = memoize((locale: Locale): RemarkMentionLinksOptions => ({
    find: createMentionFinder(mentionables({ people, organizations }), locale),
    href: (m) => (m.kind === 'person' ? personPath(locale, m.id) : organizationPath(locale, m.id)),
  }));

  const stories = new Map<string, Partial<Record<Locale, Article>>>();
  const slugOwners = new Map<string, string>();
  /** Every story version whose front matter is valid, for the cross-language and usage checks. */
  const facts = new Map<string, Partial<Record<Locale, VersionFacts>>>();
  /** Whether some story's front matter could not be read: then what it uses is unknown. */
  let unreadStory = false;
  const articlesDir = path.join(dir, 'articles');
  const storyIds = existsSync(articlesDir) ? readdirSync(articlesDir).filter((n) => !n.startsWith('.')).sort() : [];

  for (const storyId of storyIds) {
    const storyDir = path.join(articlesDir, storyId);
    if (!statSync(storyDir).isDirectory()) {
      error({ file: rel(storyDir), field: '(file name)', message: 'articles must be folders', hint: `move it to articles/<story-id>/${routing.defaultLocale}.md` });
      continue;
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(storyId)) {
      error({ file: rel(storyDir), field: '(folder name)', message: `"${storyId}" is not a valid story id`, hint: 'use lowercase letters, digits and hyphens' });
      continue;
    }
    stats.stories++;
    const versions: Partial<Record<Locale, Article>> = {};
    const present = new Map<Locale, string>();
    facts.set(storyId, {});
    for (const name of readdirSync(storyDir).filter((n) => !n.startsWith('.')).sort()) {
      const file = path.join(storyDir, name);
      const locale = name.replace(/\.md$/, '');
      if (locale === name || !isLocale(locale)) {
        error({ file: rel(file), field: '(file name)', message: `"${name}" is not a language version`, hint: `name it ${routing.locales.map((l) => `${l}.md`).join(' or ')}` });
        continue;
      }
      present.set(locale, rel(file));
      stats.articles++;
      const article = readArticle(file, rel(file), storyId, locale);
      if (article) versions[locale] = article;
    }
    if (Object.keys(versions).length) stories.set(storyId, versions);
    checkTranslations(storyId, versions, present);
  }

  function readArticle(absFile: string, file: string, storyId: string, locale: Locale): Article | undefined {
    let split;
    try {
      split = splitMarkdown(readFileSync(absFile, 'utf8'));
    } catch (e) {
      if (e instanceof ExecutableFrontMatterError) {
        error({ file, line: 1, field: 'front matter', message: `"---${e.language}" front matter is executable code and is refused`, hint: 'write the front matter in YAML, opening with a plain ---' });
      } else if (e instanceof FrontMatterSyntaxError) {
        error({ file, line: e.line, field: 'front matter', message: e.message, hint: e.hint });
      } else {
        error({ file, line: 1, field: 'front matter', message: (e as Error).message, hint: 'open the front matter with a plain --- line' });
      }
      unreadStory = true;
      return undefined;
    }
    locators.set(file, split.frontMatter.locate);
    const fm = validate(split.frontMatter, articleFrontMatterSchema, file);
    const bodyLine = (line: number) => split.bodyLine + line - 1;
    const tree = parseMarkdown(split.body);
    const { ties, problems: directiveProblems } = collectQuoteTies(tree);
    for (const p of directiveProblems) error({ file, line: bodyLine(p.line), field: 'body', message: p.message, hint: p.hint });
    checkBodyText(file, locale, split, tree);
    checkReferences(file, locale, fm ?? articleReferencesSchema.safeParse(split.frontMatter.data).data ?? {}, ties, split);
    if (!fm) {
      unreadStory = true;
      return undefined;
    }
    const storyFacts = facts.get(storyId);
    if (storyFacts) storyFacts[locale] = versionFacts({ file, locale, fm, split, tree, ties });

    // Last use of the tree (the facts above are computed already): rendered in place.
    const passages = renderPassagesConsuming(tree, { locale, speakerName: (id) => people.get(id)?.name[locale], mentions: mentionLinks(locale) });
    const html = passages.map((p) => p.html).join('\n');
    const quotes = ties.map((tie) => ({ ...tie, text: typeset(tie.text, locale) }));
    return toArticle(fm, { storyId, locale, file, html, passages, quotes, wordCount: countWords(split.body) });
  }

  /**
   * Ids the front matter refers to exist, the slug is free in this language, and quotes and
   * speakers match. Runs on whatever fields are valid, so one run reports every mistake.
   */
  function checkReferences(file: string, locale: Locale, refs: Partial<ArticleReferences>, ties: readonly QuoteTie[], split: SplitMarkdown) {
    const at = (p: (string | number)[]) => split.frontMatter.locate(p);
    const refError = (p: (string | number)[], message: string, hint: string) => error({ file, line: at(p), field: fieldPath(p), message, hint });

    if (refs.slug) {
      const slugKey = `${locale}/${refs.slug}`;
      const owner = slugOwners.get(slugKey);
      if (owner) refError(['slug'], `"${refs.slug}" is already the slug of ${owner}`, 'choose a slug no other story uses in this language');
      else slugOwners.set(slugKey, file);
    }
    if (refs.section && !sections.has(refs.section)) refError(['section'], `unknown section "${refs.section}"`, `use one of: ${[...sections.keys()].join(', ') || '(none defined in sections.yaml)'}`);
    refs.tags?.forEach((tag, i) => {
      if (topics.has(tag)) return;
      // Only for an unknown topic: the edit distance to every topic is not free.
      const near = nearestName(tag, topics.keys());
      refError(['tags', i], `unknown topic "${tag}"`, `${near ? `did you mean ${near}? Otherwise add` : 'add'} it to content/topics.yaml with its name in each language`);
    });
    if (refs.event && !events.has(refs.event)) refError(['event'], `unknown event "${refs.event}"`, missingEntityHint('events', refs.event));
    const speakers = refs.speakers;
    const speakerIds = new Set<string>();
    speakers?.forEach((s, i) => {
      if (!people.has(s.id)) refError(['speakers', i, 'id'], `unknown person "${s.id}"`, missingEntityHint('people', s.id));
      if (speakerIds.has(s.id)) refError(['speakers', i, 'id'], `"${s.id}" is listed twice`, 'list each speaker once');
      speakerIds.add(s.id);
    });
    checkOrganizationRefs(file, refs.organizations ?? [], 'organizations');
    if (!speakers) return;
    for (const tie of ties) {
      if (!speakerIds.has(tie.speaker)) {
        error({ file, line: split.bodyLine + tie.line - 1, field: 'body', message: `quote tied to "${tie.speaker}", who is not in this story's speakers`, hint: tieHint(tie.speaker, speakerIds) });
      }
    }
    speakers.forEach((s, i) => {
      if (!ties.some((t) => t.speaker === s.id)) refError(['speakers', i, 'id'], `${s.id} is listed as a speaker but nothing in the text is tied to them`, `mark what they said with :quote[…]{speaker=${s.id}} or :said[…]{speaker=${s.id}}`);
    });
  }

  /** How to fix a quote tied to someone who is not a speaker: a typo of a speaker's id, or a missing speaker. */
  function tieHint(id: string, speakerIds: ReadonlySet<string>): string {
    const near = nearestName(id, speakerIds);
    if (near) return `did you mean ${near}? Fix the id in {speaker=…}`;
    if (people.has(id)) return `add { id: ${id}, role: … } to speakers`;
    return `no person has the id "${id}": check the spelling, or create content/people/${id}.yaml and add them to speakers`;
  }

  /** What the body says, apart from its quote ties: that there is one, filled in, with image descriptions. */
  function checkBodyText(file: string, locale: Locale, split: SplitMarkdown, tree: Root) {
    const bodyLine = (line: number) => split.bodyLine + line - 1;
    if (!split.body.trim()) error({ file, line: split.bodyLine, field: 'body', message: 'the story has no text', hint: 'write the story below the closing --- of the front matter' });
    for (const line of placeholderLines(split.body)) {
      error({ file, line: bodyLine(line), field: 'body', message: 'is still a placeholder', hint: 'replace the TODO line with the text of the story' });
    }
    for (const line of imagesWithoutAlt(tree)) {
      warning({ file, line: bodyLine(line), field: 'body', message: 'image without alt text', hint: `describe the image in ${locale} between the brackets, for readers who cannot see it: ![what the image shows](…)` });
    }
  }

  /**
   * Versions of one story agree on their original, which exists (`present`: files found, valid
   * or not); then each translation is compared with it, if both read without error.
   */
  function checkTranslations(storyId: string, versions: Partial<Record<Locale, Article>>, present: ReadonlyMap<Locale, string>) {
    const [onlyLocale, onlyFile] = present.size === 1 ? [...present][0]! : [];
    if (onlyLocale && onlyFile) problems.push(oneLanguageWarning(storyId, onlyLocale, onlyFile, routing.locales));
    const list = Object.values(versions);
    const first = list[0];
    if (!first) return;
    for (const article of list) {
      if (article.original !== first.original) {
        error({ file: article.file, line: locators.get(article.file)?.(['original']), field: 'original', message: `says "${article.original}" but ${first.file} says "${first.original}"`, hint: 'every version of a story names the same original language' });
      }
    }
    if (!present.has(first.original)) {
      error({ file: first.file, line: locators.get(first.file)?.(['original']), field: 'original', message: `the original (${first.original}) version of "${storyId}" does not exist`, hint: `add articles/${storyId}/${first.original}.md or correct "original"` });
    }
    const readable = Object.values(facts.get(storyId) ?? {}).filter((v) => !hasErrors(v.file));
    const original = readable.find((v) => v.locale === first.original);
    if (!original || list.some((a) => a.original !== first.original)) return;
    problems.push(...hashOnOriginalWarning(original));
    for (const translation of readable) {
      if (translation !== original) problems.push(...translationWarnings(original, translation));
    }
  }

  // What a story uses is only known once every story's front matter reads: until then a
  // broken story would make the entities it uses look unused.
  if (!unreadStory) {
    const frontMatters = [...facts.values()].flatMap((versions) => Object.values(versions).map((v) => v.frontMatter));
    problems.push(...unusedEntityWarnings({ stories: frontMatters, people, events, entities }));
  }

  const errors = problems.filter((p) => p.severity === 'error');
  return {
    content: errors.length ? emptyContent() : { people, organizations, events, topics, sections, stories },
    problems,
    stats,
  };
}

/** Front matter reshaped into the domain type, with the language's typography on display text. */
function toArticle(
  fm: ArticleFrontMatter,
  extra: Pick<Article, 'storyId' | 'locale' | 'file' | 'html' | 'passages' | 'quotes' | 'wordCount'>,
): Article {
  const text = (value: string) => typeset(value, extra.locale);
  return {
    ...extra,
    slug: fm.slug,
    title: text(fm.title),
    standfirst: text(fm.standfirst),
    date: fm.date,
    updated: fm.updated,
    section: fm.section,
    tags: fm.tags,
    event: fm.event,
    session: fm.session && text(fm.session),
    location: text(fm.location),
    original: fm.original,
    speakers: fm.speakers.map((s) => ({ ...s, role: text(s.role) })),
    organizations: fm.organizations,
    source: fm.source,
  };
}

/** A valid version as the cross-language checks see it, with lines in the file. */
function versionFacts(v: { file: string; locale: Locale; fm: ArticleFrontMatter; split: SplitMarkdown; tree: Root; ties: QuoteTie[] }): VersionFacts {
  const fileLine = (line: number) => v.split.bodyLine + line - 1;
  return {
    file: v.file,
    locale: v.locale,
    frontMatter: v.fm,
    locate: v.split.frontMatter.locate,
    bodyLine: v.split.bodyLine,
    blocks: topLevelBlocks(v.tree).map((b) => ({ ...b, line: fileLine(b.line), endLine: fileLine(b.endLine) })),
    ties: v.ties.map((t) => ({ speaker: t.speaker, kind: t.kind, line: fileLine(t.line) })),
    textHash: originalHash(v.fm, v.split.body),
  };
}

const YAML_HINT = 'check the indentation and quoting on this line and the one before; put text containing ": " or starting with a quote mark in double quotes';

function spellings(name: Record<Locale, string>, aliases: string[]): string[] {
  return [...new Set([...Object.values(name), ...aliases])];
}

function emptyContent(): ContentSet {
  return { people: new Map(), organizations: new Map(), events: new Map(), topics: new Map(), sections: new Map(), stories: new Map() };
}
