/*
 * The archive part of `npm run bench`: what a growing archive costs. For each N (1,000 and
 * 10,000 stories, each in French and English) and for a one-story site beside them:
 *
 *   - a cold `npm run build` (fresh dist folder, no cache), each step timed;
 *   - the build again after one story's French text is edited (the dist folder and its caches
 *     kept, as CI restores them);
 *   - the standalone server of that build, as deployed: its resident memory after start, then
 *     after serving 1,000 archive pages never rendered before (their first request, timed) and
 *     100 searches (timed).
 *
 * What the archive adds is each figure minus the one-story site's, per story (builds) or per
 * 1,000 stories (memory). Content is synthetic (bench/synthetic-content.ts), in dist folders of
 * the repository's root (`.next-bench-archive-<N>`, git-ignored, removed after the run unless
 * --keep), since the standalone server's layout expects a top-level dist folder.
 */
import { appendFileSync, closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locale } from '@/lib/i18n/routing';
import { loadSearchIndex } from '@/lib/search/index';
import { readStore, SEARCH_FILE, SEARCH_TEXTS_FILE, STORE_PATH } from '@/lib/site/store';
import { killGroup, ROOT, startGroup, waitForHttp, freePort } from '../scripts/process';
import { countOutputs, fullBuild, type SiteBuildStats } from './build';
import { generateContent } from './synthetic-content';
import { benchEnv, log, round } from './util';

export interface ArchiveBuild {
  wallMs: number;
  siteMs: number;
  nextMs: number;
  finalizeMs: number;
  site: SiteBuildStats;
  /** What `next build` prerendered (the prerender manifest). */
  outputs: number;
  htmlPages: number;
  loadAverageBefore: number[];
}

export interface Latency {
  count: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Answers other than 200. */
  failures: number;
}

export interface ServeFigures {
  /** Resident memory of the server process (MiB): after start and one request to the home page, then after the load. */
  rssStartMiB: number;
  rssAfterMiB: number;
  /**
   * After the load and a full garbage collection (through the inspector): what the process
   * keeps, not what it has yet to collect. RSS, and the JavaScript heap in use.
   */
  rssAfterGcMiB: number;
  heapUsedAfterGcMiB: number;
  /** Peak resident memory over the process's life (VmHWM). */
  rssPeakMiB: number;
  /** Archive pages requested (each once, never rendered before), and their timings. */
  firstRequests: Latency;
  /** The search page over HTTP (the whole page rendered per query). */
  searches: Latency;
  /**
   * The index alone: the store's search index loaded from disk as a server loads it, queried in
   * this process as a reader of each language (results and snippets), the figure the search goal names.
   */
  indexQueries: Latency & { loadMs: number };
  /** Sizes on disk (bytes): the store's index (held in memory), the search index (loaded at the first search), the server's JavaScript. */
  storeIndexBytes: number;
  searchIndexBytes: number;
  serverJsBytes: number;
  largestServerChunkBytes: number;
}

export interface ArchivePoint {
  stories: number;
  cold: ArchiveBuild;
  edit: ArchiveBuild;
  serve: ServeFigures;
}

export interface ArchiveResult {
  /** The one-story site every figure is compared with. */
  baseline: ArchivePoint;
  points: ArchivePoint[];
  /** The build's prerender settings (lib/site/prerender.ts). */
  prerender: { newest: number; days: number; entities?: boolean };
}

const PAGES = 1000;
const SEARCHES = 100;

const loadNow = () => os.loadavg().map((l) => round(l, 2));

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function latency(times: number[], failures: number): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    count: times.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
    failures,
  };
}

async function timedBuild(contentDir: string, distRel: string): Promise<ArchiveBuild> {
  const loadAverageBefore = loadNow();
  const build = await fullBuild(contentDir, distRel);
  writeFileSync(path.join(ROOT, distRel, 'bench-build.log'), build.output);
  const { outputs, htmlPages } = countOutputs(path.join(ROOT, distRel));
  log(`  ${build.site.rendered} versions rendered, ${build.site.renderedFromCache} from cache; ${outputs} outputs; ${(build.wallMs / 1000).toFixed(1)} s`);
  return {
    wallMs: Math.round(build.wallMs),
    siteMs: Math.round(build.siteMs),
    nextMs: Math.round(build.nextMs),
    finalizeMs: Math.round(build.finalizeMs),
    site: build.site,
    outputs,
    htmlPages,
    loadAverageBefore,
  };
}

/** An editor's one-story change: a sentence added to the French version of the story in the middle of the archive. */
function editOneStory(contentDir: string): string {
  const stories = readdirSync(path.join(contentDir, 'articles')).sort();
  const id = stories[Math.floor(stories.length / 2)] as string;
  const file = path.join(contentDir, 'articles', id, 'fr.md');
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---\n', 4) + 5;
  writeFileSync(file, `${text.slice(0, end)}\nPrécision de la rédaction : ce paragraphe a été ajouté après la publication.\n${text.slice(end)}`);
  return id;
}

const rssOf = (pid: number, field: 'VmRSS' | 'VmHWM') => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN) / 1024, 1);
};

function jsFiles(dir: string): number[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => statSync(path.join(e.parentPath, e.name)).size);
}

/** Deterministic order (a seeded shuffle) so runs request the same pages. */
function shuffled<T>(items: readonly T[], seed = 7): T[] {
  let a = seed;
  const random = () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 2 ** 32;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

async function timedGets(base: string, paths: readonly string[]): Promise<Latency> {
  const times: number[] = [];
  let failures = 0;
  for (const p of paths) {
    const started = performance.now();
    const res = await fetch(`${base}${p}`, { headers: { 'accept-encoding': 'gzip' } });
    await res.arrayBuffer();
    times.push(performance.now() - started);
    if (res.status !== 200) failures++;
  }
  return latency(times, failures);
}

/** The store's search index, loaded as a server loads it, and `queries` timed against it. */
function queryIndex(store: string, queries: readonly { locale: Locale; word: string }[]): Latency & { loadMs: number } {
  const started = performance.now();
  const fd = openSync(path.join(store, SEARCH_TEXTS_FILE), 'r');
  const index = loadSearchIndex(readFileSync(path.join(store, SEARCH_FILE), 'utf8'), (offset, length) => {
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, offset);
    return buffer;
  });
  const loadMs = round(performance.now() - started);
  const times = queries.map(({ locale, word }) => {
    const at = performance.now();
    index.search(word, locale);
    return performance.now() - at;
  });
  closeSync(fd);
  return { ...latency(times, 0), loadMs };
}

/** The inspector's WebSocket address, from what `node --inspect` prints on stderr. */
function inspectorUrl(server: ReturnType<typeof startGroup>): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no inspector address in: ${seen.slice(-500)}`)), 30_000);
    server.stderr?.on('data', (d: Buffer) => {
      seen += d;
      const url = /Debugger listening on (ws:\/\/\S+)/.exec(seen)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
  });
}

/** A full garbage collection in the server, then its heap in use (MiB), through the inspector protocol. */
async function collectGarbage(url: string): Promise<number> {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let id = 0;
  const call = (method: string, params: object = {}) =>
    new Promise<{ result?: { result?: { value?: unknown } } }>((resolve) => {
      const mine = ++id;
      const listener = (event: MessageEvent) => {
        const message = JSON.parse(String(event.data)) as { id?: number };
        if (message.id !== mine) return;
        socket.removeEventListener('message', listener);
        resolve(message as { result?: { result?: { value?: unknown } } });
      };
      socket.addEventListener('message', listener);
      socket.send(JSON.stringify({ id: mine, method, params }));
    });
  await call('HeapProfiler.collectGarbage');
  await call('HeapProfiler.collectGarbage');
  const usage = await call('Runtime.evaluate', { expression: 'process.memoryUsage().heapUsed', returnByValue: true });
  socket.close();
  return round(Number(usage.result?.result?.value) / 1024 / 1024, 1);
}

/** The standalone server of a build, under the load the goals name. */
async function serve(distRel: string): Promise<ServeFigures> {
  const distDir = path.join(ROOT, distRel);
  const store = path.join(distDir, STORE_PATH);
  const { data } = readStore(store);
  const prerendered = new Set(Object.keys((JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as { routes: object }).routes));
  const articles = [...data.stories.values()].flatMap((versions) => Object.values(versions).map((v) => `/${v.locale}/articles/${v.slug}`));
  const archive = articles.filter((p) => !prerendered.has(p));
  // A one-story site has no archive: its own pages stand in, so the load is the same.
  const pages = archive.length ? shuffled(archive).slice(0, PAGES) : Array.from({ length: PAGES }, (_, i) => articles[i % articles.length] as string);
  const queries = shuffled(
    [...data.stories.values()].flatMap((versions) =>
      Object.values(versions).map((v) => ({ locale: v.locale, word: v.title.split(/\s+/).find((w) => w.length > 5) ?? v.title })),
    ),
  );
  const searches = Array.from({ length: SEARCHES }, (_, i) => queries[i % queries.length]!).map(({ locale, word }) =>
    locale === 'fr' ? `/fr/recherche?q=${encodeURIComponent(word)}` : `/en/search?q=${encodeURIComponent(word)}`,
  );

  const port = await freePort(3740, 3799);
  // The inspector (on loopback, a port of its own) only to ask for a full garbage collection at the end.
  const server = startGroup(process.execPath, ['--inspect=127.0.0.1:0', path.join(distDir, 'standalone', 'server.js')], {
    env: benchEnv({ PORT: String(port) }),
  });
  const inspector = inspectorUrl(server);
  // What the server says (an error behind a failed request, say) is kept beside the build's log.
  const serverLog = path.join(distDir, 'bench-server.log');
  writeFileSync(serverLog, '');
  for (const stream of [server.stdout, server.stderr]) stream?.on('data', (d: Buffer) => appendFileSync(serverLog, d));
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/fr`);
    const pid = server.pid as number;
    const rssStartMiB = rssOf(pid, 'VmRSS');
    log(`  server ${base}: ${rssStartMiB} MiB after start; ${pages.length} archive pages, then ${searches.length} searches`);
    const indexQueries = queryIndex(
      store,
      Array.from({ length: 500 }, (_, i) => queries[i % queries.length]!),
    );
    const firstRequests = await timedGets(base, pages);
    const searchTimes = await timedGets(base, searches);
    const rssAfterMiB = rssOf(pid, 'VmRSS');
    const heapUsedAfterGcMiB = await collectGarbage(await inspector);
    const rssAfterGcMiB = rssOf(pid, 'VmRSS');
    const serverJs = jsFiles(path.join(distDir, 'standalone', path.basename(distDir), 'server'));
    return {
      rssStartMiB,
      rssAfterMiB,
      rssAfterGcMiB,
      heapUsedAfterGcMiB,
      rssPeakMiB: rssOf(pid, 'VmHWM'),
      firstRequests,
      searches: searchTimes,
      indexQueries,
      storeIndexBytes: statSync(path.join(store, 'index.json')).size,
      searchIndexBytes: statSync(path.join(store, SEARCH_FILE)).size,
      serverJsBytes: serverJs.reduce((a, b) => a + b, 0),
      largestServerChunkBytes: Math.max(0, ...serverJs),
    };
  } finally {
    await killGroup(server);
  }
}

async function measure(stories: number, tmp: string): Promise<ArchivePoint> {
  const contentDir = path.join(tmp, `archive-content-${stories}`);
  const distRel = `.next-bench-archive-${stories}`;
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(path.join(ROOT, distRel), { recursive: true, force: true });
  generateContent(contentDir, { stories });
  log(`archive N=${stories}: cold build`);
  const cold = await timedBuild(contentDir, distRel);
  const edited = editOneStory(contentDir);
  log(`archive N=${stories}: build after editing ${edited}/fr.md`);
  const edit = await timedBuild(contentDir, distRel);
  return { stories, cold, edit, serve: await serve(distRel) };
}

export async function benchArchive(options: { sizes: number[]; tmp: string; keep?: boolean }): Promise<ArchiveResult> {
  const points: ArchivePoint[] = [];
  const baseline = await measure(1, options.tmp);
  for (const n of options.sizes) points.push(await measure(n, options.tmp));
  if (!options.keep) for (const n of [1, ...options.sizes]) rmSync(path.join(ROOT, `.next-bench-archive-${n}`), { recursive: true, force: true });
  const { prerenderSettings } = await import('@/lib/site/prerender');
  return { baseline, points, prerender: prerenderSettings() };
}

/** What the archive adds, per story or per 1,000 stories: the goals' figures. */
export function archiveFigures(result: ArchiveResult) {
  const { baseline } = result;
  return result.points.map((p) => {
    const extra = p.stories - baseline.stories;
    const versions = p.cold.site.versions;
    return {
      stories: p.stories,
      coldMsPerStory: (p.cold.wallMs - baseline.cold.wallMs) / extra,
      editMsPerStory: (p.edit.wallMs - baseline.edit.wallMs) / extra,
      editOverOneStoryMs: p.edit.wallMs - baseline.edit.wallMs,
      // site:build's own time per version, all from cache after the edit but one.
      pipelineHitMsPerVersion: p.edit.site.ms / versions,
      pipelineColdMsPerVersion: p.cold.site.ms / versions,
      rssMiBPer1000: ((p.serve.rssAfterMiB - baseline.serve.rssAfterMiB) / extra) * 1000,
      rssAfterGcMiBPer1000: ((p.serve.rssAfterGcMiB - baseline.serve.rssAfterGcMiB) / extra) * 1000,
      heapMiBPer1000: ((p.serve.heapUsedAfterGcMiB - baseline.serve.heapUsedAfterGcMiB) / extra) * 1000,
      firstRequestP95Ms: p.serve.firstRequests.p95Ms,
      searchP95Ms: p.serve.indexQueries.p95Ms,
      searchPageP95Ms: p.serve.searches.p95Ms,
    };
  });
}
