import { getTranslations } from 'next-intl/server';
import { PersonSummary } from '@/components/person-summary';
import type { Locale } from '@/lib/i18n/routing';
import { getSite } from '@/lib/site';
import { EntityIndexFrame } from './entity-index-frame';

/** Everyone on the site, alphabetically in the page language's spelling, with role and organization. */
export async function PeopleIndexView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'PeopleIndex' });
  const tEntity = await getTranslations({ locale, namespace: 'EntityPage' });
  const site = getSite();
  const people = site.people(locale);
  return (
    <EntityIndexFrame kind="people" locale={locale} title={t('title')} description={t('description')}>
      {people.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <ul className="mt-6 grid gap-x-8 gap-y-6 md:grid-cols-2">
          {people.map((person) => {
            const [organization] = site.organizationsOf(person.id);
            const stories = site.appearancesOf(person.id, locale).length;
            return (
              <li key={person.id} className="border-t border-rule pt-4" data-person={person.id}>
                <PersonSummary person={person} role={person.role[locale]} organization={organization} locale={locale} level="h2" />
                <p className="mt-1 text-xs text-muted">{tEntity('storyCount', { count: stories })}</p>
              </li>
            );
          })}
        </ul>
      )}
    </EntityIndexFrame>
  );
}
