import type { ContentProblem } from '../problems';
import type { ArticleFrontMatter } from '../schema';
import type { EntityFile, EntityFolder } from './entities';

/*
 * People, organizations and events no story uses: harmless for the site (their pages are not
 * linked from any story) but usually a leftover or a misspelt id, so the check warns.
 *   - a person is used when a story lists them in `speakers`;
 *   - an event is used when a story names it in `event`;
 *   - an organization is used when a story lists it in `organizations`, a used person belongs
 *     to it, or a used event names it (as an organizer or an associated organization).
 */

interface Usage {
  /** Front matter of every story version that could be read. */
  stories: Iterable<ArticleFrontMatter>;
  people: ReadonlyMap<string, { organizations: readonly string[] }>;
  events: ReadonlyMap<string, { organizers: readonly string[]; associatedOrganizations: readonly string[] }>;
  entities: readonly EntityFile[];
}

/** Ids used by the stories, by folder. */
export function usedIds({ stories, people, events }: Omit<Usage, 'entities'>): Record<EntityFolder, Set<string>> {
  const used = { people: new Set<string>(), organizations: new Set<string>(), events: new Set<string>() };
  for (const fm of stories) {
    for (const s of fm.speakers) used.people.add(s.id);
    for (const org of fm.organizations) used.organizations.add(org);
    if (fm.event) used.events.add(fm.event);
  }
  for (const id of used.people) for (const org of people.get(id)?.organizations ?? []) used.organizations.add(org);
  for (const id of used.events) {
    const event = events.get(id);
    for (const org of [...(event?.organizers ?? []), ...(event?.associatedOrganizations ?? [])]) used.organizations.add(org);
  }
  return used;
}

const HINTS: Record<EntityFolder, (id: string) => string> = {
  people: (id) => `list ${id} in the speakers of the story that quotes them, or delete this file if no story needs it`,
  organizations: (id) => `list ${id} in the organizations of a story (or of a person or event a story uses), or delete this file if no story needs it`,
  events: (id) => `write event: ${id} in the stories reported from it, or delete this file if no story needs it`,
};

/** One warning per entity no story uses, on its file at the line of its name. */
export function unusedEntityWarnings(usage: Usage): ContentProblem[] {
  const used = usedIds(usage);
  return usage.entities
    .filter((entity) => !used[entity.folder].has(entity.id))
    .map((entity) => ({
      file: entity.file,
      line: entity.line ?? 1,
      field: '(unused)',
      message: `no story mentions ${entity.name} (${entity.id})`,
      hint: HINTS[entity.folder](entity.id),
      severity: 'warning',
    }));
}
