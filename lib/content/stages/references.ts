import type { Locale } from '@/lib/i18n/routing';
import type { QuoteTie } from '@/lib/site/types';
import type { Locate, ProblemLog } from '../problem-log';
import { fieldPath, nearestName } from '../problems';
import type { ArticleReferences } from '../schema';
import type { Content } from '../types';
import { missingEntityHint, type EntityFile, type EntityFolder, type EntityTables } from './entities';

/*
 * References between files: every id a file names exists (publishers included), a slug belongs to one story per
 * language, and a story's quotes and speakers match. Checked on whatever fields are valid on
 * their own, so one run reports every mistake.
 */

/** What references are checked against. */
export interface Known {
  dir: string;
  entities: EntityTables;
  topics: Content['topics'];
  sections: Content['sections'];
  publishers: Content['publishers'];
  /** `<locale>/<slug>` → the file that took it first. */
  slugOwners: Map<string, string>;
}

/** Organizations named by people and events exist (`files`: the valid entity files, people before events). */
export function checkEntityReferences(known: Known, files: readonly EntityFile[], log: ProblemLog): void {
  const locate = (file: string) => (at: readonly PropertyKey[]) => log.lineOf(file, at);
  for (const { folder, id, file } of files) {
    if (folder === 'people') {
      const person = known.entities.people.get(id);
      if (person) checkOrganizations(known, log, file, person.organizations, locate(file));
    } else if (folder === 'events') {
      const event = known.entities.events.get(id);
      if (event) {
        checkOrganizations(known, log, file, event.organizers, locate(file), 'organizers');
        checkOrganizations(known, log, file, event.associatedOrganizations, locate(file), 'associatedOrganizations');
      }
    }
  }
}

/** One story version's references: slug, section, topics, event, speakers, organizations, and its quote ties. */
export function checkStoryReferences(
  known: Known,
  log: ProblemLog,
  version: { file: string; locale: Locale; refs: Partial<ArticleReferences>; ties: readonly QuoteTie[]; locate: Locate; bodyLine: number },
): void {
  const { file, locale, refs, locate } = version;
  const refError = (at: (string | number)[], message: string, hint: string) => log.error({ file, line: locate(at), field: fieldPath(at), message, hint });
  const hint = (folder: EntityFolder, id: string) => missingEntityHint(known.dir, known.entities, folder, id, log);

  if (refs.slug) {
    const slugKey = `${locale}/${refs.slug}`;
    const owner = known.slugOwners.get(slugKey);
    if (owner) refError(['slug'], `"${refs.slug}" is already the slug of ${owner}`, 'choose a slug no other story uses in this language');
    else known.slugOwners.set(slugKey, file);
  }
  if (refs.section && !known.sections.has(refs.section)) {
    refError(['section'], `unknown section "${refs.section}"`, `use one of: ${[...known.sections.keys()].join(', ') || '(none defined in sections.yaml)'}`);
  }
  refs.tags?.forEach((tag, i) => {
    if (known.topics.has(tag)) return;
    const near = nearestName(tag, known.topics.keys());
    refError(['tags', i], `unknown topic "${tag}"`, `${near ? `did you mean ${near}? Otherwise add` : 'add'} it to content/topics.yaml with its name in each language`);
  });
  if (refs.event && !known.entities.events.has(refs.event)) refError(['event'], `unknown event "${refs.event}"`, hint('events', refs.event));
  const speakerIds = new Set<string>();
  refs.speakers?.forEach((s, i) => {
    if (!known.entities.people.has(s.id)) refError(['speakers', i, 'id'], `unknown person "${s.id}"`, hint('people', s.id));
    if (speakerIds.has(s.id)) refError(['speakers', i, 'id'], `"${s.id}" is listed twice`, 'list each speaker once');
    speakerIds.add(s.id);
  });
  checkOrganizations(known, log, file, refs.organizations ?? [], locate);
  const publisher = refs.source?.publisher;
  if (publisher && !known.publishers.has(publisher)) {
    const near = nearestName(publisher, known.publishers.keys());
    refError(['source', 'publisher'], `unknown publisher "${publisher}"`, `${near ? `did you mean ${near}? Otherwise add` : 'add'} it to content/publishers.yaml with its name and description in each language`);
  }
  if (refs.speakers) checkTies(known, log, { ...version, speakers: refs.speakers, speakerIds });
}

/** Every quote is tied to a listed speaker, and every speaker has something tied to them. */
function checkTies(
  known: Known,
  log: ProblemLog,
  version: { file: string; ties: readonly QuoteTie[]; locate: Locate; bodyLine: number; speakers: readonly { id: string }[]; speakerIds: ReadonlySet<string> },
): void {
  const { file, ties, speakers, speakerIds } = version;
  for (const tie of ties) {
    if (!speakerIds.has(tie.speaker)) {
      log.error({ file, line: version.bodyLine + tie.line - 1, field: 'body', message: `quote tied to "${tie.speaker}", who is not in this story's speakers`, hint: tieHint(known, tie.speaker, speakerIds) });
    }
  }
  speakers.forEach((s, i) => {
    if (ties.some((t) => t.speaker === s.id)) return;
    log.error({
      file,
      line: version.locate(['speakers', i, 'id']),
      field: fieldPath(['speakers', i, 'id']),
      message: `${s.id} is listed as a speaker but nothing in the text is tied to them`,
      hint: `mark what they said with :quote[…]{speaker=${s.id}} or :said[…]{speaker=${s.id}}`,
    });
  });
}

/** Unknown organization ids in a list field of `file` (`organizations` unless named). */
function checkOrganizations(known: Known, log: ProblemLog, file: string, ids: readonly string[], locate: Locate, field = 'organizations'): void {
  ids.forEach((org, i) => {
    if (known.entities.organizations.has(org)) return;
    const hint = missingEntityHint(known.dir, known.entities, 'organizations', org, log);
    log.error({ file, line: locate([field, i]), field: fieldPath([field, i]), message: `unknown organization "${org}"`, hint });
  });
}

/** How to fix a quote tied to someone who is not a speaker: a typo of a speaker's id, or a missing speaker. */
function tieHint(known: Known, id: string, speakerIds: ReadonlySet<string>): string {
  const near = nearestName(id, speakerIds);
  if (near) return `did you mean ${near}? Fix the id in {speaker=…}`;
  if (known.entities.people.has(id)) return `add { id: ${id}, role: … } to speakers`;
  return `no person has the id "${id}": check the spelling, or create content/people/${id}.yaml and add them to speakers`;
}
