import path from 'node:path';
import { routing, type Locale } from '@/lib/i18n/routing';
import type { QuoteTie } from '@/lib/site/types';
import type { Block } from '../body-facts';
import type { ProblemLog } from '../problem-log';
import type { ContentProblem } from '../problems';
import type { ArticleFrontMatter } from '../schema';

/*
 * Warnings comparing a translation with its original. They never block publishing: a
 * translation may lag behind for a while, but editors should see where it differs.
 */

/** What the comparisons need from one valid language version of a story. */
export interface VersionFacts {
  /** Path as shown in messages. */
  file: string;
  locale: Locale;
  frontMatter: ArticleFrontMatter;
  /** Line of a front-matter field in the file. */
  locate: (path: readonly PropertyKey[]) => number | undefined;
  /** Line of the first body line in the file. */
  bodyLine: number;
  /** Top-level blocks, lines in the file. */
  blocks: Block[];
  /** Quote ties in document order, lines in the file. */
  ties: Pick<QuoteTie, 'speaker' | 'kind' | 'line'>[];
  /** `originalHash()` of this version's text: what its translations must record. */
  textHash: string;
}

/**
 * The versions of one story agree on their original, which exists (`present`: the files found,
 * valid or not); then each translation is compared with it, when both read without error.
 * `facts`: the versions whose front matter is valid, in file order.
 */
export function checkStoryTranslations(
  log: ProblemLog,
  story: { storyId: string; facts: Partial<Record<Locale, VersionFacts>>; present: ReadonlyMap<Locale, string> },
): void {
  const { storyId, present } = story;
  const [onlyLocale, onlyFile] = present.size === 1 ? [...present][0]! : [];
  if (onlyLocale && onlyFile) log.add([oneLanguageWarning(storyId, onlyLocale, onlyFile, routing.locales)]);
  const list = Object.values(story.facts);
  const first = list[0];
  if (!first) return;
  const originalOf = (v: VersionFacts) => v.frontMatter.original;
  for (const version of list) {
    if (originalOf(version) !== originalOf(first)) {
      log.error({ file: version.file, line: version.locate(['original']), field: 'original', message: `says "${originalOf(version)}" but ${first.file} says "${originalOf(first)}"`, hint: 'every version of a story names the same original language' });
    }
  }
  if (!present.has(originalOf(first))) {
    log.error({ file: first.file, line: first.locate(['original']), field: 'original', message: `the original (${originalOf(first)}) version of "${storyId}" does not exist`, hint: `add articles/${storyId}/${originalOf(first)}.md or correct "original"` });
  }
  if (list.some((v) => originalOf(v) !== originalOf(first))) return;
  const readable = list.filter((v) => !log.hasErrors(v.file));
  const original = readable.find((v) => v.locale === originalOf(first));
  if (!original) return;
  log.add(hashOnOriginalWarning(original));
  for (const translation of readable) {
    if (translation !== original) log.add(translationWarnings(original, translation));
  }
}

type Warning = Omit<ContentProblem, 'severity'>;
const warn = (w: Warning): ContentProblem => ({ ...w, severity: 'warning' });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A story whose folder holds one language version only. `file` is that version. */
export function oneLanguageWarning(storyId: string, locale: Locale, file: string, locales: readonly Locale[]): ContentProblem {
  const missing = locales.filter((l) => l !== locale);
  return warn({
    file,
    line: 1,
    field: '(translation)',
    message: `"${storyId}" exists in ${locale} only`,
    hint: `add ${missing.map((l) => `${l}.md`).join(', ')} next to it with the translation; until then the page says the story exists in one language`,
  });
}

/** An original carries no `originalHash`: it is what the code is computed from. */
export function hashOnOriginalWarning(original: VersionFacts): ContentProblem[] {
  if (original.frontMatter.originalHash === undefined) return [];
  return [warn({
    file: original.file,
    line: original.locate(['originalHash']),
    field: 'originalHash',
    message: `${name(original)} is the original, which records no originalHash`,
    hint: 'remove this line; translations record the code of the original',
  })];
}

/** Every difference between a translation and its original worth an editor's look. */
export function translationWarnings(original: VersionFacts, translation: VersionFacts): ContentProblem[] {
  return [
    ...stalenessWarnings(original, translation),
    ...listParityWarnings(original, translation, 'speakers', (fm) => fm.speakers.map((s) => s.id)),
    ...listParityWarnings(original, translation, 'organizations', (fm) => fm.organizations),
    ...quoteParityWarnings(original, translation),
    ...blockParityWarnings(original, translation),
  ];
}

function name(version: VersionFacts): string {
  return path.basename(version.file);
}

/** The translation records the code of the original's current text, else it may be out of date. */
function stalenessWarnings(original: VersionFacts, translation: VersionFacts): ContentProblem[] {
  const recorded = translation.frontMatter.originalHash;
  const expected = original.textHash;
  if (recorded === expected) return [];
  if (recorded === undefined) {
    return [warn({
      file: translation.file,
      line: translation.locate(['original']),
      field: 'originalHash',
      message: `nothing records which text of ${name(original)} this translation follows`,
      hint: `once it matches ${name(original)}, add the line originalHash: ${expected}`,
    })];
  }
  return [warn({
    file: translation.file,
    line: translation.locate(['originalHash']),
    field: 'originalHash',
    message: `${name(original)} has changed since this translation was checked against it`,
    hint: `bring it up to date with ${name(original)} (its history shows what changed), then set originalHash: ${expected}`,
  })];
}

/** Same ids, in the same order, in a front-matter list (speakers, organizations). */
function listParityWarnings(
  original: VersionFacts,
  translation: VersionFacts,
  field: 'speakers' | 'organizations',
  ids: (fm: ArticleFrontMatter) => string[],
): ContentProblem[] {
  const want = ids(original.frontMatter);
  const have = ids(translation.frontMatter);
  if (want.join() === have.join()) return [];
  const missing = want.filter((id) => !have.includes(id));
  const extra = have.filter((id) => !want.includes(id));
  const where = { file: translation.file, line: translation.locate([field]), field };
  if (!missing.length && !extra.length) {
    return [warn({
      ...where,
      message: `lists the same ${field} as ${name(original)} in another order (${original.locale}: ${want.join(', ')}; ${translation.locale}: ${have.join(', ')})`,
      hint: `use the order of ${name(original)}, so both versions show them alike`,
    })];
  }
  const parts = [
    missing.length ? `missing ${missing.join(', ')}` : '',
    extra.length ? `not in ${name(original)}: ${extra.join(', ')}` : '',
  ].filter(Boolean);
  return [warn({
    ...where,
    message: `${field} differ from ${name(original)} (the original): ${parts.join('; ')}`,
    hint: `list the same ${field} as ${name(original)}: ids stay the same in every language${field === 'speakers' ? ', only roles are translated' : ''}`,
  })];
}

/** Same quote ties in the same order: `#quote-N` must be the same statement in every language. */
function quoteParityWarnings(original: VersionFacts, translation: VersionFacts): ContentProblem[] {
  const describe = (tie: VersionFacts['ties'][number]) => `${tie.kind === 'said' ? ':said' : ':quote'} of ${tie.speaker}`;
  const i = firstDifference(original.ties, translation.ties, (a, b) => a.speaker === b.speaker && a.kind === b.kind);
  if (i === undefined) return [];
  const want = original.ties[i];
  const have = translation.ties[i];
  const counts = original.ties.length !== translation.ties.length;
  const message = counts
    ? `${original.locale} (the original) has ${plural(original.ties.length, 'quote')}, ${translation.locale} has ${translation.ties.length}`
    : `quote ${i + 1} is the ${describe(have!)} here but the ${describe(want!)} in ${name(original)}`;
  const first = have
    ? `the first difference is quote ${i + 1}, line ${have.line}${want ? ` (line ${want.line} in ${name(original)})` : ', which the original does not have'}`
    : `${name(original)} goes on with quote ${i + 1} at line ${want!.line}`;
  return [warn({
    file: translation.file,
    line: have?.line ?? translation.ties.at(-1)?.line ?? translation.bodyLine,
    field: 'body',
    message,
    hint: `tie the same statements to the same speakers, in the same order, as ${name(original)}; ${first}`,
  })];
}

/**
 * Same top-level blocks (paragraphs, headings, block quotes) in the same order. When the counts
 * differ, blocks are told apart by kind and by whose statements they hold, which finds the
 * missing or extra paragraph in a story where most paragraphs quote someone.
 */
function blockParityWarnings(original: VersionFacts, translation: VersionFacts): ContentProblem[] {
  const want = original.blocks;
  const have = translation.blocks;
  const counts = want.length !== have.length;
  const signature = (version: VersionFacts) => (block: Block) =>
    [block.kind, ...version.ties.filter((t) => t.line >= block.line && t.line <= block.endLine).map((t) => t.speaker)].join(' ');
  const wantSigs = want.map(signature(original));
  const haveSigs = have.map(signature(translation));
  const i = counts
    ? firstDifference(wantSigs, haveSigs, (a, b) => a === b)
    : firstDifference(want, have, (a, b) => a.kind === b.kind);
  if (i === undefined) return [];
  const message = counts
    ? `${original.locale} (the original) has ${plural(want.length, 'paragraph')}, ${translation.locale} has ${have.length} (headings and block quotes count as paragraphs)`
    : `paragraph ${i + 1} is a ${have[i]!.kind} here but a ${want[i]!.kind} in ${name(original)}`;
  const first = have[i]
    ? `the first that does not match is at line ${have[i].line}${want[i] ? ` (line ${want[i].line} in ${name(original)})` : ''}`
    : `${name(original)} goes on at line ${want[i]!.line}`;
  return [warn({
    file: translation.file,
    line: have[i]?.line ?? have.at(-1)?.line ?? translation.bodyLine,
    field: 'body',
    message,
    hint: `translate paragraph by paragraph, with headings and quotes where ${name(original)} has them; ${first}`,
  })];
}

/** Index of the first position where two sequences differ (one ending early counts), if any. */
function firstDifference<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): number | undefined {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) if (!same(a[i]!, b[i]!)) return i;
  return a.length === b.length ? undefined : shorter;
}
