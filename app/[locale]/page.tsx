import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/site-header';
import { StoryCard } from '@/components/story-card';
import { getSite } from '@/lib/site';
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
  const [lead, ...rest] = getSite().articles(locale);
  const alternates = homePaths();
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" tabIndex={-1} className="focus:outline-none mx-auto max-w-page px-gutter py-8">
        <h1 className="sr-only">{t('title')}</h1>
        {lead ? <StoryCard article={lead} locale={locale} lead /> : <p>{t('empty')}</p>}
        {rest.length > 0 && (
          <section aria-labelledby="latest-heading" className="mt-10">
            <h2 id="latest-heading" className="font-sans text-sm font-bold uppercase tracking-widest text-muted">{t('latest')}</h2>
            <ul className="mt-4 grid gap-8 md:grid-cols-2">
              {rest.map((article) => (
                <li key={article.storyId}>
                  <StoryCard article={article} locale={locale} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </>
  );
}
