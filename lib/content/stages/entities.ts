import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { routing } from '@/lib/i18n/routing';
import type { LocalizedText } from '@/lib/site/types';
import { isId } from '../ids';
import type { ProblemLog } from '../problem-log';
import { nearestName } from '../problems';
import { eventSchema, organizationSchema, personSchema, publishersSchema, vocabularySchema } from '../schema';
import type { Content, Entry } from '../types';
import { readYamlFile } from '../validate';
import { resolveSlugs } from './slugs';

/** The entity folders: one YAML file per entity, named `<id>.yaml`, each folder with its schema. */
export const ENTITY_SCHEMAS = {
  people: personSchema,
  organizations: organizationSchema,
  events: eventSchema,
} as const;

export type EntityFolder = keyof typeof ENTITY_SCHEMAS;

export type EntityTables = { [F in EntityFolder]: Map<string, Entry<z.infer<(typeof ENTITY_SCHEMAS)[F]>>> };

/** A valid entity file, where a warning about it is shown. */
export interface EntityFile {
  folder: EntityFolder;
  id: string;
  /** Path as shown in messages. */
  file: string;
  /** Line of `name` in the file. */
  line?: number;
  /** Display name, for the message. */
  name: string;
}

export interface EntitiesRead {
  tables: EntityTables;
  /** Every valid entity file, for the warning about entities no story uses. */
  files: EntityFile[];
  /** Files found in each folder, valid or not. */
  counts: Record<EntityFolder, number>;
}

/** Reads the people, organizations and events folders; invalid files are logged and left out. */
export function readEntities(dir: string, log: ProblemLog): EntitiesRead {
  const files: EntityFile[] = [];
  const read = <F extends EntityFolder>(folder: F) => {
    const valid: { id: string; data: z.infer<(typeof ENTITY_SCHEMAS)[F]>; file: string }[] = [];
    const found = entityFiles(dir, folder, log);
    for (const { id, file } of found) {
      const data = readYamlFile(file, ENTITY_SCHEMAS[folder], log) as z.infer<(typeof ENTITY_SCHEMAS)[F]> | undefined;
      if (!data) continue;
      const shown = log.display(file);
      valid.push({ id, data, file: shown });
      files.push({ folder, id, file: shown, line: log.lineOf(shown, ['name']), name: data.name[routing.defaultLocale] });
    }
    const slugs = resolveSlugs(folder, valid.map(({ id, data, file }) => ({ id, name: data.name, given: data.slug, file, at: [], nameField: (locale) => ['name', locale] })), log);
    const table = new Map(valid.map(({ id, data }): [string, Entry<z.infer<(typeof ENTITY_SCHEMAS)[F]>>] => [id, { ...data, id, slug: slugs.get(id)! }]));
    return { table, count: found.length };
  };
  const people = read('people');
  const organizations = read('organizations');
  const events = read('events');
  return {
    tables: { people: people.table, organizations: organizations.table, events: events.table },
    files,
    counts: { people: people.count, organizations: organizations.count, events: events.count },
  };
}

/** `topics.yaml` or `sections.yaml`: id → name and slug in each language; empty when the file is absent. */
export function readVocabulary(dir: string, name: 'topics' | 'sections', log: ProblemLog): Content['topics'] {
  const absFile = path.join(dir, `${name}.yaml`);
  if (!existsSync(absFile)) return new Map();
  const file = log.display(absFile);
  const terms = Object.entries(readYamlFile(absFile, vocabularySchema, log) ?? {}).map(([id, { slug, ...term }]) => {
    const termName = Object.fromEntries(routing.locales.map((locale) => [locale, term[locale]])) as LocalizedText;
    return { id, name: termName, given: slug };
  });
  const slugs = resolveSlugs(name, terms.map((t) => ({ ...t, file, at: [t.id], nameField: (locale) => [locale] })), log);
  return new Map(terms.map(({ id, name: termName }) => [id, { name: termName, slug: slugs.get(id)! }]));
}

/** `publishers.yaml`: id → name and description in each language; empty when the file is absent. */
export function readPublishers(dir: string, log: ProblemLog): Content['publishers'] {
  const file = path.join(dir, 'publishers.yaml');
  if (!existsSync(file)) return new Map();
  return new Map(Object.entries(readYamlFile(file, publishersSchema, log) ?? {}));
}

/** The `<id>.yaml` files of a folder, in name order; other names are logged. */
function entityFiles(dir: string, folder: EntityFolder, log: ProblemLog): { id: string; file: string }[] {
  const full = path.join(dir, folder);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const file = path.join(full, name);
      const id = name.replace(/\.ya?ml$/, '');
      if (id === name) {
        log.error({ file: log.display(file), field: '(file name)', message: 'is not a .yaml file', hint: `rename it to ${folder}/<id>.yaml` });
        return [];
      }
      if (!isId(id)) {
        log.error({ file: log.display(file), field: '(file name)', message: `"${id}" is not a valid id`, hint: 'use lowercase letters, digits and hyphens, e.g. olga-vidanova.yaml' });
        return [];
      }
      return [{ id, file }];
    });
}

/** How to fix a reference to an id that matches no valid entity: its file has errors, or there is none. */
export function missingEntityHint(dir: string, tables: EntityTables, folder: EntityFolder, id: string, log: ProblemLog): string {
  const file = path.join(dir, folder, `${id}.yaml`);
  if (existsSync(file)) return `${log.display(file)} has errors: fix them first`;
  const near = nearestName(id, tables[folder].keys());
  return near ? `did you mean ${near}? Otherwise create content/${folder}/${id}.yaml` : `create content/${folder}/${id}.yaml or fix the id`;
}
