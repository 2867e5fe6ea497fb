import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { routing } from '@/lib/i18n/routing';
import { isId } from '../ids';
import type { ProblemLog } from '../problem-log';
import { nearestName } from '../problems';
import { eventSchema, organizationSchema, personSchema, vocabularySchema } from '../schema';
import type { Content, Entry } from '../types';
import { readYamlFile } from '../validate';

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
    const table = new Map<string, Entry<z.infer<(typeof ENTITY_SCHEMAS)[F]>>>();
    const found = entityFiles(dir, folder, log);
    for (const { id, file } of found) {
      const data = readYamlFile(file, ENTITY_SCHEMAS[folder], log) as z.infer<(typeof ENTITY_SCHEMAS)[F]> | undefined;
      if (!data) continue;
      table.set(id, { ...data, id });
      const shown = log.display(file);
      files.push({ folder, id, file: shown, line: log.lineOf(shown, ['name']), name: data.name[routing.defaultLocale] });
    }
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

/** `topics.yaml` or `sections.yaml`: id → name in each language; empty when the file is absent. */
export function readVocabulary(dir: string, name: 'topics' | 'sections', log: ProblemLog): Content['topics'] {
  const file = path.join(dir, `${name}.yaml`);
  if (!existsSync(file)) return new Map();
  return new Map(Object.entries(readYamlFile(file, vocabularySchema, log) ?? {}));
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
