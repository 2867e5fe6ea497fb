import type { Locale } from '@/lib/i18n/routing';
import type { QuoteTie } from '@/lib/markdown/directives';
import type { Passage } from '@/lib/markdown/render';
import type { ArticleFrontMatter, LocalizedText } from './schema';

/* Domain types handed out by lib/: what pages and components work with. */

export interface Person {
  id: string;
  name: LocalizedText;
  /** Every spelling to recognise: each language's name and the file's aliases. */
  spellings: string[];
  /** Organization ids, main one first. */
  organizations: string[];
  role: LocalizedText;
}

export interface Organization {
  id: string;
  name: LocalizedText;
  /** Every name to recognise: each language's name and the file's aliases. */
  spellings: string[];
  description: LocalizedText;
}

export interface NewsEvent {
  id: string;
  name: LocalizedText;
  location: LocalizedText;
  /** `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  organizations: string[];
}

export interface Term {
  id: string;
  name: LocalizedText;
}

/** One language version of a story. */
export interface Article {
  /** The story's id: the folder name, shared by its translations. */
  storyId: string;
  locale: Locale;
  slug: string;
  title: string;
  standfirst: string;
  date: string;
  updated?: string;
  section: string;
  tags: string[];
  event?: string;
  session?: string;
  location: string;
  /** Language of the original version. */
  original: Locale;
  speakers: ArticleFrontMatter['speakers'];
  organizations: string[];
  source: ArticleFrontMatter['source'];
  /** Sanitized HTML of the body. */
  html: string;
  /** The body's top-level blocks, each with its `p-N` anchor: what translations align on. */
  passages: Passage[];
  /** Statements tied to speakers, in document order. */
  quotes: QuoteTie[];
  wordCount: number;
  /** Path of the Markdown file, relative to the working directory. */
  file: string;
}

/** Everything under `content/`, validated and cross-checked. */
export interface ContentSet {
  people: ReadonlyMap<string, Person>;
  organizations: ReadonlyMap<string, Organization>;
  events: ReadonlyMap<string, NewsEvent>;
  topics: ReadonlyMap<string, Term>;
  sections: ReadonlyMap<string, Term>;
  /** Story id → its versions by language. */
  stories: ReadonlyMap<string, Partial<Record<Locale, Article>>>;
}
