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

/** A file that is not fields (a list, a single value): what every content file must be instead. */
const FIELDS = typeError('must be fields, one "field: value" per line');

/** What an id must look like, in the editor's words (the hint says which ids the field takes). */
const ID_SHAPE = 'must be an id: lowercase letters, digits and single hyphens';

/** A stable identifier: lowercase ASCII words joined by hyphens. */
export const idSchema = z.string({ error: typeError(ID_SHAPE) }).regex(ID_PATTERN, ID_SHAPE);

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

/** A date known to the month (`2025-09`) or to the day (`2025-09-19`), which exists. */
export const partialDateSchema = z
  .string({ error: typeError('must be a date written YYYY-MM or YYYY-MM-DD') })
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, { error: 'must be a date written YYYY-MM or YYYY-MM-DD', abort: true })
  .refine((value) => value.length === 7 || isRealDate(value), 'is not a real calendar date');

/** What a slug must look like, in the editor's words. */
export const SLUG_SHAPE = 'must be lowercase letters (no accents) and digits, in words joined by single hyphens, e.g. "forum-cloud-cities-moscou"';

/** One web-address word (a slug): lowercase letters and digits in words joined by single hyphens. */
const slugSchema = z.string({ error: typeError('must be text') }).regex(ID_PATTERN, SLUG_SHAPE);

/**
 * The web address of an entity's page in each language, where the one made from its name (the
 * rule of `slugify`) will not do: both lines, or only the language to change.
 */
export const localizedSlugSchema = z
  .strictObject(
    Object.fromEntries(routing.locales.map((locale) => [locale, slugSchema.optional()])) as Record<
      (typeof routing.locales)[number],
      z.ZodOptional<typeof slugSchema>
    >,
    { error: typeError(`must have a line per language to change under it: ${routing.locales.map((l) => `${l}: …`).join(', ')}`) },
  )
  .optional()
  .describe('web address of the page in each language, only where the one made from the name will not do: lines "fr: …" and/or "en: …" under slug: (optional)');

const httpUrl = z
  .url({ protocol: /^https?$/, error: typeError('must be a full web address starting with https://') });

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
  /** Web address of the person's page per language, where the name's will not do. */
  slug: localizedSlugSchema,
}, { error: FIELDS });
export type PersonFile = z.infer<typeof personSchema>;

/** `content/organizations/<id>.yaml`: an organization named in the news. */
export const organizationSchema = z.strictObject({
  /** Name in each language. */
  name: localizedTextSchema.describe('name in each language, on lines "fr: …" and "en: …" under name:'),
  /** Other names the stories use (short forms, acronyms), any language. */
  aliases: list(text).default([]),
  /** What the stories say the organization is; nothing beyond the sources. */
  description: localizedTextSchema.describe('what the stories say it is, on lines "fr: …" and "en: …" under description:'),
  /** Web address of the organization's page per language, where the name's will not do. */
  slug: localizedSlugSchema,
}, { error: FIELDS });
export type OrganizationFile = z.infer<typeof organizationSchema>;

/** `content/events/<id>.yaml`: an event the stories report from. */
export const eventSchema = z.strictObject({
  /** Event name in each language. */
  name: localizedTextSchema.describe('event name, on lines "fr: …" and "en: …" under name:'),
  /** Where it took place, in each language. */
  location: localizedTextSchema.describe('where it took place, on lines "fr: …" and "en: …" under location:'),
  /**
   * When it took place, only when a source says: month or day precision, as precise as the
   * source. Without it the event's page says when its stories' sources reported it.
   */
  date: partialDateSchema.optional().describe('when it took place, "YYYY-MM" or "YYYY-MM-DD" in quotes, only if a source says so (optional: without it, the page says when the event was reported)'),
  /** Organizations a source states organised it, by id. */
  organizers: list(idSchema).default([]).describe('ids of the organizations a source says organised it, e.g. [moscow-government]; [] when no source says'),
  /** Organizations associated with it that no source states organised it (the one it is named after, say), by id. */
  associatedOrganizations: list(idSchema).default([]).describe('ids of organizations associated with it that no source says organised it, e.g. the one it is named after'),
  /** Web address of the event's page per language, where the name's will not do. */
  slug: localizedSlugSchema,
}, { error: FIELDS });
export type EventFile = z.infer<typeof eventSchema>;

/** A topic or a section: its name in each language (`fr: …, en: …`), and its `slug` where the name's will not do. */
const termSchema = z.strictObject(
  {
    ...(Object.fromEntries(routing.locales.map((locale) => [locale, text])) as Record<(typeof routing.locales)[number], typeof text>),
    slug: localizedSlugSchema,
  },
  { error: typeError(`must give the name in each language: { ${routing.locales.map((l) => `${l}: …`).join(', ')} }`) },
).describe(`its name in each language, { ${routing.locales.map((l) => `${l}: …`).join(', ')} }, and slug: { … } beside them only where needed`);
export type TermFile = z.infer<typeof termSchema>;

/** `content/topics.yaml` and `content/sections.yaml`: id → name in each language. */
export const vocabularySchema = z.record(idSchema, termSchema, { error: FIELDS });

/** A publisher whose reports stories are based on: shown with the source credit, from content, in each language. */
const publisherSchema = z.strictObject(
  {
    /** Its name in each language (usually the same). */
    name: localizedTextSchema.describe('name of the publisher, on lines "fr: …" and "en: …" under name:'),
    /**
     * What the publisher is, for a reader weighing the source (who owns it, when state-owned or a
     * party's), as it reads after its name: lower case, no full stop.
     */
    description: localizedTextSchema.describe('what the publisher is, as it reads after its name (who owns it when it is state-owned or a party\'s), on lines "fr: …" and "en: …" under description:'),
  },
  { error: typeError('must hold name: and description:, each with a line per language under it') },
).describe('the publisher\'s name: and description:, indented under its id, each with lines "fr: …" and "en: …" under it');

/** `content/publishers.yaml`: publisher id → its name and description in each language. */
export const publishersSchema = z.record(idSchema, publisherSchema, { error: FIELDS });
export type PublisherFile = z.infer<typeof publisherSchema>;

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
  slug: slugSchema
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
      /** Publisher's id in `content/publishers.yaml`, e.g. `sputnik-afrique`. */
      publisher: idSchema.describe('id of the publisher in content/publishers.yaml, e.g. sputnik-afrique'),
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
}, { error: FIELDS }).refine((fm) => !fm.updated || fm.updated >= fm.date, {
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
  source: z.object({ publisher: idSchema.optional().catch(undefined) }).optional().catch(undefined),
});
export type ArticleReferences = z.infer<typeof articleReferencesSchema>;
