import { JsonLd } from '@/components/json-ld';
import { organizationJsonLd } from '@/lib/seo/json-ld';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { EntityHeading } from '@/components/entity-heading';
import { OtherLanguageStories } from '@/components/other-language-stories';
import { PageFrame } from '@/components/page-frame';
import { SectionHeading } from '@/components/section-heading';
import { StoryList } from '@/components/story-list';
import { formatPartialDate } from '@/lib/format';
import { entityIndexPath, eventPath, homePath, personPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import type { Organization } from '@/lib/content/types';
import { getRegistry } from '@/lib/registry';
import { entityPaths } from '@/lib/seo/alternates';

/** An organization: what the stories say of it, its people on the site, every story that mentions it. */
export async function OrganizationView({ organization, locale }: { organization: Organization; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'OrganizationPage' });
  const tHeader = await getTranslations({ locale, namespace: 'SiteHeader' });
  const registry = getRegistry();
  const people = registry.membersOf(organization.id, locale);
  const stories = registry.storiesMentioning(organization.id, locale);
  const events = registry.eventsOrganizedBy(organization.id);
  return (
    <PageFrame locale={locale} alternates={entityPaths('organizations', organization.id)}>
      <JsonLd data={organizationJsonLd(organization, locale, { members: people, articles: stories })} />
      <Breadcrumbs
        locale={locale}
        crumbs={[
          { label: tHeader('home'), href: homePath(locale) },
          { label: tHeader('organizations'), href: entityIndexPath('organizations', locale) },
          { label: organization.name[locale] },
        ]}
      />
      <article lang={locale}>
        <EntityHeading name={organization.name} locale={locale} />
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
                  <Link href={personPath(locale, person.id)} className="font-semibold underline underline-offset-4 hover:text-accent">
                    {person.name[locale]}
                  </Link>
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
                  <Link href={eventPath(locale, event.id)} className="font-semibold underline underline-offset-4 hover:text-accent">
                    {event.name[locale]}
                  </Link>
                  <span className="text-muted">
                    , {event.location[locale]}, <time dateTime={event.date}>{formatPartialDate(event.date, locale)}</time>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="stories-heading" className="mt-10">
          <SectionHeading id="stories-heading">{t('stories')}</SectionHeading>
          {stories.length === 0 ? <p className="mt-3 text-muted">{t('noStories')}</p> : <StoryList articles={stories} locale={locale} />}
          <OtherLanguageStories locale={locale} storiesIn={(l) => registry.storiesMentioning(organization.id, l)} />
        </section>
      </article>
    </PageFrame>
  );
}
