import { z } from 'zod';
import { routing } from '@/lib/i18n/routing';
import { ID_PATTERN } from './ids';

/*
 * The shape of every content file, as zod schemas. Types are inferred from them, so a field
 * added here is checked in the files and typed in the code at once. Ids (people,
 * organizations, topics, slugs) follow ID_PATTERN: they end up in URLs.
 */

/** "is required" for a missing field, else `wrongType`: editors mostly forget fields. */
const typeError = (wrongType: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : wrongType;

/** A stable identifier: lowercase ASCII words joined by hyphens. */
export const idSchema = z
  .string({ error: typeError('must be a text id') })
  .regex(ID_PATTERN, 'must be lowercase letters, digits and single hyphens (e.g. "olga-vidanova")');

/** A YAML list (`[a, b]` or one `- item` per line). */
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: typeError('must be a list, e.g. [a, b]') });

/** Non-empty, trimmed text. */
const text = z.string({ error: typeError('must be text') }).trim().min(1, 'must not be empty');

/** One of the site's languages. */
export const localeSchema = z.enum(routing.locales, {
  error: typeError(`must be one of: ${routing.locales.join(', ')}`),
});

/** A text in every site language (`fr:` and `en:`). */
export const localizedTextSchema = z.strictObject(
  Object.fromEntries(routing.locales.map((locale) => [locale, text])) as Record<
    (typeof routing.locales)[number],
    typeof text
  >,
  { error: typeError(`must have one line per language under it: ${routing.locales.map((l) => `${l}: …`).join(', ')}`) },
);

/** A calendar date `YYYY-MM-DD` that exists (2025-02-30 does not). */
export const isoDateSchema = z
  .string({ error: typeError('must be a date written YYYY-MM-DD') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(isRealDate, 'is not a real calendar date');

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A date known to the month (`2025-09`) or to the day (`2025-09-19`). */
export const partialDateSchema = z.union(
  [
    isoDateSchema,
    z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM or YYYY-MM-DD'),
  ],
  { error: 'must be a date written YYYY-MM or YYYY-MM-DD' },
);

const httpUrl = z
  .url({ protocol: /^https?$/, error: typeError('must be a full http(s) URL') });

/** `content/people/<id>.yaml`: a person quoted in the news. */
export const personSchema = z.strictObject({
  /** Name as spelled in each language (Russian names are transliterated differently). */
  name: localizedTextSchema.describe('name as spelled in each language, on lines "fr: …" and "en: …" under name:'),
  /** Further spellings to recognise; each language's name is already an alias of the others. */
  aliases: list(text).default([]),
  /** Organizations the person belongs to, by id; the first is the main one. */
  organizations: list(idSchema).default([]),
  /** Role as last reported; each story also records the role it states. */
  role: localizedTextSchema.describe('role as last reported, on lines "fr: …" and "en: …" under role:'),
});
export type PersonFile = z.infer<typeof personSchema>;

/** `content/organizations/<id>.yaml`: an organization named in the news. */
export const organizationSchema = z.strictObject({
  /** Name in each language. */
  name: localizedTextSchema.describe('name in each language, on lines "fr: …" and "en: …" under name:'),
  /** Other names the stories use (short forms, acronyms), any language. */
  aliases: list(text).default([]),
  /** What the stories say the organization is; nothing beyond the sources. */
  description: localizedTextSchema.describe('what the stories say it is, on lines "fr: …" and "en: …" under description:'),
});
export type OrganizationFile = z.infer<typeof organizationSchema>;

/** `content/events/<id>.yaml`: an event the stories report from. */
export const eventSchema = z.strictObject({
  /** Event name in each language. */
  name: localizedTextSchema.describe('event name, on lines "fr: …" and "en: …" under name:'),
  /** Where it took place, in each language. */
  location: localizedTextSchema.describe('where it took place, on lines "fr: …" and "en: …" under location:'),
  /** When: month or day precision, as precise as the sources are. */
  date: partialDateSchema.describe('when it took place, YYYY-MM or YYYY-MM-DD in quotes'),
  /** Organizations under whose banner it is held, by id. */
  organizations: list(idSchema).default([]),
});
export type EventFile = z.infer<typeof eventSchema>;

/** `content/topics.yaml` and `content/sections.yaml`: id → name in each language. */
export const vocabularySchema = z.record(idSchema, localizedTextSchema);

/** Length of `originalHash`: 12 hex digits (48 bits) tell a few thousand versions apart safely. */
export const ORIGINAL_HASH_LENGTH = 12;

/*
 * Front matter of `content/articles/<id>/<locale>.md`, one file per language. Each field's
 * `describe()` is written for editors: the check quotes it in the hint for a missing field and
 * `npm run content:new` writes it as the comment above the field, so the two never disagree.
 */
export const articleFrontMatterSchema = z.strictObject({
  /** Headline in this language. */
  title: text.describe('headline in this language'),
  /** One or two sentences under the headline. */
  standfirst: text.describe('one or two sentences under the headline, in this language'),
  /** URL segment in this language: `/fr/articles/<slug>`; unique per language. */
  slug: z
    .string({ error: typeError('must be text') })
    .regex(ID_PATTERN, 'must be lowercase ASCII words joined by hyphens, e.g. "forum-cloud-cities-moscou"')
    .describe('web address of the story in this language: lowercase words without accents, joined by hyphens'),
  /** Publication date, `YYYY-MM-DD`. */
  date: isoDateSchema.describe('publication date, YYYY-MM-DD'),
  /** Date of the last substantive update, if any (`YYYY-MM-DD`, not before `date`). */
  updated: isoDateSchema.optional().describe('date of the last substantive update, YYYY-MM-DD (optional)'),
  /** Section id from `content/sections.yaml`. */
  section: idSchema.describe('section id from content/sections.yaml'),
  /** Topic ids from `content/topics.yaml`. */
  tags: list(idSchema).default([]).describe('topic ids from content/topics.yaml, e.g. [industry, robotics]'),
  /** Event id from `content/events/`, when the story reports from one. */
  event: idSchema.optional().describe('id of the event the story reports from, from content/events/ (optional)'),
  /** Name of the session within the event, in this language. */
  session: text.optional().describe('session within the event, in this language (optional)'),
  /** Dateline place, in this language (e.g. "Moscou" / "Moscow"). */
  location: text.describe('dateline place, in this language: Moscou / Moscow'),
  /** Language of the original version of the story; the same in every translation. */
  original: localeSchema.describe(`language of the original version (${routing.locales.join(' or ')}), the same in every version`),
  /**
   * Translations only: the code of the original's text this version was last checked against
   * (`originalHash()` in original-hash.ts). When the original changes, the code no longer
   * matches and the check warns that the translation may be out of date, giving the new code.
   * Absent from the original itself.
   */
  originalHash: z
    .string({ error: typeError('must be the code the content check gives') })
    .regex(new RegExp(`^[0-9a-f]{${ORIGINAL_HASH_LENGTH}}$`), `must be the ${ORIGINAL_HASH_LENGTH}-character code the content check gives`)
    .optional()
    .describe('translations only: the code the content check gives once this version matches the original'),
  /** Everyone quoted, with the role this story gives them, in this language. */
  speakers: z
    .array(
      z.strictObject({
        /** Person id, the file name in `content/people/`. */
        id: idSchema.describe('person id: the file name in content/people/ without .yaml'),
        /** Role as this story states it, in this language. */
        role: text.describe('their role as this story gives it, in this language'),
      }, { error: typeError('must be an "- id: …" line with a "role: …" line under it') }),
      { error: typeError('must be a list of { id, role }') },
    )
    .default([])
    .describe('everyone quoted: one "- id: …" line and a "role: …" line under it per person'),
  /** Organization ids the story mentions. */
  organizations: list(idSchema).default([]).describe('ids from content/organizations/ of the organizations the story mentions'),
  /** Where the facts come from; shown on the page as a credit. */
  source: z
    .strictObject({
      /** Publisher's name, e.g. "Sputnik Afrique". */
      publisher: text.describe('publisher of the source, e.g. Sputnik Afrique'),
      /** Headline of the source, in its own language. */
      title: text.optional().describe('headline of the source, in its own language (optional)'),
      /** Link to the source. */
      url: httpUrl.describe('full link to the source, https://…'),
      /** Date of the source, `YYYY-MM-DD`. */
      date: isoDateSchema.describe('date of the source, YYYY-MM-DD'),
      /** Language the source is written in. */
      language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code').optional().describe('two-letter code of the language of the source, e.g. fr (optional)'),
    }, { error: typeError('must hold publisher, url and date, each on its own line indented under source:') })
    .describe('where the facts come from: publisher, url and date, indented under source:'),
}).refine((fm) => !fm.updated || fm.updated >= fm.date, {
  message: 'must not be before date',
  path: ['updated'],
});
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

const articleFields = articleFrontMatterSchema.shape;

/**
 * The fields the reference checks read, each kept when it is valid on its own and dropped when
 * not. When front matter has an error, the story is not published, but a bad date must not
 * hide an unknown speaker: every mistake shows in the same run.
 */
export const articleReferencesSchema = z.object({
  slug: articleFields.slug.optional().catch(undefined),
  section: articleFields.section.optional().catch(undefined),
  tags: articleFields.tags.catch([]),
  event: articleFields.event.catch(undefined),
  /** Undefined when invalid: then no quote can be checked against the speakers. */
  speakers: articleFields.speakers.optional().catch(undefined),
  organizations: articleFields.organizations.catch([]),
});
export type ArticleReferences = z.infer<typeof articleReferencesSchema>;
