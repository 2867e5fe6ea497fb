import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { routing, type Locale } from '@/lib/i18n/routing';
import { collectQuoteTies } from '@/lib/markdown/directives';
import { countWords, parseMarkdown, renderPassages } from '@/lib/markdown/render';
import type { RemarkMentionLinksOptions } from '@/lib/markdown/plugins/remark-mention-links';
import { organizationPath, personPath } from '@/lib/i18n/paths';
import { createMentionFinder, mentionables } from '@/lib/mentions';
import { memoize } from '@/lib/memoize';
import { ExecutableFrontMatterError, splitMarkdown } from './front-matter';
import { type ContentProblem, zodProblems } from './problems';
import {
  articleFrontMatterSchema,
  eventSchema,
  organizationSchema,
  personSchema,
  vocabularySchema,
  type ArticleFrontMatter,
} from './schema';
import type { Article, ContentSet, NewsEvent, Organization, Person, Term } from './types';
import { parseYaml, type ParsedYaml } from './yaml';
import { typeset, typesetLocalized } from '@/lib/typography/typeset';

export interface LoadResult {
  content: ContentSet;
  problems: ContentProblem[];
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

  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    error({ file: rel(dir), field: '(folder)', message: 'content folder not found', hint: 'pass the folder that holds articles/, people/ and organizations/' });
    return { content: emptyContent(), problems };
  }

  /** Where each valid file's fields are, for problems found after validation. */
  const locators = new Map<string, ParsedYaml['locate']>();

  /** Reads a YAML file and validates it; undefined (with problems recorded) when invalid. */
  function readYaml<S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined {
    const parsed = parseYaml(readFileSync(file, 'utf8'));
    locators.set(rel(file), parsed.locate);
    return validate(parsed, schema, rel(file));
  }

  /** Records an unknown organization id in `field` (a list) of `file`. */
  function checkOrganizationRefs(file: string, ids: readonly string[], field: string) {
    ids.forEach((org, i) => {
      if (!organizations.has(org)) {
        error({ file, line: locators.get(file)?.([field, i]), field: `${field}.${i}`, message: `unknown organization "${org}"`, hint: `create content/organizations/${org}.yaml or fix the id` });
      }
    });
  }

  function validate<S extends z.ZodType>(parsed: ParsedYaml, schema: S, file: string): z.infer<S> | undefined {
    if (parsed.errors.length) {
      for (const e of parsed.errors) error({ file, line: e.line, field: 'yaml', message: `invalid YAML: ${e.message}` });
      return undefined;
    }
    const result = schema.safeParse(parsed.data ?? {});
    if (!result.success) {
      problems.push(...zodProblems(result.error, file, parsed.locate));
      return undefined;
    }
    return result.data;
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

  const people = new Map<string, Person>();
  const personFiles = entityFiles('people');
  for (const { id, file } of personFiles) {
    const data = readYaml(file, personSchema);
    if (data) people.set(id, { id, name: data.name, role: typesetLocalized(data.role), organizations: data.organizations, spellings: spellings(data.name, data.aliases) });
  }

  const organizations = new Map<string, Organization>();
  for (const { id, file } of entityFiles('organizations')) {
    const data = readYaml(file, organizationSchema);
    if (data) organizations.set(id, { id, name: data.name, description: typesetLocalized(data.description), spellings: spellings(data.name, data.aliases) });
  }

  const events = new Map<string, NewsEvent>();
  const eventFiles = entityFiles('events');
  for (const { id, file } of eventFiles) {
    const data = readYaml(file, eventSchema);
    if (data) events.set(id, { id, ...data });
  }

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
    const versions: Partial<Record<Locale, Article>> = {};
    const present = new Set<Locale>();
    for (const name of readdirSync(storyDir).filter((n) => !n.startsWith('.')).sort()) {
      const file = path.join(storyDir, name);
      const locale = name.replace(/\.md$/, '');
      if (locale === name || !isLocale(locale)) {
        error({ file: rel(file), field: '(file name)', message: `"${name}" is not a language version`, hint: `name it ${routing.locales.map((l) => `${l}.md`).join(' or ')}` });
        continue;
      }
      present.add(locale);
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
      } else {
        error({ file, line: 1, field: 'front matter', message: (e as Error).message, hint: 'open the front matter with a plain --- line' });
      }
      return undefined;
    }
    locators.set(file, split.frontMatter.locate);
    const fm = validate(split.frontMatter, articleFrontMatterSchema, file);
    const bodyLine = (line: number) => split.bodyLine + line - 1;
    const tree = parseMarkdown(split.body);
    const { ties, problems: directiveProblems } = collectQuoteTies(tree);
    for (const p of directiveProblems) error({ file, line: bodyLine(p.line), field: 'body', message: p.message, hint: p.hint });
    if (!split.body.trim()) error({ file, line: split.bodyLine, field: 'body', message: 'the story has no text', hint: 'write the story below the closing --- of the front matter' });
    if (!fm) return undefined;

    const at = (p: (string | number)[]) => split.frontMatter.locate(p);
    const refError = (p: (string | number)[], message: string, hint: string) => error({ file, line: at(p), field: p.join('.'), message, hint });

    const slugKey = `${locale}/${fm.slug}`;
    const owner = slugOwners.get(slugKey);
    if (owner) refError(['slug'], `"${fm.slug}" is already the slug of ${owner}`, 'choose a slug no other story uses in this language');
    else slugOwners.set(slugKey, file);

    if (!sections.has(fm.section)) refError(['section'], `unknown section "${fm.section}"`, `use one of: ${[...sections.keys()].join(', ') || '(none defined in sections.yaml)'}`);
    fm.tags.forEach((tag, i) => {
      if (!topics.has(tag)) refError(['tags', i], `unknown topic "${tag}"`, 'add it to content/topics.yaml with its name in each language, or fix the id');
    });
    if (fm.event && !events.has(fm.event)) refError(['event'], `unknown event "${fm.event}"`, `create content/events/${fm.event}.yaml or fix the id`);
    const speakerIds = new Set<string>();
    fm.speakers.forEach((s, i) => {
      if (!people.has(s.id)) refError(['speakers', i, 'id'], `unknown person "${s.id}"`, `create content/people/${s.id}.yaml or fix the id`);
      if (speakerIds.has(s.id)) refError(['speakers', i, 'id'], `"${s.id}" is listed twice`, 'list each speaker once');
      speakerIds.add(s.id);
    });
    checkOrganizationRefs(file, fm.organizations, 'organizations');
    for (const tie of ties) {
      if (!speakerIds.has(tie.speaker)) {
        error({ file, line: bodyLine(tie.line), field: 'body', message: `quote tied to "${tie.speaker}", who is not in this story's speakers`, hint: people.has(tie.speaker) ? `add { id: ${tie.speaker}, role: … } to speakers` : `no person has the id "${tie.speaker}": check the spelling` });
      }
    }
    fm.speakers.forEach((s, i) => {
      if (!ties.some((t) => t.speaker === s.id)) refError(['speakers', i, 'id'], `${s.id} is listed as a speaker but nothing in the text is tied to them`, `mark what they said with :quote[…]{speaker=${s.id}} or :said[…]{speaker=${s.id}}`);
    });

    const passages = renderPassages(tree, { locale, speakerName: (id) => people.get(id)?.name[locale], mentions: mentionLinks(locale) });
    const html = passages.map((p) => p.html).join('\n');
    const quotes = ties.map((tie) => ({ ...tie, text: typeset(tie.text, locale) }));
    return toArticle(fm, { storyId, locale, file, html, passages, quotes, wordCount: countWords(split.body) });
  }

  /** Versions of one story agree on their original, which exists (`present`: files found, valid or not). */
  function checkTranslations(storyId: string, versions: Partial<Record<Locale, Article>>, present: ReadonlySet<Locale>) {
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
  }

  const errors = problems.filter((p) => p.severity === 'error');
  return {
    content: errors.length ? emptyContent() : { people, organizations, events, topics, sections, stories },
    problems,
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

function spellings(name: Record<Locale, string>, aliases: string[]): string[] {
  return [...new Set([...Object.values(name), ...aliases])];
}

function emptyContent(): ContentSet {
  return { people: new Map(), organizations: new Map(), events: new Map(), topics: new Map(), sections: new Map(), stories: new Map() };
}
