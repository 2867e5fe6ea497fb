import { Feed, type Item } from 'feed';
import type { Metadata } from 'next';
import type { Article } from '@/lib/site/types';
import { articlePath, FEED_FORMATS, feedFileName, homePath, type FeedFormat } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import en from '@/content/messages/en.json';
import fr from '@/content/messages/fr.json';
import { SITE_IMAGES } from './site-images';
import { absoluteUrl } from './site-url';

/*
 * Feeds in two formats, RSS 2.0 and JSON Feed 1.1: one per language (`/fr/feed.xml`,
 * `/fr/feed.json`: that language's stories) and one per entity page (`/fr/intervenants/<slug>/feed.xml`:
 * the stories that page lists). Items are the same everywhere: newest first, with their full
 * sanitized HTML (links made absolute), topics as categories, and the site as author. Pure over
 * what the route hands in, so tests build feeds from fixtures.
 */

export { FEED_FORMATS, feedFileName, type FeedFormat } from '@/lib/i18n/paths';

/** Site path of a language's feed. */
export const feedPath = (locale: Locale, format: FeedFormat) => `/${locale}/${feedFileName(format)}`;

export const FEED_CONTENT_TYPE = {
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const satisfies Record<FeedFormat, string>;

/**
 * Stories in a feed: the newest, whole. A feed is what readers poll for what is new; the archive
 * is in the sitemap and on the pages (docs/decisions/0014).
 */
export const FEED_ITEMS = 50;

/** MIME type in `<link rel="alternate" type>` (no parameters). */
const LINK_TYPE = { rss: 'application/rss+xml', json: 'application/feed+json' } as const satisfies Record<FeedFormat, string>;

export interface FeedChannel {
  locale: Locale;
  siteName: string;
  description: string;
  /** Title of the channel; default the site's name (a language's feed). */
  title?: string;
  /** Site path of the page the feed follows; default the language's home. */
  pagePath?: string;
  /** Site paths of the feed itself; default the language's feeds. */
  feedPaths?: Readonly<Record<FeedFormat, string>>;
  /** The language's newest stories, newest first, with their bodies (at most FEED_ITEMS). */
  articles: readonly Article[];
  /** Topic id → name in the feed's language. */
  topicName: (id: string) => string;
}

/** The site's name per language (`Metadata.siteName`), for feed link titles built without a request. */
const siteNames: Record<Locale, string> = { fr: fr.Metadata.siteName, en: en.Metadata.siteName };

/** Title of a feed link in a page's head: "Cloud Cities Info (RSS)". */
export function feedTitle(locale: Locale, format: FeedFormat): string {
  return `${siteNames[locale]} (${format === 'rss' ? 'RSS' : 'JSON Feed'})`;
}

/**
 * `alternates.types` of a page in `locale`: its language's two feeds, so every page's head
 * has `<link rel="alternate" type="application/rss+xml" href=…>` and the JSON Feed one.
 */
export function feedAlternates(locale: Locale, own?: OwnFeeds): NonNullable<NonNullable<Metadata['alternates']>['types']> {
  return Object.fromEntries(
    FEED_FORMATS.map((format) => [
      LINK_TYPE[format],
      [
        // A page's own feeds first: a reader that takes the first link follows what the page is about.
        ...(own ? [{ url: absoluteUrl(own.paths[format]), title: `${own.title} (${format === 'rss' ? 'RSS' : 'JSON Feed'})` }] : []),
        { url: absoluteUrl(feedPath(locale, format)), title: feedTitle(locale, format) },
      ],
    ]),
  );
}

/** Feeds of a page's own (an entity page's), advertised before its language's. */
export interface OwnFeeds {
  title: string;
  paths: Readonly<Record<FeedFormat, string>>;
}

/** Characters XML 1.0 forbids (C0 controls but tab and newlines, U+FFFE/U+FFFF, lone surrogates). */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const xmlText = (text: string) => text.replace(XML_INVALID, '');

/**
 * Feed readers show an item away from the site: site-relative links and anchors in the body
 * (`/fr/…`, `#quote-2`) become absolute. The HTML is the sanitizer's output, whose attributes
 * are always double-quoted.
 */
export function absolutizeLinks(html: string, pageUrl: string): string {
  return html.replace(/\s(href|src)="([^"]*)"/g, (whole, attr: string, value: string) => {
    if (value.startsWith('#')) return ` ${attr}="${pageUrl}${value}"`;
    if (value.startsWith('/') && !value.startsWith('//')) return ` ${attr}="${absoluteUrl(value)}"`;
    return whole;
  });
}

/** A content date (`YYYY-MM-DD`) as the midnight UTC that starts it. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const modified = (article: Article) => article.updated ?? article.date;

function channelOptions(channel: FeedChannel) {
  const { locale, articles } = channel;
  // The newest change, so a build of the same content writes the same feed.
  const newest = articles.map(modified).sort().at(-1);
  const page = absoluteUrl(channel.pagePath ?? homePath(locale));
  const paths = channel.feedPaths ?? { rss: feedPath(locale, 'rss'), json: feedPath(locale, 'json') };
  return {
    title: xmlText(channel.title ?? channel.siteName),
    description: xmlText(channel.description),
    id: page,
    link: page,
    language: locale,
    // RSS: the channel's <image>; JSON Feed: its icon.
    image: absoluteUrl(SITE_IMAGES.logo.path),
    generator: false as const,
    ...(newest ? { updated: day(newest) } : {}),
    feedLinks: { rss: absoluteUrl(paths.rss), json: absoluteUrl(paths.json) },
  };
}

function item(article: Article, channel: FeedChannel): Item {
  const url = absoluteUrl(articlePath(article.locale, article.slug));
  return {
    title: xmlText(article.title),
    link: url,
    description: xmlText(article.standfirst),
    content: xmlText(absolutizeLinks(article.html, url)),
    date: day(modified(article)),
    published: day(article.date),
    category: article.tags.map((tag) => ({ name: xmlText(channel.topicName(tag)) })),
  };
}

/** RSS 2.0, with the full body in `content:encoded` and the site as `dc:creator`. */
export function rssFeed(channel: FeedChannel): string {
  const feed = new Feed(channelOptions(channel));
  for (const article of channel.articles) {
    // No `id`: the guid is then the article's URL, marked as a permalink. RSS's own <author>
    // must be an e-mail address; Dublin Core's creator takes a name.
    feed.addItem({ ...item(article, channel), extensions: [{ name: 'dc:creator', objects: { _text: xmlText(channel.siteName) } }] });
  }
  return feed.rss2();
}

interface JsonFeedAuthor {
  name: string;
  url: string;
}

/**
 * JSON Feed 1.1. The `feed` library writes version 1 (a single `author`, no `language`), so
 * its output is raised to 1.1 here: `version`, `authors`, `language` on the feed and items.
 */
export function jsonFeed(channel: FeedChannel): string {
  const feed = new Feed(channelOptions(channel));
  for (const article of channel.articles) {
    const url = absoluteUrl(articlePath(article.locale, article.slug));
    feed.addItem({ ...item(article, channel), id: url });
  }
  const author: JsonFeedAuthor = { name: channel.siteName, url: absoluteUrl(homePath(channel.locale)) };
  const parsed = JSON.parse(feed.json1()) as Record<string, unknown> & { items: Record<string, unknown>[] };
  delete parsed.author;
  const upgraded = {
    ...parsed,
    version: 'https://jsonfeed.org/version/1.1',
    language: channel.locale,
    authors: [author],
    items: parsed.items.map(({ author: _unused, ...rest }) => ({ ...rest, authors: [author], language: channel.locale })),
  };
  return `${JSON.stringify(upgraded, null, 2)}\n`;
}
