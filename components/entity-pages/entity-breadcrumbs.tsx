import { getTranslations } from 'next-intl/server';
import { Breadcrumbs, type Crumb } from '@/components/breadcrumbs';
import { homePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { entityKinds, type EntityKind } from '@/lib/site';

/**
 * Home › index of the kind › the entity (`name`); on the index itself (no `name`), home › index.
 * On a page below the entity's (its older stories), `page` names that page, and the entity's crumb
 * links to the entity's page (`href`).
 */
export async function EntityBreadcrumbs({ kind, locale, name, href, page }: { kind: EntityKind; locale: Locale; name?: string; href?: string; page?: string }) {
  const tHeader = await getTranslations({ locale, namespace: 'SiteHeader' });
  const descriptor = entityKinds[kind];
  const tIndex = await getTranslations({ locale, namespace: descriptor.messages.index });
  const home: Crumb = { label: tHeader('home'), href: homePath(locale) };
  const crumbs: Crumb[] =
    name === undefined
      ? [home, { label: tIndex('title') }]
      : [home, { label: tIndex('title'), href: descriptor.indexPath(locale) }, { label: name, href }, ...(page === undefined ? [] : [{ label: page }])];
  return <Breadcrumbs locale={locale} crumbs={crumbs} />;
}
