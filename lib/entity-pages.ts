import type { EntityKind } from '@/lib/i18n/paths';
import { routing, type Locale } from '@/lib/i18n/routing';
import { getRegistry } from '@/lib/registry';

/*
 * Which ids have a page, for each kind of entity. Every person, organization, topic and event has a page in every
 * language (their names are given per language), even before a story uses them.
 */

export function entityIds(kind: EntityKind): string[] {
  const registry = getRegistry();
  // Order does not matter for params; any language's list has every id.
  const locale = routing.defaultLocale;
  switch (kind) {
    case 'speakers':
      return registry.people(locale).map((p) => p.id);
    case 'organizations':
      return registry.organizations(locale).map((o) => o.id);
    case 'topics':
      return registry.topics(locale).map((t) => t.id);
    case 'events':
      return registry.events().map((e) => e.id);
  }
}
