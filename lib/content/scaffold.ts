import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/lib/i18n/routing';
import { slugify } from './ids';
import { describeField } from './problems';
import { articleFrontMatterSchema } from './schema';
import { parseYaml } from './yaml';

/*
 * `npm run content:new -- --id <story-id> --title "…" [--original en] [--dir <content folder>]`
 * creates `articles/<story-id>/` with one file per language. Every front-matter field is
 * there with a comment taken from the schema's description; what the editor must write is a
 * "TODO: …" placeholder, which the check reports until it is replaced, so a half-filled story
 * can never be published. Optional fields are written commented out.
 */

export interface NewStory {
  /** Folder name of the story: its id, shared by every language version. */
  id: string;
  /** Headline in the original language. */
  title: string;
  original: Locale;
}

/** What the content folder offers, for the comments' lists of ids. */
export interface Vocabulary {
  sections: string[];
  topics: string[];
  events: string[];
  publishers: string[];
}

/** Language name in English ("French"), for comments and placeholders. */
const languageName = (locale: Locale) => new Intl.DisplayNames('en', { type: 'language' }).of(locale) ?? locale;

/** The comment line(s) above a field: its schema description, plus `extra`. */
function comment(indent: string, fieldPath: (string | number)[], extra = ''): string {
  const description = describeField(articleFrontMatterSchema, fieldPath) ?? '';
  const text = `${description.charAt(0).toUpperCase()}${description.slice(1)}${extra}`;
  return `${indent}# ${text}`;
}

const quoted = (text: string) => JSON.stringify(text);
const todo = (what: string) => quoted(`TODO: ${what}`);
const listOr = (ids: readonly string[], none: string) => (ids.length ? ids.join(', ') : none);

/** The Markdown of one language version, front matter and body. */
export function storyTemplate(story: NewStory, locale: Locale, vocabulary: Vocabulary): string {
  const isOriginal = locale === story.original;
  const language = languageName(locale);
  const originalFile = `${story.original}.md`;
  const slug = isOriginal ? slugify(story.title) : '';
  const optional = '; remove the # in front of the next line to use it';
  const lines = [
    '---',
    isOriginal
      ? `# ${language} version of "${story.id}", the original. Replace every TODO, then run npm run content:check:`
      : `# ${language} translation of ${originalFile}. Replace every TODO, then run npm run content:check:`,
    '# it names each field still to fill. CONTRIBUTING.md explains each field, with an example.',
    comment('', ['title']),
    `title: ${isOriginal ? quoted(story.title) : todo(`headline in ${language}`)}`,
    comment('', ['standfirst']),
    `standfirst: ${todo(`one or two sentences in ${language}`)}`,
    comment('', ['slug']),
    `slug: ${slug || todo('words-joined-by-hyphens')}`,
    comment('', ['date']),
    `date: ${todo('YYYY-MM-DD')}`,
    comment('', ['updated'], optional),
    '# updated: YYYY-MM-DD',
    comment('', ['section']),
    `section: ${todo(`one of ${listOr(vocabulary.sections, '(none yet: add one to content/sections.yaml)')}`)}`,
    comment('', ['tags'], `. Known topics: ${listOr(vocabulary.topics, 'none yet')}`),
    'tags: []',
    comment('', ['event'], `${optional}. Known events: ${listOr(vocabulary.events, 'none yet')}`),
    `# event: ${vocabulary.events[0] ?? 'event-id'}`,
    comment('', ['session'], optional),
    `# session: "Name of the session, in ${language}"`,
    comment('', ['location']),
    `location: ${todo(`dateline place in ${language}`)}`,
    comment('', ['original']),
    `original: ${story.original}`,
    ...(isOriginal
      ? []
      : [
          comment('', ['originalHash'], '.'),
          `# Leave it out for now: once this translation matches ${originalFile}, the check prints the line to add here.`,
        ]),
    comment('', ['speakers'], `. Same people, in the same order, in every language. No one quoted: write speakers: []`),
    'speakers:',
    comment('  ', ['speakers', 0, 'id']),
    `  - id: ${todo('person id, e.g. olga-vidanova')}`,
    comment('    ', ['speakers', 0, 'role']),
    `    role: ${todo(`their role in ${language}`)}`,
    comment('', ['organizations'], ', e.g. [moscow-government]'),
    'organizations: []',
    comment('', ['source']),
    'source:',
    comment('  ', ['source', 'publisher'], `. Known publishers: ${listOr(vocabulary.publishers, 'none yet: add one to content/publishers.yaml')}`),
    `  publisher: ${todo('publisher id')}`,
    comment('  ', ['source', 'title'], optional),
    '  # title: "Headline of the source"',
    comment('  ', ['source', 'url']),
    `  url: ${todo('https://… link to the source')}`,
    comment('  ', ['source', 'date']),
    `  date: ${todo('YYYY-MM-DD')}`,
    comment('  ', ['source', 'language'], optional),
    `  # language: ${story.original}`,
    '---',
    isOriginal
      ? `TODO: write the story here in ${language}, one paragraph after another with a blank line between them. Tie what people say to them as CONTRIBUTING.md shows.`
      : `TODO: translate ${originalFile} here, paragraph by paragraph, with the same quotes tied to the same speakers.`,
    '',
  ];
  return lines.join('\n');
}

/** Ids the comments list: sections, topics and publishers from their YAML files, events from their folder. */
export function readVocabulary(dir: string): Vocabulary {
  const keys = (name: string) => {
    const file = path.join(dir, `${name}.yaml`);
    if (!existsSync(file)) return [];
    const data = parseYaml(readFileSync(file, 'utf8')).data;
    return data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
  };
  const eventsDir = path.join(dir, 'events');
  const events = existsSync(eventsDir) ? readdirSync(eventsDir).filter((n) => /\.ya?ml$/.test(n)).map((n) => n.replace(/\.ya?ml$/, '')).sort() : [];
  return { sections: keys('sections'), topics: keys('topics'), events, publishers: keys('publishers') };
}
