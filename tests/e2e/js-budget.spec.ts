import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { executableInlineScripts } from '@/lib/security/inline-scripts';
import { GZIP_LEVEL, JS_BUDGET_GZIP_BYTES, JS_GOAL_GZIP_BYTES, pageAssets, sized, total } from '../../bench/page-assets';

/*
 * The JavaScript budget, checked exactly over the production build on every static page: every
 * script a current browser loads for the page (script tags, preloads, chunks the flight data
 * asks for; `nomodule` polyfills excluded — see bench/page-assets.ts), read from the build's
 * `static/` folder and gzipped one by one at a fixed level. The HTML is the one the server under
 * test answers. The budget is set on article pages (JS_BUDGET_GZIP_BYTES, a ratchet at the
 * last measured figure) and holds for every page type: a home or entity page loading more than an article
 * would be a regression readers feel just the same. The goal, a bare App Router page, is
 * JS_GOAL_GZIP_BYTES.
 */

const DIST = path.resolve('.next');

interface Manifest {
  routes: Record<string, { srcRoute?: string | null; routeType?: string }>;
}

/** Every page type the site prerenders, by route, with its status; each must stay within the budget. */
const PAGE_TYPES: Record<string, { type: string; status: number }> = {
  '/[locale]': { type: 'home', status: 200 },
  '/[locale]/articles/[slug]': { type: 'article', status: 200 },
  '/[locale]/articles/[slug]/[view]': { type: 'side-by-side', status: 200 },
  '/[locale]/[section]': { type: 'entity index', status: 200 },
  '/[locale]/[section]/[slug]': { type: 'entity', status: 200 },
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

/** Prerendered responses by route: HTML pages (`page`), or route handlers' responses (`route`); Next's own `/_…` pages left out. */
function staticPages(routeType: 'page' | 'route' = 'page'): Map<string, string[]> {
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'prerender-manifest.json'), 'utf8')) as Manifest;
  const byRoute = new Map<string, string[]>();
  for (const [page, route] of Object.entries(manifest.routes)) {
    if (route.routeType !== routeType || page.startsWith('/_')) continue;
    const src = route.srcRoute ?? page;
    byRoute.set(src, [...(byRoute.get(src) ?? []), page].sort());
  }
  return byRoute;
}

/** `/_next/static/chunks/x.js?dpl=…` → `.next/static/chunks/x.js`. */
function fileOf(url: string): string {
  const pathname = new URL(url, 'http://localhost').pathname;
  if (!pathname.startsWith('/_next/static/')) throw new Error(`${url} is not a build asset`);
  return path.join(DIST, 'static', decodeURIComponent(pathname.slice('/_next/static/'.length)));
}

async function expectWithinBudget(request: APIRequestContext, page: string, status: number) {
  const res = await request.get(page);
  expect(res.status(), page).toBe(status);
  const { scripts, nomoduleScripts } = pageAssets(await res.text());
  expect(scripts.length, `${page}: scripts found`).toBeGreaterThan(0);
  const files = scripts.map((url) => {
    const file = fileOf(url);
    expect(existsSync(file), `${url} exists in the build`).toBe(true);
    return sized(url, readFileSync(file));
  });
  const sum = total(files);
  const detail = files.map((f) => `  ${f.gzip} B gzip (${f.raw} raw)  ${f.url}`).join('\n');
  test.info().annotations.push({
    type: 'js-budget',
    description: `${page}: ${files.length} scripts, ${sum.raw} B raw, ${sum.gzip} B gzip -${GZIP_LEVEL} (budget ${JS_BUDGET_GZIP_BYTES}, goal ${JS_GOAL_GZIP_BYTES}); ${nomoduleScripts.length} nomodule script(s) not counted`,
  });
  expect(sum.gzip, `${page} loads ${sum.gzip} B of JavaScript (gzip -${GZIP_LEVEL}), budget ${JS_BUDGET_GZIP_BYTES} B:\n${detail}`).toBeLessThanOrEqual(JS_BUDGET_GZIP_BYTES);
}

test('every static page has a page type with a budget, every sitemap page among them', async ({ request }) => {
  const pages = staticPages();
  expect([...pages.keys()].sort(), 'page types the build prerenders').toEqual(Object.keys(PAGE_TYPES).sort());
  const measured = new Set([...pages.values()].flat());
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
  expect(listed.length, 'pages in the sitemap').toBeGreaterThan(0);
  expect(listed.filter((p) => !measured.has(p)), 'sitemap pages the budget does not cover').toEqual([]);
});

test('every route handler that answers HTML is a scriptless page type', async ({ request }) => {
  const html: string[] = [];
  for (const [route, pages] of staticPages('route')) {
    const response = await request.get(pages[0] ?? '');
    if (/^text\/html/.test(response.headers()['content-type'] ?? '')) html.push(route);
  }
  expect(html.sort()).toEqual(Object.keys(SCRIPTLESS_PAGE_TYPES).sort());
});

for (const [route, type] of Object.entries(SCRIPTLESS_PAGE_TYPES)) {
  test(`every ${type} page (${route}) loads no JavaScript at all: 0 bytes, no inline script`, async ({ request }) => {
    const pages = staticPages('route').get(route) ?? [];
    expect(pages.length, `${route} responses in the prerender manifest`).toBeGreaterThan(0);
    for (const page of pages) {
      const res = await request.get(page);
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
    const pages = staticPages().get(route) ?? [];
    expect(pages.length, `${route} pages in the prerender manifest`).toBeGreaterThan(0);
    for (const page of pages) await expectWithinBudget(request, page, status);
  });
}
