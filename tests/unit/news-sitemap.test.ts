import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { routing } from '@/lib/i18n/routing';
import { newsSitemap, recentStories } from '@/lib/seo/news-sitemap';
import { buildSite, siteOf } from '@/lib/site';

/*
 * The Google News sitemap over tests/fixtures/site (stories dated 2025-09-01, -10, -19 and -20,
 * in French, English or both), with the clock fixed.
 */

const site = siteOf(buildSite(loadContent(path.resolve('tests/fixtures/site')).content));
const articles = routing.locales.flatMap((locale) => site.articles(locale));
const BASE = 'https://news.example.org';
const name = (a: { locale: string }) => (a.locale === 'fr' ? 'Cloud Cities Info (fr)' : 'Cloud Cities Info');

beforeEach(() => vi.stubEnv('SITE_URL', BASE));
afterEach(() => vi.unstubAllEnvs());

interface NewsUrl {
  loc: string;
  'news:news': { 'news:publication': { 'news:name': string; 'news:language': string }; 'news:publication_date': string; 'news:title': string };
}

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'url', parseTagValue: false }).parse(xml) as {
    urlset: { '@xmlns': string; '@xmlns:news': string; url?: NewsUrl[] };
  };
  return doc.urlset;
}

describe('news sitemap', () => {
  it('lists the stories of the last two days, every language, newest first, in the news: namespace', () => {
    const urlset = parse(newsSitemap(articles, name, new Date('2025-09-21T09:30:00Z')));
    expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urlset.url?.map((u) => u.loc)).toEqual([
      `${BASE}/fr/articles/histoire-en-francais-seulement`,
      `${BASE}/en/articles/a-title-example`,
      `${BASE}/fr/articles/un-titre-exemple`,
    ]);
    expect(urlset.url?.[1]?.['news:news']).toEqual({
      'news:publication': { 'news:name': 'Cloud Cities Info', 'news:language': 'en' },
      'news:publication_date': '2025-09-19',
      'news:title': 'A title: example',
    });
    // The publication's language and name are the story's.
    expect(urlset.url?.[2]?.['news:news']['news:publication']).toEqual({ 'news:name': 'Cloud Cities Info (fr)', 'news:language': 'fr' });
    expect(urlset.url?.[2]?.['news:news']['news:title']).toBe('Un titre\u00a0: exemple');
  });

  it('counts days: two days back from the clock, the day before yesterday included, nothing older', () => {
    const at = (iso: string) => recentStories(articles, new Date(iso)).map((a) => `${a.locale}:${a.date}`);
    expect(at('2025-09-20T23:59:00Z')).toEqual(['fr:2025-09-20', 'en:2025-09-19', 'fr:2025-09-19']);
    expect(at('2025-09-21T00:00:00Z')).toEqual(['fr:2025-09-20', 'en:2025-09-19', 'fr:2025-09-19']);
    expect(at('2025-09-22T00:00:00Z')).toEqual(['fr:2025-09-20']);
    expect(at('2025-09-23T00:00:00Z')).toEqual([]);
  });

  it('is a valid, empty urlset when nothing is recent', () => {
    const urlset = parse(newsSitemap(articles, name, new Date('2026-01-01T00:00:00Z')));
    expect(urlset.url).toBeUndefined();
  });

  it('escapes what XML must not carry raw: the text reads back as written, less the characters XML forbids', () => {
    const [first] = articles;
    if (!first) throw new Error('no fixture story');
    const hostile = { ...first, title: 'R&D <b>"quoted"</b> \u0001end' };
    const urlset = parse(newsSitemap([hostile], () => 'A & B', new Date(`${first.date}T12:00:00Z`)));
    expect(urlset.url?.[0]?.['news:news']['news:title']).toBe('R&D <b>"quoted"</b> end');
    expect(urlset.url?.[0]?.['news:news']['news:publication']['news:name']).toBe('A & B');
  });
});
