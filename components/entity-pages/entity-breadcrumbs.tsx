import { getTranslations } from 'next-intl/server';
import { Breadcrumbs, type Crumb } from '@/components/breadcrumbs';
import { entityIndexPath, homePath, type EntityKind } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { indexNamespaces } from '@/lib/seo/entity-metadata';

/** Home › index of the kind › the entity (`name`); on the index itself (no `name`), home › index. */
export async function EntityBreadcrumbs({ kind, locale, name }: { kind: EntityKind; locale: Locale; name?: string }) {
  const tHeader = await getTranslations({ locale, namespace: 'SiteHeader' });
  const tIndex = await getTranslations({ locale, namespace: indexNamespaces[kind] });
  const home: Crumb = { label: tHeader('home'), href: homePath(locale) };
  const crumbs: Crumb[] =
    name === undefined ? [home, { label: tIndex('title') }] : [home, { label: tIndex('title'), href: entityIndexPath(kind, locale) }, { label: name }];
  return <Breadcrumbs locale={locale} crumbs={crumbs} />;
}
