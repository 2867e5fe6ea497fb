import { JsonLd } from '@/components/json-ld';
import { getTranslations } from 'next-intl/server';
import { EntityHeading } from '@/components/entity-heading';
import { PageFrame } from '@/components/page-frame';
import { SectionHeading } from '@/components/section-heading';
import { EventDate, hasEventDate } from '@/components/event-date';
import type { Locale } from '@/lib/i18n/routing';
import type { Organization } from '@/lib/site/types';
import { entityKinds, getSite } from '@/lib/site';
import { entityPaths } from '@/lib/seo/alternates';
import { EntityBreadcrumbs } from './entity-breadcrumbs';
import { EntityStories } from './entity-stories';
import { FollowFeeds } from './follow-feeds';

/** An organization: what the stories say of it, its people on the site, the events it is related to, every story that mentions it. */
export async function OrganizationView({ organization, locale }: { organization: Organization; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'OrganizationPage' });
  const site = getSite();
  const people = site.membersOf(organization.id, locale);
  const events = site.eventsRelatedTo(organization.id);
  return (
    <PageFrame locale={locale} alternates={entityPaths('organizations', organization)}>
      <JsonLd data={entityKinds.organizations.jsonLd(site, organization, locale)} />
      <EntityBreadcrumbs kind="organizations" locale={locale} name={organization.name[locale]} />
      <article lang={locale}>
        <EntityHeading name={organization.name} locale={locale} />
        <FollowFeeds kind="organizations" entity={organization} name={organization.name[locale]} locale={locale} />
        <section aria-labelledby="about-heading" className="mt-8">
          <SectionHeading id="about-heading">{t('about')}</SectionHeading>
          <p className="mt-3 max-w-measure font-serif text-lg">{organization.description[locale]}</p>
        </section>

        <section aria-labelledby="people-heading" className="mt-10">
          <SectionHeading id="people-heading">{t('people')}</SectionHeading>
          {people.length === 0 ? (
            <p className="mt-3 text-muted">{t('noPeople')}</p>
          ) : (
            <ul className="mt-3 space-y-2">
              {people.map((person) => (
                <li key={person.id}>
                  <a href={entityKinds.people.path(locale, person)} className="font-semibold underline underline-offset-4 hover:text-accent">
                    {person.name[locale]}
                  </a>
                  <span className="text-muted">, {person.role[locale]}</span>
                </li>
              ))}
            </ul>
          )}
        </section>

        {events.length > 0 && (
          <section aria-labelledby="events-heading" className="mt-10">
            <SectionHeading id="events-heading">{t('events')}</SectionHeading>
            <ul className="mt-3 space-y-2">
              {events.map((event) => (
                <li key={event.id}>
                  <a href={entityKinds.events.path(locale, event)} className="font-semibold underline underline-offset-4 hover:text-accent">
                    {event.name[locale]}
                  </a>
                  <span className="text-muted">
                    , {event.location[locale]}
                    {hasEventDate(event) && (
                      <>
                        , <EventDate event={event} locale={locale} inline />
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}

        <EntityStories headingId="stories-heading" heading={t('stories')} empty={t('noStories')} locale={locale} kind="organizations" entity={organization} />
      </article>
    </PageFrame>
  );
}
