import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SideBySide } from '@/components/side-by-side';
import { SiteHeader } from '@/components/site-header';
import { bilingualPath, bilingualSegment } from '@/lib/i18n/paths';
import { isLocale, routing, type Locale } from '@/lib/i18n/routing';
import { pageAlternates } from '@/lib/seo/alternates';
import { websiteCard } from '@/lib/seo/open-graph';
import { getSite } from '@/lib/site';
import { noneAtBuildTime } from '@/lib/site/prerender';

/*
 * `/fr/articles/<slug>/bilingue`, `/en/articles/<slug>/bilingual`: the story beside its
 * translation. Generated only for stories in both languages, under each language's own word.
 */
// Rendered on its first request, for every story, then kept (lib/site/prerender.ts): none at build time.
export const dynamicParams = true;
export const generateStaticParams = noneAtBuildTime;

/** The article and its translation, when the story has one (with two site languages, the other). */
function pairOf(locale: Locale, slug: string) {
  const site = getSite();
  const first = site.article(locale, slug);
  const other = first && routing.locales.map((l) => site.translations(first)[l]).find(Boolean);
  const second = other && site.article(other.locale, other.slug);
  return first && second ? { first, second } : undefined;
}

async function load(params: PageProps<'/[locale]/articles/[slug]/[view]'>['params']) {
  const { locale, slug, view } = await params;
  if (!isLocale(locale) || view !== bilingualSegment[locale]) notFound();
  const pair = pairOf(locale, slug);
  if (!pair) notFound();
  return { locale, ...pair };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]/[view]'>): Promise<Metadata> {
  const { locale, first, second } = await load(params);
  const t = await getTranslations({ locale, namespace: 'BilingualPage' });
  const siteName = (await getTranslations({ locale, namespace: 'Metadata' }))('siteName');
  const paths = { [first.locale]: bilingualPath(first.locale, first.slug), [second.locale]: bilingualPath(second.locale, second.slug) };
  const title = t('metaTitle', { title: first.title });
  return {
    title,
    description: t('description'),
    alternates: pageAlternates(paths, locale),
    // Both versions are indexed on their own pages; this reading aid would only duplicate them.
    robots: { index: false, follow: true },
    ...websiteCard({ title, description: t('description'), siteName, locale, paths }),
  };
}

export default async function BilingualArticlePage({ params }: PageProps<'/[locale]/articles/[slug]/[view]'>) {
  const { locale, first, second } = await load(params);
  setRequestLocale(locale);
  const alternates = { [first.locale]: bilingualPath(first.locale, first.slug), [second.locale]: bilingualPath(second.locale, second.slug) };
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" tabIndex={-1} className="focus:outline-none mx-auto max-w-page px-gutter py-8">
        <SideBySide first={first} second={second} />
      </main>
    </>
  );
}
