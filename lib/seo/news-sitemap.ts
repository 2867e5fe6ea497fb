import type { ArticleSummary } from '@/lib/site/types';
import { articlePath } from '@/lib/i18n/paths';
import { absoluteUrl } from './site-url';

/*
 * The Google News sitemap (`/news-sitemap.xml`): the stories published in the last two days,
 * each with its publication (the site's name, the story's language), its publication date and
 * its title, in the `news:` namespace (https://www.google.com/schemas/sitemap-news/0.9). Pure:
 * the clock is a parameter, so tests fix it.
 */

export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';

/** Google News reads the stories of the last two days, and at most 1,000 of them per sitemap. */
const WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
const MAX_URLS = 1000;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text for XML: the five special characters escaped, characters XML 1.0 forbids dropped. */
const xml = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);

/**
 * The stories of `articles` to list at `now`: dated on or after the day (UTC) two days before
 * `now`. Content dates are days, so a story from the day before yesterday may have been
 * published less than 48 hours ago: it is kept (Google ignores what it finds too old).
 * Newest first, at most 1,000.
 */
export function recentStories(articles: readonly ArticleSummary[], now: Date): ArticleSummary[] {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString().slice(0, 10);
  return articles
    .filter((a) => a.date >= since)
    .sort((a, b) => b.date.localeCompare(a.date) || a.storyId.localeCompare(b.storyId) || a.locale.localeCompare(b.locale))
    .slice(0, MAX_URLS);
}

/** The sitemap's XML for `articles` (every language's), with the publication name of each story's language. */
export function newsSitemap(articles: readonly ArticleSummary[], publicationName: (article: ArticleSummary) => string, now: Date): string {
  const urls = recentStories(articles, now).map((article) =>
    [
      '<url>',
      `<loc>${xml(absoluteUrl(articlePath(article.locale, article.slug)))}</loc>`,
      '<news:news>',
      `<news:publication><news:name>${xml(publicationName(article))}</news:name><news:language>${article.locale}</news:language></news:publication>`,
      `<news:publication_date>${article.date}</news:publication_date>`,
      `<news:title>${xml(article.title)}</news:title>`,
      '</news:news>',
      '</url>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
