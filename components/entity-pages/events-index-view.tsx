import { getTranslations } from 'next-intl/server';
import { EventDate, hasEventDate } from '@/components/event-date';
import type { Locale } from '@/lib/i18n/routing';
import { entityKinds, getSite } from '@/lib/site';
import { EntityIndexFrame } from './entity-index-frame';

/** Every event covered, most recent first: name, place, date (or when it was reported), number of stories. */
export async function EventsIndexView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'EventsIndex' });
  const tEntity = await getTranslations({ locale, namespace: 'EntityPage' });
  const site = getSite();
  const events = site.events();
  return (
    <EntityIndexFrame kind="events" locale={locale} title={t('title')} description={t('description')}>
      {events.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <ul className="mt-6 space-y-5">
          {events.map((event) => (
            <li key={event.id} className="border-t border-rule pt-4" data-event={event.id}>
              <h2 className="font-serif text-xl font-bold">
                <a href={entityKinds.events.path(locale, event)} className="hover:text-accent hover:underline">
                  {event.name[locale]}
                </a>
              </h2>
              <p className="mt-1 text-sm text-muted">
                {event.location[locale]}
                {hasEventDate(event) && (
                  <>
                    , <EventDate event={event} locale={locale} inline />
                  </>
                )}
                <span aria-hidden="true"> · </span>
                {tEntity('storyCount', { count: site.storiesAbout(event.id, locale).length })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </EntityIndexFrame>
  );
}
