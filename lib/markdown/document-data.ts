import type { Locale } from '@/lib/i18n/routing';
import type { Mention, MentionFinder } from '@/lib/mentions';

/** How a document's mentions are found and linked (`file.data.mentions`). */
export interface RemarkMentionLinksOptions {
  /** Spellings of known people and organizations in a text (see `lib/mentions.ts`). */
  find: MentionFinder;
  /** The page a mention links to, in the reader's language. */
  href: (mention: Mention) => string;
}

/*
 * What the body processor's plugins read of one document, carried on its VFile (`file.data`):
 * one frozen processor renders every document, each with its own language, names and links.
 */
declare module 'vfile' {
  interface DataMap {
    /** The document's language: French typography for `fr`, the quotation marks of the language. */
    locale: Locale;
    /** A speaker's name in the document's language, for the caption of a block quotation (the id when unknown). */
    speakerName: (id: string) => string | undefined;
    /** Where first mentions of people and organizations are found and what they link to; no links when absent. */
    mentions: RemarkMentionLinksOptions;
  }
}
