/*
 * `npm run content:new -- --id <story-id> --title "…" [--original en] [--dir <content folder>]`:
 * creates `articles/<story-id>/` with one file per language, every field ready to fill
 * (lib/content/scaffold.ts). Refuses an invalid or existing id.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isId } from '@/lib/content/ids';
import { slugify } from '@/lib/content/ids';
import { readVocabulary, storyTemplate } from '@/lib/content/scaffold';
import { isLocale, routing } from '@/lib/i18n/routing';
import { readArguments, runAsProgram, usageError, type CommandResult } from './cli';

export const NEW_STORY_USAGE =
  'usage: npm run content:new -- --id <story-id> --title "Headline in the original language" [--original fr|en] [--dir <content folder>]';

export function runNewStory(argv: readonly string[], cwd = process.cwd()): CommandResult {
  const args = readArguments(argv, {
    id: { type: 'string' },
    title: { type: 'string' },
    original: { type: 'string', default: routing.defaultLocale },
    dir: { type: 'string', default: 'content' },
  });
  if (typeof args === 'string') return usageError(args, NEW_STORY_USAGE);
  const title = args.title?.trim();
  if (!args.id) return usageError('give the story an id with --id, e.g. --id forum-cloud-cities-2025', NEW_STORY_USAGE);
  if (!title) return usageError('give the headline in the original language with --title "…"', NEW_STORY_USAGE);
  if (!isLocale(args.original)) return usageError(`--original must be one of: ${routing.locales.join(', ')}`, NEW_STORY_USAGE);
  const story = { id: args.id, title, original: args.original };
  const refuse = (message: string): CommandResult => ({ exitCode: 1, stdout: '', stderr: `${message}\n` });
  if (!isId(story.id)) {
    return refuse(
      `"${story.id}" is not a valid story id: use lowercase letters, digits and single hyphens, e.g. ${slugify(story.id) || 'forum-cloud-cities-2025'}`,
    );
  }
  const dir = path.resolve(cwd, args.dir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return refuse(`no content folder at ${args.dir}: pass the folder that holds articles/ with --dir`);
  const storyDir = path.join(dir, 'articles', story.id);
  const shown = path.relative(cwd, storyDir);
  if (existsSync(storyDir)) return refuse(`${shown} already exists: choose another id, or edit the files in it`);

  const vocabulary = readVocabulary(dir);
  mkdirSync(storyDir, { recursive: true });
  const files = routing.locales.map((locale) => {
    writeFileSync(path.join(storyDir, `${locale}.md`), storyTemplate(story, locale, vocabulary), { flag: 'wx' });
    return `${path.join(shown, `${locale}.md`)}${locale === story.original ? ' (the original)' : ''}`;
  });
  return {
    exitCode: 0,
    stdout: `Created ${files.join(' and ')}.\nReplace every TODO, then run npm run content:check: it lists what is still to fill.\n`,
    stderr: '',
  };
}

runAsProgram(import.meta.url, runNewStory);
