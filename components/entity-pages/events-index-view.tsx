import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { PageFrame } from '@/components/page-frame';
import { formatPartialDate } from '@/lib/format';
import { eventPath, homePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { getRegistry } from '@/lib/registry';
import { entityPaths } from '@/lib/seo/alternates';

/** Every event covered, most recent first: name, place, date, number of stories. */
export async function EventsIndexView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'EventsIndex' });
  const tEntity = await getTranslations({ locale, namespace: 'EntityPage' });
  const tHeader = await getTranslations({ locale, namespace: 'SiteHeader' });
  const registry = getRegistry();
  const events = registry.events();
  return (
    <PageFrame locale={locale} alternates={entityPaths('events')}>
      <Breadcrumbs locale={locale} crumbs={[{ label: tHeader('home'), href: homePath(locale) }, { label: t('title') }]} />
      <h1 className="mt-4 font-serif text-4xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-measure text-muted">{t('description')}</p>
      {events.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <ul className="mt-6 space-y-5">
          {events.map((event) => (
            <li key={event.id} className="border-t border-rule pt-4" data-event={event.id}>
              <h2 className="font-serif text-xl font-bold">
                <Link href={eventPath(locale, event.id)} className="hover:text-accent hover:underline">
                  {event.name[locale]}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-muted">
                {event.location[locale]}, <time dateTime={event.date}>{formatPartialDate(event.date, locale)}</time>
                <span aria-hidden="true"> · </span>
                {tEntity('storyCount', { count: registry.storiesAbout(event.id, locale).length })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </PageFrame>
  );
}
