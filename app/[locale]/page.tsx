import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/site-header';
import { HomeStories } from '@/components/home-stories';
import { getSite } from '@/lib/site';
import { firstPage } from '@/lib/site/pagination';
import { isLocale } from '@/lib/i18n/routing';
import { notFound } from 'next/navigation';
import { homePaths, pageAlternates } from '@/lib/seo/alternates';
import { websiteCard } from '@/lib/seo/open-graph';
import { pageTitle } from '@/lib/seo/title';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  const meta = await getTranslations({ locale, namespace: 'Metadata' });
  const card = { title: meta('siteName'), description: meta('description'), siteName: meta('siteName'), locale, paths: homePaths() };
  // The layout's title template does not reach a page of its own segment: spelled out here.
  return { title: { absolute: pageTitle(t('title'), meta('siteName')) }, alternates: pageAlternates(homePaths(), locale), ...websiteCard(card) };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  const list = firstPage(getSite().articles(locale));
  const alternates = homePaths();
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" tabIndex={-1} className="focus:outline-none mx-auto max-w-page px-gutter py-8">
        <h1 className="sr-only">{t('title')}</h1>
        <HomeStories locale={locale} list={list} />
      </main>
    </>
  );
}
