import { getTranslations } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { newsSitemap } from '@/lib/seo/news-sitemap';
import { getSite } from '@/lib/site';

/*
 * /news-sitemap.xml: the Google News sitemap of the stories of the last two days, in every
 * language (lib/seo/news-sitemap.ts). Static, so "the last two days" are counted from the
 * build: every story is published by a build, so the sitemap is rebuilt with each new one.
 * Between builds it may keep a story a little past two days, which Google ignores; a request
 * clock would make the one file that changes with time the one response not built ahead.
 */
export const dynamic = 'force-static';

export async function GET() {
  const site = getSite();
  const names = Object.fromEntries(
    await Promise.all(routing.locales.map(async (locale) => [locale, (await getTranslations({ locale, namespace: 'Metadata' }))('siteName')] as const)),
  );
  const articles = routing.locales.flatMap((locale) => site.articles(locale));
  const body = newsSitemap(articles, (article) => names[article.locale] ?? '', new Date());
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
