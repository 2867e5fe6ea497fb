import type { ArticleSummary } from './types';

/*
 * What the build renders: the pages readers ask for most. Of the stories, the newest ones'
 * article pages (`PRERENDER_NEWEST` per language, default 200, read at build time), and
 * the entity pages those stories link to (`prerenderedEntities`). Everything else a story or an
 * entity has is rendered on its first request and kept: older stories' and entities' pages, and
 * for every story its side-by-side reading, lite page and social image, and every entity's feeds
 * (`noneAtBuildTime`), rarely asked for and cheap to render once. So a build's cost does not
 * grow with the archive. The routes accept any slug; unknown ones never reach them
 * (lib/server/unknown-pages.ts).
 *
 * `PRERENDER_DAYS` (default 0: none) adds every story of that many days before the newest, for a
 * desk that wants a window in time; the build's cost then follows the publishing rate (at ten
 * stories a day, 30 days is 300 stories a language, and the entity pages they link), where a
 * count alone bounds it.
 */

export interface PrerenderSettings {
  newest: number;
  days: number;
}

const whole = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(n) && n >= 0 ? n : fallback;
};

export function prerenderSettings(env: Record<string, string | undefined> = process.env): PrerenderSettings {
  return { newest: whole(env.PRERENDER_NEWEST, 200), days: whole(env.PRERENDER_DAYS, 0) };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The articles of `newestFirst` (one language's, newest first) whose pages are prerendered. */
export function prerenderedArticles(newestFirst: readonly ArticleSummary[], settings: PrerenderSettings = prerenderSettings()): ArticleSummary[] {
  const newest = newestFirst[0];
  if (!newest) return [];
  const since = Date.parse(newest.date) - settings.days * DAY_MS;
  return newestFirst.filter((article, i) => i < settings.newest || Date.parse(article.date) >= since);
}

/**
 * `generateStaticParams` of a route rendered only on request: nothing at build time, and (with
 * `dynamicParams`) every page rendered once, on its first request, then kept like a static one.
 */
export const noneAtBuildTime = (): never[] => [];
