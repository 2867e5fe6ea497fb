import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EntityBreadcrumbs } from '@/components/entity-pages/entity-breadcrumbs';
import { PageFrame } from '@/components/page-frame';
import { Pager } from '@/components/pager';
import { StoryList } from '@/components/story-list';
import { listPagePath, parsePageNumber } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { entityKindBySegment, getSite, resolveEntity } from '@/lib/site';
import { listPage } from '@/lib/site/pagination';
import { noneAtBuildTime } from '@/lib/site/prerender';
import { entityPaths, pageAlternates } from '@/lib/seo/alternates';

/*
 * Older stories of a person, organization, topic or event (`/en/speakers/<slug>/page/2`): its
 * page lists the newest. The same list for every kind (the kind's `stories`), rendered on first
 * request and kept; unknown entities and numbers past the last page never reach this route in
 * production (lib/server/unknown-pages.ts). Not indexed, followed (as a home's older pages).
 */
export const dynamicParams = true;
export const generateStaticParams = noneAtBuildTime;

async function load(params: PageProps<'/[locale]/[section]/[slug]/page/[page]'>['params']) {
  const { locale, section, slug, page } = await params;
  const kind = isLocale(locale) ? entityKindBySegment(locale, section) : undefined;
  const target = isLocale(locale) && kind ? resolveEntity(getSite(), kind, slug, locale) : undefined;
  const number = parsePageNumber(page);
  if (!isLocale(locale) || !target || 'movedTo' in target || !number) notFound();
  const { entity } = target;
  const list = listPage(target.kind.stories(getSite(), entity.id, locale), number);
  if (!list) notFound();
  const name = target.kind.name(entity, locale);
  return { locale, kind: target.kind, entity, name, list, path: listPagePath(target.kind.path(locale, entity), number) };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[section]/[slug]/page/[page]'>): Promise<Metadata> {
  const { locale, name, list, path } = await load(params);
  const t = await getTranslations({ locale, namespace: 'EntityPage' });
  return {
    title: t('storiesPage', { name, page: list.page }),
    description: t('storiesPageDescription', { name, page: list.page, pages: list.pages }),
    alternates: pageAlternates({ [locale]: path }, locale),
    robots: { index: false, follow: true },
  };
}

export default async function EntityListPage({ params }: PageProps<'/[locale]/[section]/[slug]/page/[page]'>) {
  const { locale, kind, entity, name, list } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'EntityPage' });
  const tPager = await getTranslations({ locale, namespace: 'Pager' });
  // The switcher leads to the entity's page in the other language: its numbered pages list other stories.
  return (
    <PageFrame locale={locale} alternates={entityPaths(kind.kind, entity)}>
      <EntityBreadcrumbs
        kind={kind.kind}
        locale={locale}
        name={name}
        href={kind.path(locale, entity)}
        page={tPager('position', { page: list.page, pages: list.pages })}
      />
      <h1 className="mt-4 font-serif text-4xl font-bold">{t('storiesPage', { name, page: list.page })}</h1>
      <StoryList articles={list.items} locale={locale} headingLevel={2} />
      <Pager locale={locale} listPath={kind.path(locale, entity)} page={list.page} pages={list.pages} />
    </PageFrame>
  );
}
