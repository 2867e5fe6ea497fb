import type { Locale } from '@/lib/i18n/routing';
import { getContent } from '@/lib/content/repository';
import { getRegistry } from '@/lib/registry';
import type { NewsEvent, Organization, Person, Term } from '@/lib/content/types';

/*
 * People, organizations, events and vocabularies by id, for components that hold an id the
 * loader has checked: the registry's lookups, throwing instead of returning undefined.
 */

export function getPerson(id: string): Person {
  return required(getRegistry().person(id), 'person', id);
}

export function getOrganization(id: string): Organization {
  return required(getRegistry().organization(id), 'organization', id);
}

export function getEvent(id: string): NewsEvent {
  return required(getRegistry().event(id), 'event', id);
}

export function getTopicName(id: string, locale: Locale): string {
  return required(getRegistry().topic(id), 'topic', id).name[locale];
}

export function getSection(id: string): Term {
  return required(getContent().sections.get(id), 'section', id);
}

function required<T>(value: T | undefined, kind: string, id: string): T {
  // The loader rejects unknown ids, so reaching this is a bug in the caller, not bad content.
  if (value === undefined) throw new Error(`No ${kind} with id "${id}"`);
  return value;
}
