/*
 * Build benchmark: the real `npm run build` (the site's store, then `next build` with Turbopack,
 * the TypeScript check and static generation, then the security step) over synthetic content at
 * several N, each into its own dist folder (`CONTENT_DIR`, `NEXT_DIST_DIR`), with SITE_URL set so
 * nothing reaches the network. Outputs are counted from the build's prerender manifest: with the
 * default settings that is the newest 200 stories per language and what lists them, the rest of
 * the archive being rendered on request (lib/site/prerender.ts; bench/archive.ts measures that).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NEXT_BIN, ROOT, run } from '../scripts/process';
import { generateContent, type PoolSizes, type SyntheticSummary } from './synthetic-content';
import { benchEnv, log, round } from './util';

export interface BuildPoint {
  stories: number;
  pool: PoolSizes;
  wallMs: number;
  /** Phases as `next build` prints them (undefined when a line was not found). */
  compileMs?: number;
  typescriptMs?: number;
  staticGenerationMs?: number;
  /** Processes that generated the static pages (`Generating static pages using N workers`). */
  staticWorkers?: number;
  /** Top-level spans of the build's own trace (`<dist>/trace-build`), ms: run-turbopack, run-typescript, static-check (collecting page data), static-generation… */
  tracePhases?: Record<string, number>;
  /** Every prerendered output: HTML pages, social images, feeds, sitemap… */
  outputs: number;
  htmlPages: number;
  images: number;
  otherFiles: number;
  /** Outputs per route, e.g. `/[locale]/articles/[slug]` → 2000. */
  byRoute: Record<string, number>;
  msPerOutput: number;
  msPerHtmlPage: number;
  staticMsPerOutput?: number;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
  /** Every build of this N when built more than once (the point is the fastest). */
  runs?: Pick<BuildPoint, 'wallMs' | 'loadAverageBefore' | 'loadAverageAfter' | 'tracePhases'>[];
  /** Kept for the HTTP and page-weight benchmarks. */
  distDir: string;
  contentDir: string;
  sample: SyntheticSummary['sample'];
}

export interface BuildResult {
  points: BuildPoint[];
  /** Least-squares slope of wall time against outputs: the cost of one more output, fixed costs aside. */
  marginalMsPerOutput?: number;
  marginalMsPerHtmlPage?: number;
  fixedMs?: number;
}

/** "113s", "48.2s", "950ms", "2.3min" → ms. */
export function parseDuration(text: string): number | undefined {
  const m = /([\d.]+)\s*(ms|s|min)\b/.exec(text);
  if (!m) return undefined;
  const value = Number(m[1]);
  return m[2] === 'ms' ? value : m[2] === 's' ? value * 1000 : value * 60_000;
}

export function parseBuildLog(output: string): Pick<BuildPoint, 'compileMs' | 'typescriptMs' | 'staticGenerationMs' | 'staticWorkers'> {
  const line = (re: RegExp) => output.split('\n').find((l) => re.test(l));
  const after = (re: RegExp) => {
    const l = line(re);
    return l ? parseDuration(l.replace(/.*\bin\b/, '')) : undefined;
  };
  return {
    compileMs: after(/Compiled successfully in/),
    typescriptMs: after(/Finished TypeScript in/),
    staticGenerationMs: after(/Generating static pages .*\(\d+\/\d+\) in/),
    staticWorkers: Number(/Generating static pages using (\d+) workers?/.exec(output)?.[1]) || undefined,
  };
}

/** Durations of the top-level spans Next writes to `<dist>/trace-build` (one JSON array per line). */
export function tracePhases(distDir: string): Record<string, number> | undefined {
  const file = path.join(distDir, 'trace-build');
  if (!existsSync(file)) return undefined;
  const phases: Record<string, number> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    for (const span of JSON.parse(line) as { name: string; duration: number }[])
      phases[span.name] = Math.round((phases[span.name] ?? 0) + span.duration / 1000);
  }
  return phases;
}

/** Counts what the build prerendered, from `prerender-manifest.json`. */
export function countOutputs(distDir: string): Pick<BuildPoint, 'outputs' | 'htmlPages' | 'images' | 'otherFiles' | 'byRoute'> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, { srcRoute?: string | null }>;
  };
  const byRoute: Record<string, number> = {};
  let htmlPages = 0;
  let images = 0;
  let otherFiles = 0;
  for (const [route, info] of Object.entries(manifest.routes)) {
    const src = info.srcRoute ?? route;
    byRoute[src] = (byRoute[src] ?? 0) + 1;
    if (/\/opengraph-image$/.test(route)) images++;
    else if (/\.(xml|json|txt|svg|png|ico)$/.test(route)) otherFiles++;
    else htmlPages++;
  }
  return { outputs: Object.keys(manifest.routes).length, htmlPages, images, otherFiles, byRoute };
}

/** Least squares y = a + b·x. */
function fit(points: { x: number; y: number }[]): { slope: number; intercept: number } | undefined {
  if (points.length < 2) return undefined;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (!sxx) return undefined;
  const slope = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
  return { slope, intercept: my - slope * mx };
}

/** What `site:build --json` reports (scripts/build-site.ts). */
export interface SiteBuildStats {
  versions: number;
  parsed: number;
  parsedFromCache: number;
  rendered: number;
  renderedFromCache: number;
  ms: number;
}

export interface FullBuild {
  /** The three steps of `npm run build`, each timed: site:build, next build, security:finalize. */
  siteMs: number;
  nextMs: number;
  finalizeMs: number;
  wallMs: number;
  site: SiteBuildStats;
  /** Every step's output, for the log file and the phases `next build` prints. */
  output: string;
}

/**
 * `npm run build` of `contentDir` into `distRel` (relative to the repository), step by step so
 * each is timed. `next build` rewrites tsconfig.json (and next-env.d.ts) to include the dist
 * folder's types: both are restored afterwards.
 */
export async function fullBuild(contentDir: string, distRel: string, extraEnv: Record<string, string> = {}): Promise<FullBuild> {
  const env = benchEnv({ CONTENT_DIR: contentDir, NEXT_DIST_DIR: distRel, ...extraEnv });
  const tsconfig = path.join(ROOT, 'tsconfig.json');
  const tsconfigBefore = readFileSync(tsconfig, 'utf8');
  const nextEnv = path.join(ROOT, 'next-env.d.ts');
  const nextEnvBefore = existsSync(nextEnv) ? readFileSync(nextEnv, 'utf8') : undefined;
  try {
    const site = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'build-site.ts'), '--json'], { env });
    const next = await run(process.execPath, [NEXT_BIN, 'build'], { env });
    const finalize = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'security-finalize.ts')], { env });
    return {
      siteMs: site.ms,
      nextMs: next.ms,
      finalizeMs: finalize.ms,
      wallMs: site.ms + next.ms + finalize.ms,
      site: JSON.parse(site.stdout.trim().split('\n').at(-1) ?? '{}') as SiteBuildStats,
      output: [site, next, finalize].map((r) => r.stdout + r.stderr).join('\n'),
    };
  } finally {
    writeFileSync(tsconfig, tsconfigBefore);
    if (nextEnvBefore !== undefined) writeFileSync(nextEnv, nextEnvBefore);
  }
}

export async function buildOnce(stories: number, tmp: string, tag = '', extraEnv: Record<string, string> = {}): Promise<BuildPoint> {
  const contentDir = path.join(tmp, `build-content-${stories}`);
  const distRel = path.relative(ROOT, path.join(tmp, `dist-${stories}${tag}`));
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(path.join(ROOT, distRel), { recursive: true, force: true });
  const summary = generateContent(contentDir, { stories });
  log(`build N=${stories}: npm run build into ${distRel}`);
  const loadAverageBefore = os.loadavg().map((l) => round(l, 2));
  const build = await fullBuild(contentDir, distRel, extraEnv);
  const result = { ms: build.wallMs, stdout: build.output, stderr: '' };
  const distDir = path.join(ROOT, distRel);
  writeFileSync(path.join(distDir, 'bench-build.log'), result.stdout + result.stderr);
  const counts = countOutputs(distDir);
  const phases = parseBuildLog(result.stdout + result.stderr);
  const point: BuildPoint = {
    stories,
    pool: summary.pool,
    wallMs: result.ms,
    ...phases,
    tracePhases: tracePhases(distDir),
    ...counts,
    msPerOutput: result.ms / counts.outputs,
    msPerHtmlPage: result.ms / counts.htmlPages,
    staticMsPerOutput: phases.staticGenerationMs === undefined ? undefined : phases.staticGenerationMs / counts.outputs,
    loadAverageBefore,
    loadAverageAfter: os.loadavg().map((l) => round(l, 2)),
    distDir,
    contentDir,
    sample: summary.sample,
  };
  log(`build N=${stories}: ${counts.outputs} outputs (${counts.htmlPages} HTML pages) in ${(result.ms / 1000).toFixed(1)} s`);
  return point;
}

export function summarizeBuilds(points: BuildPoint[]): BuildResult {
  const perOutput = fit(points.map((p) => ({ x: p.outputs, y: p.wallMs })));
  const perHtml = fit(points.map((p) => ({ x: p.htmlPages, y: p.wallMs })));
  return { points, marginalMsPerOutput: perOutput?.slope, marginalMsPerHtmlPage: perHtml?.slope, fixedMs: perOutput?.intercept };
}

/**
 * Builds each N `repeats` times (a fresh dist each time) and keeps the fastest build: on a shared
 * machine other work can only slow a build down, so the fastest is the least disturbed. Every
 * build's wall time and load average stay in `runs`.
 */
export async function benchBuild(options: { sizes: number[]; tmp: string; repeats?: number }): Promise<BuildResult> {
  const points: BuildPoint[] = [];
  for (const n of options.sizes) {
    const runs: BuildPoint[] = [];
    for (let i = 0; i < (options.repeats ?? 1); i++) runs.push(await buildOnce(n, options.tmp, i ? `-${i + 1}` : ''));
    const fastest = runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
    for (const r of runs) if (r !== fastest) rmSync(r.distDir, { recursive: true, force: true });
    points.push({
      ...fastest,
      runs: runs.map((r) => ({ wallMs: r.wallMs, loadAverageBefore: r.loadAverageBefore, loadAverageAfter: r.loadAverageAfter, tracePhases: r.tracePhases })),
    });
  }
  return summarizeBuilds(points);
}
