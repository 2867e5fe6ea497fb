import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/routing';
import { FEED_CONTENT_TYPE, FEED_ITEMS, jsonFeed, rssFeed, type FeedFormat } from '@/lib/seo/feeds';
import { entityKindBySegment, getSite } from '@/lib/site';
import { entityFeedTitle } from '../entity-metadata';

/*
 * The feeds of one person, organization, topic or event (`feed.xml` and `feed.json` below its
 * page): the stories its page lists in the page's language, with the same items as the
 * language's feeds, through the kind's descriptor. Static (`force-static`): the recent entities'
 * at build time, the others on their first request, like the pages. Unknown slugs (an entity's
 * slug in the other language, its id where that differs) and the other language's words are 404s.
 */
export async function entityFeedResponse(format: FeedFormat, params: Promise<{ locale: string; section: string; slug: string }>): Promise<Response> {
  const { locale, section, slug } = await params;
  const kind = isLocale(locale) ? entityKindBySegment(locale, section) : undefined;
  const site = getSite();
  const entity = isLocale(locale) ? kind?.find(site, slug, locale) : undefined;
  // Reached in development only: in production unknown slugs are sent to the 404 page before Next.
  if (!isLocale(locale) || !kind || !entity) return new Response('Not found', { status: 404 });
  const page = await getTranslations({ locale, namespace: kind.messages.page });
  const channel = {
    locale,
    siteName: (await getTranslations({ locale, namespace: 'Metadata' }))('siteName'),
    title: await entityFeedTitle(kind, entity, locale),
    description: kind.meta(entity, locale, (key, values) => page(key, values)).description,
    pagePath: kind.path(locale, entity),
    feedPaths: kind.feedPaths(locale, entity),
    articles: kind
      .stories(site, entity.id, locale)
      .slice(0, FEED_ITEMS)
      .flatMap((a) => site.article(locale, a.slug) ?? []),
    topicName: (topic: string) => site.topic(topic)?.name[locale] ?? topic,
  };
  const body = format === 'rss' ? rssFeed(channel) : jsonFeed(channel);
  return new Response(body, { headers: { 'Content-Type': FEED_CONTENT_TYPE[format] } });
}
