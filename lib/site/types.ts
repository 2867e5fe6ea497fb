import type { Locale } from '@/lib/i18n/routing';

/*
 * The domain: what the site is made of, as every layer sees it. Load produces the parts written
 * in files (statements as written), the Model builds the rest (typeset names, rendered
 * passages), services and views read them. Types only: this module depends on nothing else.
 */

/** A text in every site language. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/**
 * What every entity with pages of its own has: a stable id (the key content uses) and the slug
 * of its page in each language (the web address readers see: `dmitry-chanine`, `dmitry-shanin`).
 */
export interface Sluggable {
  id: string;
  /** Given by its file for a language, else made from its name there; unique per kind and language. */
  slug: LocalizedText;
}

export interface Person extends Sluggable {
  name: LocalizedText;
  /** Every spelling to recognise: each language's name and the file's aliases. */
  spellings: string[];
  /** Organization ids, main one first. */
  organizations: string[];
  role: LocalizedText;
}

export interface Organization extends Sluggable {
  name: LocalizedText;
  /** Every name to recognise: each language's name and the file's aliases. */
  spellings: string[];
  description: LocalizedText;
}

export interface NewsEvent extends Sluggable {
  name: LocalizedText;
  location: LocalizedText;
  /** When it took place, `YYYY-MM` or `YYYY-MM-DD`, only when a source says. */
  date?: string;
  /** Dates of the sources of the stories reporting it (`YYYY-MM-DD`), oldest first, each once: when it was reported. */
  reportedOn: string[];
  /** Organization ids a source states organised it. */
  organizers: string[];
  /** Organization ids associated with it that no source states organised it (the one it is named after, say). */
  associatedOrganizations: string[];
}

/** A topic or a section: an id and its name in each language. */
export interface Term extends Sluggable {
  name: LocalizedText;
}

/** `quote` for words in quotation marks, `said` for reported speech. */
export type QuoteKind = 'quote' | 'said';

/** A statement tied to a speaker in a story's body, in document order. */
export interface QuoteTie {
  /** Anchor of the statement in the page (`quote-1`…): same number in every translation. */
  anchor: string;
  speaker: string;
  kind: QuoteKind;
  /** Rendered as a block (`:::quote`) or inside a sentence. */
  block: boolean;
  text: string;
  /** Line in the Markdown body (1-based), for error messages. */
  line: number;
}

/** One top-level block of a body, rendered: what the side-by-side page pairs with its translation. */
export interface Passage {
  /** `p-N`, the same for the same passage in every language. */
  anchor: string;
  /** Sanitized HTML of the block, its own id included. */
  html: string;
  /** Anchors of the quotes tied in it (`quote-2`), in document order. */
  quotes: string[];
}

/** Who published a story's source, in the story's language: shown with the credit and in its structured data. */
export interface Publisher {
  /** Its id in `content/publishers.yaml`. */
  id: string;
  name: string;
  /** What it is, as it reads after its name ("the French-language African service of Sputnik, a Russian state-owned outlet"). */
  description: string;
}

/** Where a story's facts come from, shown as a credit. */
export interface Source {
  publisher: Publisher;
  title?: string;
  url: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** Two-letter code of the source's language. */
  language?: string;
}

/** A speaker of one story, with the role that story gives them, in its language. */
export interface Speaker {
  id: string;
  role: string;
}

/** One language version of a story, without its body: what lists, indexes and cards need. */
export interface ArticleSummary {
  /** The story's id: the folder name, shared by its translations. */
  storyId: string;
  locale: Locale;
  slug: string;
  title: string;
  standfirst: string;
  /** `YYYY-MM-DD`. */
  date: string;
  updated?: string;
  section: string;
  tags: string[];
  event?: string;
  session?: string;
  location: string;
  /** Language of the original version. */
  original: Locale;
  speakers: Speaker[];
  organizations: string[];
  source: Source;
  wordCount: number;
  /** Path of the Markdown file, relative to the working directory. */
  file: string;
}

/**
 * A story version's body, rendered: its top-level blocks, each with its `p-N` anchor (what
 * translations align on), and the statements tied to its speakers. The statements are read with
 * the body, not kept with the summaries every server holds in memory: they were more than half of
 * a summary's bytes (116 of 184 MiB of heap at 10,000 stories).
 */
export interface ArticleBody {
  passages: Passage[];
  /** Statements tied to speakers, in document order, typeset. */
  quotes: QuoteTie[];
}

/** One language version of a story, with its body. */
export interface Article extends ArticleSummary, ArticleBody {
  /** Sanitized HTML of the whole body: the passages, one after the other. */
  html: string;
}

/** A story's versions by language. */
export type StoryVersions = Partial<Record<Locale, ArticleSummary>>;

/** The bodies of a story's versions, by language. */
export type StoryBodies = Partial<Record<Locale, ArticleBody>>;

/**
 * The site's data, built once from loaded content (lib/site/build.ts): entities with their
 * display text typeset, every story version summarized; the rendered bodies are apart (a build
 * stores them one file per story, read when a page needs one). Plain data, so a build can store
 * it and its other processes, and the server's, read it back.
 */
export interface SiteData {
  people: ReadonlyMap<string, Person>;
  organizations: ReadonlyMap<string, Organization>;
  events: ReadonlyMap<string, NewsEvent>;
  topics: ReadonlyMap<string, Term>;
  sections: ReadonlyMap<string, Term>;
  /** Story id → its versions by language. */
  stories: ReadonlyMap<string, StoryVersions>;
}
