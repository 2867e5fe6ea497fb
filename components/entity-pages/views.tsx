import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import type { EntityKind, EntityOf } from '@/lib/site';
import { EventView } from './event-view';
import { EventsIndexView } from './events-index-view';
import { OrganizationView } from './organization-view';
import { OrganizationsIndexView } from './organizations-index-view';
import { PeopleIndexView } from './people-index-view';
import { PersonView } from './person-view';
import { TopicView } from './topic-view';
import { TopicsIndexView } from './topics-index-view';

/** The views of one kind of entity: its index page and one entity's page. */
export interface EntityViews<K extends EntityKind> {
  Index: (props: { locale: Locale }) => Promise<ReactNode>;
  Page: (props: { entity: EntityOf[K]; locale: Locale }) => Promise<ReactNode>;
}

/** The views of each kind of entity (what else there is to know of a kind: lib/site/entity-kinds.ts). */
export const entityViews: { [K in EntityKind]: EntityViews<K> } = {
  people: { Index: PeopleIndexView, Page: ({ entity, locale }) => PersonView({ person: entity, locale }) },
  organizations: { Index: OrganizationsIndexView, Page: ({ entity, locale }) => OrganizationView({ organization: entity, locale }) },
  topics: { Index: TopicsIndexView, Page: ({ entity, locale }) => TopicView({ topic: entity, locale }) },
  events: { Index: EventsIndexView, Page: ({ entity, locale }) => EventView({ event: entity, locale }) },
};
