import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticleHeader } from '@/components/article-header';
import { ArticleJsonLd } from '@/components/article-json-ld';
import { LiteLink } from '@/components/lite-link';
import { OrganizationsSidebar } from '@/components/organizations-sidebar';
import { RelatedStories } from '@/components/related-stories';
import { SiteHeader } from '@/components/site-header';
import { SourceCredit } from '@/components/source-credit';
import { SpeakersSidebar } from '@/components/speakers-sidebar';
import { TopicList } from '@/components/topic-list';
import { TranslationNotice } from '@/components/translation-notice';
import { bilingualPath } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { articlePaths, pageAlternates } from '@/lib/seo/alternates';
import { articleCard } from '@/lib/seo/open-graph';
import { getSite } from '@/lib/site';

// The newest stories are rendered at build time, the rest of the archive on its first request
// (lib/site/prerender.ts); a slug of no story never reaches this page (lib/server/unknown-articles.ts).
export const dynamicParams = true;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return isLocale(params.locale)
    ? getSite()
        .prerendered(params.locale)
        .map((a) => ({ slug: a.slug }))
    : [];
}

async function load(params: PageProps<'/[locale]/articles/[slug]'>['params']) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const article = getSite().article(locale, slug);
  if (!article) notFound();
  return { locale, article };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]'>): Promise<Metadata> {
  const { locale, article } = await load(params);
  const site = getSite();
  // Only the versions the translation map lists: an untranslated story has no other-language link.
  const paths = articlePaths(site.versions(article.storyId));
  const siteName = (await getTranslations({ locale, namespace: 'Metadata' }))('siteName');
  const card = { title: article.title, description: article.standfirst, siteName, locale, paths };
  return {
    title: article.title,
    description: article.standfirst,
    alternates: pageAlternates(paths, locale),
    ...articleCard(
      card,
      article,
      site.section(article.section)?.name[locale] ?? '',
      article.tags.flatMap((tag) => site.topic(tag)?.name[locale] ?? []),
    ),
  };
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/articles/[slug]'>) {
  const { locale, article } = await load(params);
  setRequestLocale(locale);
  const site = getSite();
  const translations = site.translations(article);
  // The switcher only looks at the other languages; the page's own path is harmless here.
  const alternates = articlePaths(site.versions(article.storyId));
  const t = await getTranslations({ locale, namespace: 'ArticlePage' });
  return (
    <>
      <ArticleJsonLd article={article} />
      <SiteHeader locale={locale} alternates={alternates} />
      <div className="mx-auto grid max-w-page gap-10 px-gutter py-8 lg:grid-cols-[minmax(0,1fr)_theme(spacing.sidebar)]">
        <main id="main" tabIndex={-1} className="focus:outline-none min-w-0">
          <article lang={locale}>
            <ArticleHeader article={article} locale={locale} />
            <TranslationNotice locale={locale} translations={translations} />
            {Object.keys(translations).length > 0 && (
              <p className="mt-6 text-sm print:hidden">
                <a href={bilingualPath(locale, article.slug)} className="font-semibold underline underline-offset-4 hover:text-accent">
                  {t('sideBySide')}
                </a>
                <span className="text-muted"> — {t('sideBySideHint')}</span>
              </p>
            )}
            <LiteLink article={article} className={Object.keys(translations).length > 0 ? 'mt-2' : 'mt-6'} />
            <div
              className="article-body prose prose-lg mt-8 max-w-measure font-serif prose-headings:font-sans"
              dangerouslySetInnerHTML={{ __html: article.html }}
            />
            <SourceCredit article={article} locale={locale} />
            <TopicList article={article} locale={locale} label={t('topics')} />
          </article>
          <RelatedStories article={article} locale={locale} />
        </main>
        <div className="flex flex-col gap-6 lg:pt-2">
          <SpeakersSidebar article={article} locale={locale} />
          <OrganizationsSidebar article={article} locale={locale} />
        </div>
      </div>
    </>
  );
}
