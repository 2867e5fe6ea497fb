import type { Root } from 'mdast';
import type { Locale } from '@/lib/i18n/routing';
import type { LocalizedText, QuoteTie } from '@/lib/site/types';
import type { ArticleFrontMatter, EventFile, OrganizationFile, PersonFile } from './schema';

/*
 * What Load hands to the Model: content as written in the files, validated and typed, nothing
 * rendered. Only content without errors is handed over.
 */

/** A valid entity file's fields, with the id its file name gives. */
export type Entry<T> = T & { readonly id: string };

/** One language version of a story, as its file says it. */
export interface StoryVersion {
  /** The story's id: its folder name, shared by its translations. */
  storyId: string;
  locale: Locale;
  /** Path of the Markdown file as messages show it (relative to the working directory). */
  file: string;
  frontMatter: ArticleFrontMatter;
  /** The Markdown body, below the front matter. */
  body: string;
  /** The body parsed once, for the checks; the Model renders from it. */
  tree: Root;
  /** Statements tied to speakers, as written, in document order. */
  ties: QuoteTie[];
}

/** Everything under `content/`, validated and cross-checked. */
export interface Content {
  people: ReadonlyMap<string, Entry<PersonFile>>;
  organizations: ReadonlyMap<string, Entry<OrganizationFile>>;
  events: ReadonlyMap<string, Entry<EventFile>>;
  /** Topic id → its name in each language (`topics.yaml`). */
  topics: ReadonlyMap<string, LocalizedText>;
  /** Section id → its name in each language (`sections.yaml`). */
  sections: ReadonlyMap<string, LocalizedText>;
  /** Story id → its versions by language. */
  stories: ReadonlyMap<string, Partial<Record<Locale, StoryVersion>>>;
}
