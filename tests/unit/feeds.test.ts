import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { buildSite, entityKinds, siteOf } from '@/lib/site';
import type { Article } from '@/lib/site/types';
import type { Locale } from '@/lib/i18n/routing';
import { absolutizeLinks, feedAlternates, feedPath, jsonFeed, rssFeed, type FeedChannel } from '@/lib/seo/feeds';

/*
 * Feeds over tests/fixtures/registry: four stories in English (two of them also in French),
 * dates 2025-09-10 to 2025-09-20, so order and per-language membership both show.
 */

const site = siteOf(buildSite(loadContent(path.resolve('tests/fixtures/registry')).content));
const content = site.data;
/** A language's stories, newest first, whole (as the feed routes give them). */
const articlesIn = (_: unknown, locale: Locale): Article[] => site.articles(locale).flatMap((a) => site.article(locale, a.slug) ?? []);
const BASE = 'https://news.example.org';

beforeEach(() => vi.stubEnv('SITE_URL', BASE));
afterEach(() => vi.unstubAllEnvs());

function channel(locale: Locale, articles: readonly Article[] = articlesIn(content, locale)): FeedChannel {
  return {
    locale,
    siteName: 'Cloud Cities Info',
    description: locale === 'fr' ? 'L’actualité des villes.' : 'News on cities.',
    articles,
    topicName: (id) => content.topics.get(id)?.name[locale] ?? id,
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'category', 'atom:link'].includes(name) });

interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string; '@isPermaLink': string };
  pubDate: string;
  description: string;
  'content:encoded': string;
  category: string[];
  'dc:creator': string;
}

function parseRss(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).rss as { '@version': string; channel: Record<string, unknown> & { item?: RssItem[] } };
}

describe('RSS 2.0', () => {
  it('is valid XML listing the language’s stories newest first, with absolute links', () => {
    const rss = parseRss(rssFeed(channel('en')));
    expect(rss['@version']).toBe('2.0');
    const { item = [], ...head } = rss.channel;
    expect(head).toMatchObject({ title: 'Cloud Cities Info', link: `${BASE}/en`, language: 'en', description: 'News on cities.' });
    expect(head['atom:link']).toEqual([{ '@href': `${BASE}/en/feed.xml`, '@rel': 'self', '@type': 'application/rss+xml' }]);
    // Built from content only: the same content gives the same feed.
    expect(head.lastBuildDate).toBe('Sat, 20 Sep 2025 00:00:00 GMT');
    expect(item.map((i) => i.link)).toEqual(articlesIn(content, 'en').map((a) => `${BASE}/en/articles/${a.slug}`));
    expect(item).toHaveLength(4);
  });

  it('gives each item its full body, standfirst, date, topics and the site as creator', () => {
    const [first] = articlesIn(content, 'fr');
    const rss = parseRss(rssFeed(channel('fr')));
    const item = rss.channel.item?.[0];
    expect(item).toMatchObject({
      title: first?.title,
      description: first?.standfirst,
      'content:encoded': first?.html,
      pubDate: 'Sat, 20 Sep 2025 00:00:00 GMT',
      category: first?.tags.map((t) => content.topics.get(t)?.name.fr),
      'dc:creator': 'Cloud Cities Info',
      guid: { '#text': item?.link, '@isPermaLink': 'true' },
    });
    expect(rss.channel.item?.map((i) => i.link)).toEqual(articlesIn(content, 'fr').map((a) => `${BASE}/fr/articles/${a.slug}`));
  });

  it('survives text that would break XML: CDATA terminators, markup, control characters', () => {
    const [first] = articlesIn(content, 'en');
    if (!first) throw new Error('fixture has English stories');
    const hostile = { ...first, title: 'A ]]> B & <i>C</i>\u0007', html: '<p>x ]]> y</p><script>', standfirst: 'S ]]> & <' } satisfies Article;
    const xml = rssFeed(channel('en', [hostile]));
    const item = parseRss(xml).channel.item?.[0];
    expect(item?.title).toBe('A ]]> B & <i>C</i>');
    expect(item?.['content:encoded']).toBe('<p>x ]]> y</p><script>');
    expect(item?.description).toBe('S ]]> & <');
  });

  it('is an empty but valid channel for a language with no story', () => {
    const rss = parseRss(rssFeed(channel('fr', [])));
    expect(rss.channel.item ?? []).toEqual([]);
  });
});

describe('an entity’s feeds', () => {
  // Yuri Shanin's page is at a slug of its own in each language (iouri-chanine, yuri-shanin): his feeds follow it.
  const person = content.people.get('yuri-shanin');
  if (!person) throw new Error('fixture person missing');
  const kind = entityKinds.people;
  const entityChannel = (locale: Locale): FeedChannel => ({
    ...channel(
      locale,
      kind.stories(site, person.id, locale).flatMap((a) => site.article(locale, a.slug) ?? []),
    ),
    title: `${person.name[locale]} — Cloud Cities Info`,
    pagePath: kind.path(locale, person),
    feedPaths: kind.feedPaths(locale, person),
  });

  it('follow the entity’s page at its slug in the language: its title, link, own feed address, and the stories that page lists', () => {
    const rss = parseRss(rssFeed(entityChannel('en')));
    const { item = [], ...head } = rss.channel;
    expect(head).toMatchObject({ title: `${person.name.en} — Cloud Cities Info`, link: `${BASE}/en/speakers/yuri-shanin`, language: 'en' });
    expect(head['atom:link']).toEqual([{ '@href': `${BASE}/en/speakers/yuri-shanin/feed.xml`, '@rel': 'self', '@type': 'application/rss+xml' }]);
    const stories = kind.stories(site, person.id, 'en');
    expect(stories.length).toBeGreaterThan(0);
    expect(item.map((i) => i.link)).toEqual(stories.map((a) => `${BASE}/en/articles/${a.slug}`));
    const json = JSON.parse(jsonFeed(entityChannel('fr'))) as { home_page_url: string; feed_url: string; items: unknown[] };
    expect(json.home_page_url).toBe(`${BASE}/fr/intervenants/iouri-chanine`);
    expect(json.feed_url).toBe(`${BASE}/fr/intervenants/iouri-chanine/feed.json`);
  });

  it('carry the same items as the language’s feed', () => {
    const all = new Map((parseRss(rssFeed(channel('en'))).channel.item ?? []).map((i) => [i.link, i]));
    for (const i of parseRss(rssFeed(entityChannel('en'))).channel.item ?? []) expect(i).toEqual(all.get(i.link));
  });
});

describe('the channel’s image', () => {
  it('is the PNG logo, in RSS (<image>, which takes no SVG) and as the JSON Feed icon', () => {
    const rss = parseRss(rssFeed(channel('fr')));
    expect(rss.channel.image).toEqual({ title: 'Cloud Cities Info', url: `${BASE}/logo.png`, link: `${BASE}/fr` });
    expect((JSON.parse(jsonFeed(channel('fr'))) as { icon: string }).icon).toBe(`${BASE}/logo.png`);
  });
});

describe('JSON Feed 1.1', () => {
  it('has the 1.1 version, language, authors and absolute URLs', () => {
    const feed = JSON.parse(jsonFeed(channel('fr')));
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Cloud Cities Info',
      home_page_url: `${BASE}/fr`,
      feed_url: `${BASE}/fr/feed.json`,
      description: 'L’actualité des villes.',
      language: 'fr',
      authors: [{ name: 'Cloud Cities Info', url: `${BASE}/fr` }],
    });
    expect(feed).not.toHaveProperty('author');
  });

  it('lists the language’s stories newest first, each complete', () => {
    const articles = articlesIn(content, 'fr');
    const feed = JSON.parse(jsonFeed(channel('fr')));
    expect(feed.items.map((i: { url: string }) => i.url)).toEqual(articles.map((a) => `${BASE}/fr/articles/${a.slug}`));
    const [first] = articles;
    expect(feed.items[0]).toEqual({
      id: `${BASE}/fr/articles/${first?.slug}`,
      url: `${BASE}/fr/articles/${first?.slug}`,
      title: first?.title,
      summary: first?.standfirst,
      content_html: first?.html,
      date_published: '2025-09-20T00:00:00.000Z',
      date_modified: '2025-09-20T00:00:00.000Z',
      tags: first?.tags.map((t) => content.topics.get(t)?.name.fr),
      authors: [{ name: 'Cloud Cities Info', url: `${BASE}/fr` }],
      language: 'fr',
    });
  });

  it('uses the update date as date_modified', () => {
    const [first] = articlesIn(content, 'en');
    if (!first) throw new Error('fixture has English stories');
    const feed = JSON.parse(jsonFeed(channel('en', [{ ...first, updated: '2025-10-01' }])));
    expect(feed.items[0]).toMatchObject({ date_published: `${first.date}T00:00:00.000Z`, date_modified: '2025-10-01T00:00:00.000Z' });
  });
});

describe('feed links', () => {
  it('are the language’s paths, absolute in page heads', () => {
    expect(feedPath('fr', 'rss')).toBe('/fr/feed.xml');
    expect(feedPath('en', 'json')).toBe('/en/feed.json');
    expect(feedAlternates('en')['application/rss+xml']).toEqual([{ url: `${BASE}/en/feed.xml`, title: 'Cloud Cities Info (RSS)' }]);
  });

  it('make links and anchors in a story body absolute, leaving other URLs alone', () => {
    const page = `${BASE}/fr/articles/x`;
    const html =
      '<p><a href="/fr/articles/y">y</a> <a href="#quote-2">2</a> <a href="https://other.example/a">o</a> <img src="/img.png"> <a href="//cdn.example/z">z</a></p>';
    expect(absolutizeLinks(html, page)).toBe(
      `<p><a href="${BASE}/fr/articles/y">y</a> <a href="${page}#quote-2">2</a> <a href="https://other.example/a">o</a> <img src="${BASE}/img.png"> <a href="//cdn.example/z">z</a></p>`,
    );
  });
});
