import { JsonLd } from '@/components/json-ld';
import { getTranslations } from 'next-intl/server';
import { EntityHeading } from '@/components/entity-heading';
import { EventDate, hasEventDate } from '@/components/event-date';
import { OrganizationLinks } from '@/components/organization-links';
import { PageFrame } from '@/components/page-frame';
import { SectionHeading } from '@/components/section-heading';
import type { Locale } from '@/lib/i18n/routing';
import type { NewsEvent } from '@/lib/site/types';
import { entityKinds, getSite } from '@/lib/site';
import { entityPaths } from '@/lib/seo/alternates';
import { EntityBreadcrumbs } from './entity-breadcrumbs';
import { EntityStories } from './entity-stories';
import { FollowFeeds } from './follow-feeds';

/**
 * An event: where, when (or, where no source dates it, when it was reported), the organizers a
 * source states apart from organizations merely associated with it, its sessions, the stories and
 * the speakers from it.
 */
export async function EventView({ event, locale }: { event: NewsEvent; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'EventPage' });
  const site = getSite();
  const sessions = site.sessionsOf(event.id, locale);
  const speakers = site.speakersAt(event.id, locale);
  const organizations = (ids: readonly string[]) => ids.flatMap((id) => site.organization(id) ?? []);
  const organizers = organizations(event.organizers);
  const associated = organizations(event.associatedOrganizations);
  return (
    <PageFrame locale={locale} alternates={entityPaths('events', event)}>
      <JsonLd data={entityKinds.events.jsonLd(site, event, locale)} />
      <EntityBreadcrumbs kind="events" locale={locale} name={event.name[locale]} />
      <article lang={locale}>
        <EntityHeading name={event.name} locale={locale} />
        {!event.date && hasEventDate(event) && (
          <p className="mt-2 text-muted">
            <EventDate event={event} locale={locale} />
          </p>
        )}
        <FollowFeeds kind="events" entity={event} name={event.name[locale]} locale={locale} />
        <dl className="mt-6 grid max-w-measure gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t('where')}</dt>
          <dd>{event.location[locale]}</dd>
          {event.date && (
            <>
              <dt className="font-semibold">{t('when')}</dt>
              <dd>
                <EventDate event={event} locale={locale} />
              </dd>
            </>
          )}
          {organizers.length > 0 && (
            <>
              <dt className="font-semibold">{t('organizers')}</dt>
              <dd>
                <OrganizationLinks organizations={organizers} locale={locale} />
              </dd>
            </>
          )}
          {associated.length > 0 && (
            <>
              <dt className="font-semibold">{t('associated', { count: associated.length })}</dt>
              <dd>
                <OrganizationLinks organizations={associated} locale={locale} />
              </dd>
            </>
          )}
          {sessions.length > 0 && (
            <>
              <dt className="font-semibold">{t('sessions')}</dt>
              <dd>
                <ul>
                  {sessions.map((session) => (
                    <li key={session}>{session}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>

        {speakers.length > 0 && (
          <section aria-labelledby="event-speakers-heading" className="mt-10">
            <SectionHeading id="event-speakers-heading">{t('speakers')}</SectionHeading>
            <ul className="mt-3 grid gap-x-8 gap-y-3 md:grid-cols-2">
              {speakers.map(({ person, appearance }) => (
                <li key={person.id}>
                  <a href={entityKinds.people.path(locale, person)} className="font-semibold underline underline-offset-4 hover:text-accent">
                    {person.name[locale]}
                  </a>
                  <span className="block text-sm text-muted">{appearance.role}</span>
                </li>
              ))}
            </ul>
          </section>
        )}

        <EntityStories headingId="event-stories-heading" heading={t('stories')} empty={t('noStories')} locale={locale} kind="events" entity={event} />
      </article>
    </PageFrame>
  );
}
