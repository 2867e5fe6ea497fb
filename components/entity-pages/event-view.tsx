import { JsonLd } from '@/components/json-ld';
import { getTranslations } from 'next-intl/server';
import { EntityHeading } from '@/components/entity-heading';
import { OrganizationLinks } from '@/components/organization-links';
import { PageFrame } from '@/components/page-frame';
import { SectionHeading } from '@/components/section-heading';
import { formatPartialDate } from '@/lib/format';
import { entityPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import type { NewsEvent } from '@/lib/site/types';
import { entityKinds, getSite } from '@/lib/site';
import { entityPaths } from '@/lib/seo/alternates';
import { EntityBreadcrumbs } from './entity-breadcrumbs';
import { EntityStories } from './entity-stories';

/** An event: where, when, who organized it, its sessions, the stories and the speakers from it. */
export async function EventView({ event, locale }: { event: NewsEvent; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'EventPage' });
  const site = getSite();
  const sessions = site.sessionsOf(event.id, locale);
  const speakers = site.speakersAt(event.id, locale);
  const organizers = event.organizations.flatMap((id) => site.organization(id) ?? []);
  return (
    <PageFrame locale={locale} alternates={entityPaths('events', event.id)}>
      <JsonLd data={entityKinds.events.jsonLd(site, event, locale)} />
      <EntityBreadcrumbs kind="events" locale={locale} name={event.name[locale]} />
      <article lang={locale}>
        <EntityHeading name={event.name} locale={locale} />
        <dl className="mt-6 grid max-w-measure gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t('where')}</dt>
          <dd>{event.location[locale]}</dd>
          <dt className="font-semibold">{t('when')}</dt>
          <dd>
            <time dateTime={event.date}>{formatPartialDate(event.date, locale)}</time>
          </dd>
          {organizers.length > 0 && (
            <>
              <dt className="font-semibold">{t('organizers')}</dt>
              <dd>
                <OrganizationLinks organizations={organizers} locale={locale} />
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
                <a href={entityPath('people', locale, person.id)} className="font-semibold underline underline-offset-4 hover:text-accent">
                  {person.name[locale]}
                </a>
                <span className="block text-sm text-muted">{appearance.role}</span>
              </li>
            ))}
          </ul>
        </section>
        )}

        <EntityStories headingId="event-stories-heading" heading={t('stories')} empty={t('noStories')} locale={locale} storiesIn={(l) => site.storiesAbout(event.id, l)} />
      </article>
    </PageFrame>
  );
}
