import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { routing } from '@/lib/i18n/routing';
import { executableInlineScripts } from '@/lib/security/inline-scripts';
import { GZIP_LEVEL, JS_BUDGET_GZIP_BYTES, JS_GOAL_GZIP_BYTES, pageAssets, sized, total } from '../../bench/page-assets';

/*
 * The JavaScript budget, checked exactly over the production builds on every page a reader can
 * reach: the sitemap's pages, every page they link to, the prerendered ones, a search; on the
 * real content and on the fixture site (whose lists fill several pages and whose stories are
 * not all translated), so that pages rendered on request are measured as much as prerendered
 * ones. Every script a current browser loads for the page (script tags, preloads, chunks the
 * flight data asks for; `nomodule` polyfills excluded — see bench/page-assets.ts), read from the
 * build's `static/` folder and gzipped one by one at a fixed level. The HTML is the one the
 * server under test answers. The budget is set on article pages (JS_BUDGET_GZIP_BYTES, a ratchet at the
 * last measured figure) and holds for every page type: a home or entity page loading more than an article
 * would be a regression readers feel just the same. The goal, a bare App Router page, is
 * JS_GOAL_GZIP_BYTES.
 */

interface Manifest {
  routes: Record<string, { srcRoute?: string | null; routeType?: string }>;
}

/** The two builds the browser tests serve (playwright.config.ts): the real content, and the fixture site on the next port. */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const SITES = [
  { name: 'real content', dist: path.resolve('.next'), origin: `http://localhost:${PORT}` },
  { name: 'fixture site', dist: path.resolve('.next-fixture'), origin: `http://localhost:${PORT + 1}` },
];
type Site = (typeof SITES)[number];

/** Every page type of the app, by route, with its status; each must stay within the budget. */
const PAGE_TYPES: Record<string, { type: string; status: number }> = {
  '/[locale]': { type: 'home', status: 200 },
  '/[locale]/page/[page]': { type: 'older stories', status: 200 },
  '/[locale]/articles/[slug]': { type: 'article', status: 200 },
  '/[locale]/articles/[slug]/[view]': { type: 'side-by-side', status: 200 },
  '/[locale]/[section]': { type: 'entity index', status: 200 },
  '/[locale]/[section]/[slug]': { type: 'entity', status: 200 },
  '/[locale]/[section]/[slug]/page/[page]': { type: "entity's older stories", status: 200 },
  '/[locale]/recherche': { type: 'search (French)', status: 200 },
  '/[locale]/search': { type: 'search (English)', status: 200 },
  '/[locale]/page-not-found': { type: '404 in a language', status: 404 },
};

/**
 * Route handlers that answer HTML pages: the lite versions of the stories, a page type of their
 * own whose budget is exactly zero bytes of JavaScript (no script at all, not even inline).
 */
const SCRIPTLESS_PAGE_TYPES: Record<string, string> = {
  '/[locale]/articles/[slug]/leger': 'lite (French)',
  '/[locale]/articles/[slug]/lite': 'lite (English)',
};

/** Next's own pages (its bare 404 and error shell), which no path of the site answers with. */
const NEXT_INTERNAL = /^\/_/;

interface Route {
  page: string;
  regex: RegExp;
  handler: boolean;
}

/** The build's routes in the order Next matches them, each a page or a route handler. */
function routesOf(site: Site): Route[] {
  const manifest = JSON.parse(readFileSync(path.join(site.dist, 'routes-manifest.json'), 'utf8')) as {
    staticRoutes: { page: string; regex: string }[];
    dynamicRoutes: { page: string; regex: string }[];
  };
  const handlers = new Set(
    Object.keys(JSON.parse(readFileSync(path.join(site.dist, 'server', 'app-paths-manifest.json'), 'utf8')) as Record<string, string>)
      .filter((key) => key.endsWith('/route'))
      .map((key) => key.slice(0, -'/route'.length)),
  );
  return [...manifest.staticRoutes, ...manifest.dynamicRoutes].map((r) => ({ page: r.page, regex: new RegExp(r.regex), handler: handlers.has(r.page) }));
}

/** The app's page routes (not route handlers), Next's own left out. */
function pageRoutes(site: Site): string[] {
  return routesOf(site)
    .filter((r) => !r.handler && !NEXT_INTERNAL.test(r.page))
    .map((r) => r.page)
    .sort();
}

/** The site's pages a page links to (`<a href="/fr/…">`, inside a language; the query and fragment dropped). */
const linksIn = (html: string) =>
  [...html.matchAll(/<a\s[^>]*?href="(\/[^"#?]*)/g)]
    .map((m) => m[1] as string)
    .filter((href) => routing.locales.some((l) => href === `/${l}` || href.startsWith(`/${l}/`)));

/**
 * The pages a reader reaches on `site`, by route: the sitemap's, those they link to, those the
 * build prerendered, a search in each language, each language's 404 page.
 */
async function reachedPages(request: APIRequestContext, site: Site): Promise<Map<string, string[]>> {
  const routes = routesOf(site);
  const sitemap = await (await request.get(`${site.origin}/sitemap.xml`)).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
  expect(listed.length, `pages in the sitemap of the ${site.name}`).toBeGreaterThan(0);
  const prerendered = Object.keys((JSON.parse(readFileSync(path.join(site.dist, 'prerender-manifest.json'), 'utf8')) as Manifest).routes);
  const start = new Set([...listed, ...prerendered, '/fr/recherche?q=forum', '/en/search?q=forum', '/fr/page-not-found', '/en/page-not-found']);
  const reached = new Set(start);
  for (const page of listed) {
    const response = await request.get(`${site.origin}${page}`);
    if (/^text\/html/.test(response.headers()['content-type'] ?? '')) for (const link of linksIn(await response.text())) reached.add(link);
  }
  const byRoute = new Map<string, string[]>();
  for (const url of reached) {
    const route = routes.find((r) => r.regex.test(url.split('?', 1)[0] ?? url));
    if (!route || NEXT_INTERNAL.test(route.page)) continue;
    byRoute.set(route.page, [...(byRoute.get(route.page) ?? []), url].sort());
  }
  return byRoute;
}

/** `/_next/static/chunks/x.js?dpl=…` → `<dist>/static/chunks/x.js`. */
function fileOf(site: Site, url: string): string {
  const pathname = new URL(url, 'http://localhost').pathname;
  if (!pathname.startsWith('/_next/static/')) throw new Error(`${url} is not a build asset`);
  return path.join(site.dist, 'static', decodeURIComponent(pathname.slice('/_next/static/'.length)));
}

async function expectWithinBudget(request: APIRequestContext, site: Site, page: string, status: number) {
  const res = await request.get(`${site.origin}${page}`);
  expect(res.status(), page).toBe(status);
  const { scripts, nomoduleScripts } = pageAssets(await res.text());
  expect(scripts.length, `${page}: scripts found`).toBeGreaterThan(0);
  const files = scripts.map((url) => {
    const file = fileOf(site, url);
    expect(existsSync(file), `${url} exists in the build`).toBe(true);
    return sized(url, readFileSync(file));
  });
  const sum = total(files);
  const detail = files.map((f) => `  ${f.gzip} B gzip (${f.raw} raw)  ${f.url}`).join('\n');
  test.info().annotations.push({
    type: 'js-budget',
    description: `${site.name} ${page}: ${files.length} scripts, ${sum.raw} B raw, ${sum.gzip} B gzip -${GZIP_LEVEL} (budget ${JS_BUDGET_GZIP_BYTES}, goal ${JS_GOAL_GZIP_BYTES}); ${nomoduleScripts.length} nomodule script(s) not counted`,
  });
  expect(sum.gzip, `${page} loads ${sum.gzip} B of JavaScript (gzip -${GZIP_LEVEL}), budget ${JS_BUDGET_GZIP_BYTES} B:\n${detail}`).toBeLessThanOrEqual(
    JS_BUDGET_GZIP_BYTES,
  );
}

/** The pages reached on both sites, by route, with the site each is on. */
async function reachedOnBothSites(request: APIRequestContext) {
  const byRoute = new Map<string, { site: Site; page: string }[]>();
  for (const site of SITES) {
    for (const [route, pages] of await reachedPages(request, site))
      byRoute.set(route, [...(byRoute.get(route) ?? []), ...pages.map((page) => ({ site, page }))]);
  }
  return byRoute;
}

test('every page route has a page type with a budget, and a reader reaches every page type', async ({ request }) => {
  for (const site of SITES) expect(pageRoutes(site), `page routes of the ${site.name}`).toEqual(Object.keys(PAGE_TYPES).sort());
  const reached = await reachedOnBothSites(request);
  const types = [...Object.keys(PAGE_TYPES), ...Object.keys(SCRIPTLESS_PAGE_TYPES)];
  expect(
    types.filter((route) => !reached.has(route)),
    'page types no reached page measures',
  ).toEqual([]);
});

test('every route handler that answers a page a reader reaches is a scriptless page type', async ({ request }) => {
  const html = new Set<string>();
  for (const site of SITES) {
    const handlers = new Set(
      routesOf(site)
        .filter((r) => r.handler)
        .map((r) => r.page),
    );
    for (const [route, pages] of await reachedPages(request, site)) {
      if (!handlers.has(route)) continue;
      const response = await request.get(`${site.origin}${pages[0] ?? ''}`);
      if (/^text\/html/.test(response.headers()['content-type'] ?? '')) html.add(route);
    }
  }
  expect([...html].sort()).toEqual(Object.keys(SCRIPTLESS_PAGE_TYPES).sort());
});

for (const [route, type] of Object.entries(SCRIPTLESS_PAGE_TYPES)) {
  test(`every ${type} page (${route}) loads no JavaScript at all: 0 bytes, no inline script`, async ({ request }) => {
    const pages = (await reachedOnBothSites(request)).get(route) ?? [];
    expect(pages.length, `${route} pages reached`).toBeGreaterThan(0);
    for (const { site, page } of pages) {
      const res = await request.get(`${site.origin}${page}`);
      expect(res.status(), page).toBe(200);
      const html = await res.text();
      const { scripts, nomoduleScripts } = pageAssets(html);
      expect([...scripts, ...nomoduleScripts], `${page}: scripts`).toEqual([]);
      expect(executableInlineScripts(html), `${page}: inline scripts`).toEqual([]);
    }
  });
}

for (const [route, { type, status }] of Object.entries(PAGE_TYPES)) {
  test(`every ${type} page (${route}) loads at most the JavaScript budget (gzip)`, async ({ request }) => {
    const pages = (await reachedOnBothSites(request)).get(route) ?? [];
    expect(pages.length, `${route} pages reached`).toBeGreaterThan(0);
    for (const { site, page } of pages) await expectWithinBudget(request, site, page, status);
  });
}
