import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { HomeStories } from '@/components/home-stories';
import { PageFrame } from '@/components/page-frame';
import { homePath, listPagePath, parsePageNumber } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { getSite } from '@/lib/site';
import { noneAtBuildTime } from '@/lib/site/prerender';
import { listPage } from '@/lib/site/pagination';
import { homePaths, pageAlternates } from '@/lib/seo/alternates';
import { pageTitle } from '@/lib/seo/title';

/*
 * Older pages of a language's stories (`/fr/page/2`): the home page shows the newest. Rendered on
 * their first request and kept (the list moves with every new story, and a build should not pay
 * for pages few readers open); a number past the last page never reaches this route in production
 * (lib/server/unknown-pages.ts). Not indexed (their stories move from page to page as the archive
 * grows, and the sitemap lists every story), but followed.
 */
export const dynamicParams = true;
export const generateStaticParams = noneAtBuildTime;

async function load(params: PageProps<'/[locale]/page/[page]'>['params']) {
  const { locale, page } = await params;
  const number = parsePageNumber(page);
  const list = isLocale(locale) && number ? listPage(getSite().articles(locale), number) : undefined;
  if (!isLocale(locale) || !list) notFound();
  return { locale, list };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/page/[page]'>): Promise<Metadata> {
  const { locale, list } = await load(params);
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  const meta = await getTranslations({ locale, namespace: 'Metadata' });
  const path = listPagePath(homePath(locale), list.page);
  return {
    title: { absolute: pageTitle(t('pageTitle', { page: list.page }), meta('siteName')) },
    alternates: pageAlternates({ [locale]: path }, locale),
    robots: { index: false, follow: true },
  };
}

export default async function HomeListPage({ params }: PageProps<'/[locale]/page/[page]'>) {
  const { locale, list } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  return (
    <PageFrame locale={locale} alternates={homePaths()}>
      <h1 className="sr-only">{t('pageTitle', { page: list.page })}</h1>
      <HomeStories locale={locale} list={list} />
    </PageFrame>
  );
}
