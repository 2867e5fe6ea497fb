import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { entityKinds, getSite } from '@/lib/site';
import { EntityIndexFrame } from './entity-index-frame';

/** Every organization, alphabetically in the page's language, with what the stories say of it. */
export async function OrganizationsIndexView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'OrganizationsIndex' });
  const tEntity = await getTranslations({ locale, namespace: 'EntityPage' });
  const site = getSite();
  const organizations = site.organizations(locale);
  return (
    <EntityIndexFrame kind="organizations" locale={locale} title={t('title')} description={t('description')}>
      {organizations.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <ul className="mt-6 grid gap-x-8 gap-y-6 md:grid-cols-2">
          {organizations.map((org) => {
            const stories = site.storiesMentioning(org.id, locale).length;
            const people = site.membersOf(org.id, locale).length;
            const counts = [tEntity('storyCount', { count: stories }), t('people', { count: people })].filter(Boolean);
            return (
              <li key={org.id} className="border-t border-rule pt-4" data-organization={org.id}>
                <h2 className="font-serif text-xl font-bold">
                  <a href={entityKinds.organizations.path(locale, org)} className="hover:text-accent hover:underline">
                    {org.name[locale]}
                  </a>
                </h2>
                <p className="mt-1 text-sm text-muted">{org.description[locale]}</p>
                <p className="mt-1 text-xs text-muted">{counts.join(' · ')}</p>
              </li>
            );
          })}
        </ul>
      )}
    </EntityIndexFrame>
  );
}
