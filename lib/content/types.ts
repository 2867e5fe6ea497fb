import type { Root } from 'mdast';
import type { Locale } from '@/lib/i18n/routing';
import type { LocalizedText, QuoteTie } from '@/lib/site/types';
import type { ArticleFrontMatter, EventFile, OrganizationFile, PersonFile, PublisherFile } from './schema';

/*
 * What Load hands to the Model: content as written in the files, validated and typed, nothing
 * rendered. Only content without errors is handed over.
 */

/**
 * A valid entity file's fields, with the id its file name gives and the slug of its pages in
 * each language: the file's, else the one its name makes (`stages/slugs.ts`).
 */
export type Entry<T extends { slug?: unknown }> = Omit<T, 'slug'> & { readonly id: string; readonly slug: LocalizedText };

/** A topic or a section: its name and the slug of its page in each language. */
export interface VocabularyEntry {
  name: LocalizedText;
  slug: LocalizedText;
}

/** One language version of a story, as its file says it. */
export interface StoryVersion {
  /** The story's id: its folder name, shared by its translations. */
  storyId: string;
  locale: Locale;
  /** Path of the Markdown file as messages show it (relative to the working directory). */
  file: string;
  frontMatter: ArticleFrontMatter;
  /** SHA-256 of the file (base64url): what a rendering of it is kept under. */
  hash: string;
  /** The Markdown body, below the front matter. */
  body: string;
  /** The body as parsed for the checks, when it was parsed in this run (not when read from the cache); the Model renders from it. */
  tree?: Root;
  /** Statements tied to speakers, as written, in document order. */
  ties: QuoteTie[];
}

/** Everything under `content/`, validated and cross-checked. */
export interface Content {
  people: ReadonlyMap<string, Entry<PersonFile>>;
  organizations: ReadonlyMap<string, Entry<OrganizationFile>>;
  events: ReadonlyMap<string, Entry<EventFile>>;
  /** Topic id → its name and slug in each language (`topics.yaml`). */
  topics: ReadonlyMap<string, VocabularyEntry>;
  /** Section id → its name and slug in each language (`sections.yaml`). */
  sections: ReadonlyMap<string, VocabularyEntry>;
  /** Publisher id → its name and description in each language (`publishers.yaml`). */
  publishers: ReadonlyMap<string, PublisherFile>;
  /** Story id → its versions by language. */
  stories: ReadonlyMap<string, Partial<Record<Locale, StoryVersion>>>;
}
