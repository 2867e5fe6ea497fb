import { routing, type Locale } from '@/lib/i18n/routing';
import type { LocalizedText } from '@/lib/site/types';
import { slugify } from '../ids';
import type { ProblemLog } from '../problem-log';
import { fieldPath } from '../problems';

/*
 * The web address of every page of an entity, in each language: the slug its file gives for
 * that language, else the one its name there makes (`slugify`, the rule `content:new` uses for
 * headlines). Ids stay the stable key in content; slugs are what readers see. Each slug names
 * one page of its kind per language, and never takes the old address (the id) that another
 * entity's links may still use: the site redirects those to the slug.
 */

/** An entity of one kind as its file gives it. */
export interface SlugSource {
  id: string;
  name: LocalizedText;
  /** The slugs its file gives, by language. */
  given?: Partial<Record<Locale, string>>;
  /** Path of its file as messages show it. */
  file: string;
  /** Where its fields are in the file: `[]` for a file of its own, `[id]` in a vocabulary. */
  at: readonly (string | number)[];
  /** Its name's field in `locale`, under `at`: `['name', 'fr']`, or `['fr']` in a vocabulary. */
  nameField: (locale: Locale) => (string | number)[];
}

const languageName = (locale: Locale) => new Intl.DisplayNames('en', { type: 'language' }).of(locale) ?? locale;

/** Who holds a slug, as messages name them: their file, and their id in a vocabulary. */
const owner = (source: SlugSource) => (source.at.length ? `${source.file} (${source.id})` : source.file);

/**
 * Each source's slugs (id → slug per language), checked within one kind (`plural`: "people",
 * "topics"…). Problems are logged on the later of two files, in file order; a name that makes no
 * slug falls back to the id so later checks still run (the error keeps the content out anyway).
 */
export function resolveSlugs(plural: string, sources: readonly SlugSource[], log: ProblemLog): Map<string, LocalizedText> {
  const resolved = new Map<string, LocalizedText>();
  for (const source of sources) {
    const slugs = Object.fromEntries(routing.locales.map((locale) => [locale, slugOf(source, locale, log)])) as Record<Locale, string>;
    resolved.set(source.id, slugs);
  }
  const byId = new Map(sources.map((s) => [s.id, s]));
  for (const locale of routing.locales) {
    const holders = new Map<string, SlugSource>();
    for (const source of sources) {
      const slug = resolved.get(source.id)![locale];
      const given = source.given?.[locale] !== undefined;
      const field = [...source.at, ...(given ? ['slug', locale] : source.nameField(locale))];
      const problem = (message: string, hint: string) =>
        log.error({ file: source.file, line: log.lineOf(source.file, field), field: fieldPath(field), message, hint });
      const fix = given
        ? `choose another "${locale}:" under slug: (no two ${plural} share a web address in one language)`
        : `add slug: with the line "${locale}: …" to one of them (lowercase words joined by hyphens)`;
      const holder = holders.get(slug);
      if (holder) {
        problem(`the ${languageName(locale)} web address "${slug}" is already that of ${owner(holder)}`, fix);
        continue;
      }
      holders.set(slug, source);
      // Another entity's old address: its id, where links made before slugs existed still point.
      const former = byId.get(slug);
      if (former && former !== source && resolved.get(former.id)![locale] !== former.id) {
        problem(`the ${languageName(locale)} web address "${slug}" is the old address (the id) of ${owner(former)}, where links may still point`, fix);
      }
    }
  }
  return resolved;
}

/** The slug the file gives for `locale`, else the one the name makes; logged when the name makes none. */
function slugOf(source: SlugSource, locale: Locale, log: ProblemLog): string {
  const given = source.given?.[locale];
  if (given !== undefined) return given;
  const made = slugify(source.name[locale]);
  if (made) return made;
  const field = [...source.at, ...source.nameField(locale)];
  log.error({
    file: source.file,
    line: log.lineOf(source.file, field),
    field: fieldPath(field),
    message: `"${source.name[locale]}" has no letter or digit a web address can use`,
    hint: `add slug: with the line "${locale}: …", the ${languageName(locale)} web address of the page in lowercase words joined by hyphens`,
  });
  return source.id;
}
