/*
 * Lighthouse (the `lighthouse` package, its default mobile settings: a Moto G Power-sized screen,
 * simulated slow 4G and a 4× slower CPU) on pages served locally, in Debian's Chromium, offline.
 * Each page is audited `runs` times in a fresh headless Chromium; the median run (by
 * performance score, then LCP) is kept, with every run's LCP beside it. "Observed" figures come
 * from the unthrottled trace Lighthouse simulates from: they say when the browser really painted,
 * which is what tells a page that paints before its scripts from one that waits for them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { freePort, killGroup, startGroup, waitForHttp } from '../scripts/process';
import { log, median } from './util';

/** Debian's Chromium, as the browser tests use it (CHROMIUM_PATH overrides). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRun {
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Simulated (throttled) metrics, ms (CLS unitless). */
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** What the unthrottled trace saw, ms from navigation start. */
  observedFcpMs: number;
  observedLcpMs: number;
  /** Audits below a full score, by id, with their score (for the record: what keeps a category under 100). */
  failing: Record<string, number>;
}

export interface LighthousePage {
  name: string;
  path: string;
  runs: number;
  median: LighthouseRun;
  lcpMsRuns: number[];
  performanceRuns: number[];
}

/** Starts a headless Chromium with a debugging port, in its own process group. */
async function startChromium() {
  const port = await freePort(9300, 9399);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-profile-'));
  const child = startGroup(CHROMIUM, [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank']);
  try {
    await waitForHttp(`http://127.0.0.1:${port}/json/version`, 30_000);
  } catch (e) {
    await killGroup(child);
    throw e;
  }
  return {
    port,
    stop: async () => {
      await killGroup(child);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function auditOnce(url: string): Promise<LighthouseRun> {
  const chromium = await startChromium();
  try {
    const result = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const metrics = (lhr.audits.metrics?.details as { items?: Record<string, number>[] } | undefined)?.items?.[0] ?? {};
    const failing: Record<string, number> = {};
    for (const category of CATEGORIES) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const score = lhr.audits[ref.id]?.score;
        if (ref.weight > 0 && typeof score === 'number' && score < 1) failing[ref.id] = score;
      }
    }
    return {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as LighthouseRun['scores'],
      fcpMs: audit('first-contentful-paint'),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      speedIndexMs: audit('speed-index'),
      observedFcpMs: metrics.observedFirstContentfulPaint ?? Number.NaN,
      observedLcpMs: metrics.observedLargestContentfulPaint ?? Number.NaN,
      failing,
    };
  } finally {
    await chromium.stop();
  }
}

/** Audits each page `runs` times, one after the other (never two browsers at once: they would share the cores). */
export async function benchLighthouse(base: string, pages: { name: string; path: string }[], runs = 3): Promise<LighthousePage[]> {
  const results: LighthousePage[] = [];
  for (const page of pages) {
    const list: LighthouseRun[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await auditOnce(`${base}${page.path}`);
      log(
        `lighthouse ${page.name} (${page.path}) run ${i + 1}/${runs}: performance ${run.scores.performance}, LCP ${Math.round(run.lcpMs)} ms (observed ${Math.round(run.observedLcpMs)} ms)`,
      );
      list.push(run);
    }
    const sorted = [...list].sort((a, b) => a.scores.performance - b.scores.performance || b.lcpMs - a.lcpMs);
    results.push({
      name: page.name,
      path: page.path,
      runs,
      median: sorted[Math.floor((sorted.length - 1) / 2)] as LighthouseRun,
      lcpMsRuns: list.map((r) => Math.round(r.lcpMs)),
      performanceRuns: list.map((r) => r.scores.performance),
    });
    log(`lighthouse ${page.name}: median LCP ${median(list.map((r) => r.lcpMs)).toFixed(0)} ms`);
  }
  return results;
}

export interface LighthouseResult {
  stories: number;
  runs: number;
  pages: LighthousePage[];
  /** Bytes of the lite page: raw and gzip -6 (HTML with its inline stylesheet: all it loads). */
  lite: { path: string; raw: number; gzip: number };
}

/**
 * Builds a site of `stories` synthetic stories as a deployment builds it (next build, then the
 * post-build step that moves scripts behind the first paint and writes the policies), serves it
 * with `next start`, builds and serves the bare App Router page beside it, and audits the
 * sample story's article page, its lite page, and the bare page.
 */
export async function benchLighthouseSite(work: string, { stories, runs }: { stories: number; runs: number }): Promise<LighthouseResult> {
  const { buildOnce } = await import('./build');
  const { startNext } = await import('./http');
  const { benchBareApp } = await import('./bare');
  const { finalizeBuild } = await import('../lib/security/finalize-build');
  const { gzipSize } = await import('./page-assets');
  const { NEXT_BIN } = await import('../scripts/process');
  const build = await buildOnce(stories, work, '-lighthouse');
  finalizeBuild(build.distDir);
  await benchBareApp(work);
  const barePort = await freePort(3700, 3749);
  const bare = startGroup(process.execPath, [NEXT_BIN, 'start', path.join(work, 'bare-app'), '-p', String(barePort), '-H', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  const site = await startNext(build, 'localhost');
  try {
    await waitForHttp(`http://127.0.0.1:${barePort}/`);
    const article = site.articlePath;
    const lite = `${article}/lite`;
    const liteBytes = new Uint8Array(await (await fetch(`${site.url}${lite}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
    const pages = [
      ...(await benchLighthouse(
        site.url,
        [
          { name: 'article', path: article },
          { name: 'lite', path: lite },
        ],
        runs,
      )),
      ...(await benchLighthouse(`http://localhost:${barePort}`, [{ name: 'bare App Router page', path: '/' }], runs)),
    ];
    return { stories, runs, pages, lite: { path: lite, raw: liteBytes.length, gzip: gzipSize(liteBytes) } };
  } finally {
    await site.stop();
    await killGroup(bare);
  }
}
