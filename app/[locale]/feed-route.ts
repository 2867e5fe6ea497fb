import { getTranslations } from 'next-intl/server';
import { isLocale, routing } from '@/lib/i18n/routing';
import { FEED_CONTENT_TYPE, FEED_ITEMS, jsonFeed, rssFeed, type FeedFormat } from '@/lib/seo/feeds';
import { getSite } from '@/lib/site';

/*
 * What `app/[locale]/feed.xml` and `feed.json` share: the static params and the response.
 * Both routes are prerendered at build time (`dynamic = 'force-static'`); unknown languages
 * are a 404 (`dynamicParams = false`, and the proxy answers paths outside /fr and /en).
 */

export function feedStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function feedResponse(format: FeedFormat, params: Promise<{ locale: string }>): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const meta = await getTranslations({ locale, namespace: 'Metadata' });
  const site = getSite();
  const channel = {
    locale,
    siteName: meta('siteName'),
    description: meta('description'),
    articles: site
      .articles(locale)
      .slice(0, FEED_ITEMS)
      .flatMap((a) => site.article(locale, a.slug) ?? []),
    topicName: (id: string) => site.topic(id)?.name[locale] ?? id,
  };
  const body = format === 'rss' ? rssFeed(channel) : jsonFeed(channel);
  return new Response(body, { headers: { 'Content-Type': FEED_CONTENT_TYPE[format] } });
}
