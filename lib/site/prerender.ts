import type { ArticleSummary } from './types';

/*
 * What the build renders: the pages readers ask for most. Of the stories, the newest ones'
 * article pages (`PRERENDER_NEWEST` per language, default 200, read at build time). Everything
 * else a story or an entity has is rendered on its first request and kept: older stories' pages,
 * every entity's page, and for every story its side-by-side reading, lite page and social image,
 * and every entity's feeds (`noneAtBuildTime`), cheap to render once. So a build's cost does not
 * grow with the archive. The routes accept any slug; unknown ones never reach them
 * (lib/server/unknown-pages.ts).
 *
 * Two settings widen it, each at a cost measured by the archive bench (docs/performance.md):
 * `PRERENDER_DAYS` (default 0: none) adds every story of that many days before the newest, for a
 * desk that wants a window in time, so the build's cost follows the publishing rate; and
 * `PRERENDER_ENTITIES=1` adds the entity pages those stories link to (`prerenderedEntities`):
 * at 10,000 stories, 2,600 pages of people, organisations, topics and events, five sixths of
 * the build's outputs and 50 s of a one-story edit's build.
 */

export interface PrerenderSettings {
  newest: number;
  days: number;
  /** Whether the entity pages the prerendered stories link to are prerendered too. */
  entities: boolean;
}

const whole = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(n) && n >= 0 ? n : fallback;
};

export function prerenderSettings(env: Record<string, string | undefined> = process.env): PrerenderSettings {
  return { newest: whole(env.PRERENDER_NEWEST, 200), days: whole(env.PRERENDER_DAYS, 0), entities: env.PRERENDER_ENTITIES === '1' };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The articles of `newestFirst` (one language's, newest first) whose pages are prerendered. */
export function prerenderedArticles(
  newestFirst: readonly ArticleSummary[],
  settings: Pick<PrerenderSettings, 'newest' | 'days'> = prerenderSettings(),
): ArticleSummary[] {
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
