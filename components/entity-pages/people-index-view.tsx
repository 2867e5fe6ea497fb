import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { PageFrame } from '@/components/page-frame';
import { homePath, organizationPath, personPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { getRegistry } from '@/lib/registry';
import { entityPaths } from '@/lib/seo/alternates';

/** Everyone on the site, alphabetically in the page language's spelling, with role and organization. */
export async function PeopleIndexView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'PeopleIndex' });
  const tEntity = await getTranslations({ locale, namespace: 'EntityPage' });
  const tHeader = await getTranslations({ locale, namespace: 'SiteHeader' });
  const registry = getRegistry();
  const people = registry.people(locale);
  return (
    <PageFrame locale={locale} alternates={entityPaths('speakers')}>
      <Breadcrumbs locale={locale} crumbs={[{ label: tHeader('home'), href: homePath(locale) }, { label: t('title') }]} />
      <h1 className="mt-4 font-serif text-4xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-measure text-muted">{t('description')}</p>
      {people.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <ul className="mt-6 grid gap-x-8 gap-y-6 md:grid-cols-2">
          {people.map((person) => {
            const [organization] = registry.organizationsOf(person.id);
            const stories = registry.appearancesOf(person.id, locale).length;
            return (
              <li key={person.id} className="border-t border-rule pt-4" data-person={person.id}>
                <h2 className="font-serif text-xl font-bold">
                  <Link href={personPath(locale, person.id)} className="hover:text-accent hover:underline">
                    {person.name[locale]}
                  </Link>
                </h2>
                <p className="mt-1 text-sm">{person.role[locale]}</p>
                {organization && (
                  <p className="text-sm">
                    <Link href={organizationPath(locale, organization.id)} className="text-muted underline decoration-rule underline-offset-4 hover:text-accent">
                      {organization.name[locale]}
                    </Link>
                  </p>
                )}
                <p className="mt-1 text-xs text-muted">{tEntity('storyCount', { count: stories })}</p>
              </li>
            );
          })}
        </ul>
      )}
    </PageFrame>
  );
}
