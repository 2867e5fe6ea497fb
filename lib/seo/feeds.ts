import { Feed, type Item } from 'feed';
import type { Metadata } from 'next';
import type { Article } from '@/lib/site/types';
import { articlePath, homePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import en from '@/content/messages/en.json';
import fr from '@/content/messages/fr.json';
import { absoluteUrl } from './site-url';

/*
 * One feed per language, in two formats: RSS 2.0 (`/fr/feed.xml`) and JSON Feed 1.1
 * (`/fr/feed.json`). Items are that language's stories, newest first, with their full
 * sanitized HTML (links made absolute), topics as categories, and the site as author.
 * Pure over what the route hands in, so tests build feeds from fixtures.
 */

export type FeedFormat = 'rss' | 'json';

export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'json'];

/** Site path of a language's feed. */
export const feedPath = (locale: Locale, format: FeedFormat) => `/${locale}/feed.${format === 'rss' ? 'xml' : 'json'}`;

export const FEED_CONTENT_TYPE = {
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const satisfies Record<FeedFormat, string>;

/** MIME type in `<link rel="alternate" type>` (no parameters). */
const LINK_TYPE = { rss: 'application/rss+xml', json: 'application/feed+json' } as const satisfies Record<FeedFormat, string>;

export interface FeedChannel {
  locale: Locale;
  siteName: string;
  description: string;
  /** The language's stories, newest first (`getArticles(locale)`). */
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
export function feedAlternates(locale: Locale): NonNullable<NonNullable<Metadata['alternates']>['types']> {
  return Object.fromEntries(
    FEED_FORMATS.map((format) => [LINK_TYPE[format], [{ url: absoluteUrl(feedPath(locale, format)), title: feedTitle(locale, format) }]]),
  );
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
  return {
    title: channel.siteName,
    description: channel.description,
    id: absoluteUrl(homePath(locale)),
    link: absoluteUrl(homePath(locale)),
    language: locale,
    generator: false as const,
    ...(newest ? { updated: day(newest) } : {}),
    feedLinks: { rss: absoluteUrl(feedPath(locale, 'rss')), json: absoluteUrl(feedPath(locale, 'json')) },
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
