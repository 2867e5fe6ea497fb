import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { GZIP_LEVEL, JS_BUDGET_GZIP_BYTES, JS_GOAL_GZIP_BYTES, pageAssets, sized, total } from '../../bench/page-assets';

/*
 * The JavaScript budget of an article page, checked exactly over the production build: every
 * script a current browser loads for the page (script tags, preloads, chunks the flight data
 * asks for; `nomodule` polyfills excluded — see bench/page-assets.ts), read from the build's
 * `static/` folder and gzipped one by one at a fixed level. The HTML is the one the server under
 * test answers. A change that adds JavaScript to article pages beyond the budget fails here.
 * The budget is a ratchet at today's figure, above the goal (a bare App Router page): see
 * JS_BUDGET_GZIP_BYTES and JS_GOAL_GZIP_BYTES in bench/page-assets.ts.
 */

const DIST = path.resolve('.next');

interface Manifest {
  routes: Record<string, { srcRoute?: string | null }>;
}

function articlePaths(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'prerender-manifest.json'), 'utf8')) as Manifest;
  return Object.entries(manifest.routes)
    .filter(([, route]) => route.srcRoute === '/[locale]/articles/[slug]')
    .map(([route]) => route)
    .sort();
}

/** `/_next/static/chunks/x.js?dpl=…` → `.next/static/chunks/x.js`. */
function fileOf(url: string): string {
  const pathname = new URL(url, 'http://localhost').pathname;
  if (!pathname.startsWith('/_next/static/')) throw new Error(`${url} is not a build asset`);
  return path.join(DIST, 'static', decodeURIComponent(pathname.slice('/_next/static/'.length)));
}

test('every article page loads at most the JavaScript budget (gzip)', async ({ request }) => {
  const paths = articlePaths();
  expect(paths.length, 'article pages in the prerender manifest').toBeGreaterThan(0);
  for (const page of paths) {
    const res = await request.get(page);
    expect(res.status(), page).toBe(200);
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
});
