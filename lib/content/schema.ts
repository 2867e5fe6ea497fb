import { z } from 'zod';
import { routing } from '@/lib/i18n/routing';

/*
 * The shape of every content file, as zod schemas. Types are inferred from them, so a field
 * added here is checked in the files and typed in the code at once. Ids (people,
 * organizations, topics, slugs) are ASCII kebab-case: they end up in URLs.
 */

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "is required" for a missing field, else `wrongType`: editors mostly forget fields. */
const typeError = (wrongType: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : wrongType;


/** A stable identifier: lowercase ASCII words joined by hyphens. */
export const idSchema = z
  .string({ error: typeError('must be a text id') })
  .regex(kebab, 'must be lowercase letters, digits and single hyphens (e.g. "olga-vidanova")');

/** A YAML list (`[a, b]` or one `- item` per line). */
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: typeError('must be a list, e.g. [a, b]') });

/** Non-empty, trimmed text. */
const text = z.string({ error: typeError('must be text') }).trim().min(1, 'must not be empty');

/** One of the site's languages. */
export const localeSchema = z.enum(routing.locales, {
  error: `must be one of: ${routing.locales.join(', ')}`,
});

/** A text in every site language (`fr:` and `en:`). */
export const localizedTextSchema = z.strictObject(
  Object.fromEntries(routing.locales.map((locale) => [locale, text])) as Record<
    (typeof routing.locales)[number],
    typeof text
  >,
);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

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
  name: localizedTextSchema,
  /** Further spellings to recognise; each language's name is already an alias of the others. */
  aliases: list(text).default([]),
  /** Organizations the person belongs to, by id; the first is the main one. */
  organizations: list(idSchema).default([]),
  /** Role as last reported; each story also records the role it states. */
  role: localizedTextSchema,
});
export type PersonFile = z.infer<typeof personSchema>;

/** `content/organizations/<id>.yaml`: an organization named in the news. */
export const organizationSchema = z.strictObject({
  /** Name in each language. */
  name: localizedTextSchema,
  /** Other names the stories use (short forms, acronyms), any language. */
  aliases: list(text).default([]),
  /** What the stories say the organization is; nothing beyond the sources. */
  description: localizedTextSchema,
});
export type OrganizationFile = z.infer<typeof organizationSchema>;

/** `content/events/<id>.yaml`: an event the stories report from. */
export const eventSchema = z.strictObject({
  /** Event name in each language. */
  name: localizedTextSchema,
  /** Where it took place, in each language. */
  location: localizedTextSchema,
  /** When: month or day precision, as precise as the sources are. */
  date: partialDateSchema,
  /** Organizations under whose banner it is held, by id. */
  organizations: list(idSchema).default([]),
});
export type EventFile = z.infer<typeof eventSchema>;

/** `content/topics.yaml` and `content/sections.yaml`: id → name in each language. */
export const vocabularySchema = z.record(idSchema, localizedTextSchema);

/** Front matter of `content/articles/<id>/<locale>.md`, one file per language. */
export const articleFrontMatterSchema = z.strictObject({
  /** Headline in this language. */
  title: text,
  /** One or two sentences under the headline. */
  standfirst: text,
  /** URL segment in this language: `/fr/articles/<slug>`; unique per language. */
  slug: z.string({ error: typeError('must be text') }).regex(kebab, 'must be lowercase ASCII words joined by hyphens, e.g. "forum-cloud-cities-moscou"'),
  /** Publication date, `YYYY-MM-DD`. */
  date: isoDateSchema,
  /** Date of the last substantive update, if any (`YYYY-MM-DD`, not before `date`). */
  updated: isoDateSchema.optional(),
  /** Section id from `content/sections.yaml`. */
  section: idSchema,
  /** Topic ids from `content/topics.yaml`. */
  tags: list(idSchema).default([]),
  /** Event id from `content/events/`, when the story reports from one. */
  event: idSchema.optional(),
  /** Name of the session within the event, in this language. */
  session: text.optional(),
  /** Dateline place, in this language (e.g. "Moscou" / "Moscow"). */
  location: text,
  /** Language of the original version of the story; the same in every translation. */
  original: localeSchema,
  /** Everyone quoted, with the role this story gives them, in this language. */
  speakers: z
    .array(z.strictObject({ id: idSchema, role: text }), { error: typeError('must be a list of { id, role }') })
    .default([]),
  /** Organization ids the story mentions. */
  organizations: list(idSchema).default([]),
  /** Where the facts come from; shown on the page as a credit. */
  source: z.strictObject({
    /** Publisher's name, e.g. "Sputnik Afrique". */
    publisher: text,
    /** Headline of the source, in its own language. */
    title: text.optional(),
    /** Link to the source. */
    url: httpUrl,
    /** Date of the source, `YYYY-MM-DD`. */
    date: isoDateSchema,
    /** Language the source is written in. */
    language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code').optional(),
  }),
}).refine((fm) => !fm.updated || fm.updated >= fm.date, {
  message: 'must not be before date',
  path: ['updated'],
});
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
