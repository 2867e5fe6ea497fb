/*
 * `npm run bench`: figures, never pass/fail timings. Generates synthetic bilingual content in a
 * git-ignored scratch folder (bench/.tmp; the real content/ is never read or written), then
 * measures and writes bench/results/<part>.json and the charts:
 *
 *   pipeline  loadContent at N = 100, 1,000, 10,000 stories: ms per story, peak memory
 *   build     `next build` at N = 100, 300, 1,000: ms per page (prerender manifest), phases
 *   http      `next start` against a static server of the same bytes, and nginx caching in front of it: rps, p50, p99, ratios
 *   weight    HTML, CSS, JS, fonts of an article page, raw and gzip
 *   search    bench/search.ts, when that file exists (its own script and output)
 *   negotiation  bench/negotiation.ts: the language negotiation's time and heap per hostile header
 *
 * Options: --only pipeline,build,http,weight,search,negotiation   --quick (small N, short loads; results go
 * to bench/.tmp/results-quick, the committed figures are left alone)   --keep (keep the scratch
 * folder: a later --only http,weight reuses the build of the largest N)   --report (measure
 * nothing: print the tables and redraw the charts from the JSON files).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BuildPoint, BuildResult } from './build';
import type { HttpResult } from './http';
import type { PipelineResult } from './pipeline';
import type { WeightResult } from './weight';
import type { BareResult } from './bare';
import { int, kb, log, machineInfo, mb, RESULTS_DIR, ROOT, round, run, table, TMP_ROOT } from './util';

const PARTS = ['pipeline', 'build', 'http', 'weight', 'search', 'negotiation'] as const;
type Part = (typeof PARTS)[number];

function parseArgs(argv: string[]) {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    const inline = argv.find((a) => a.startsWith(`${flag}=`));
    return inline ? inline.slice(flag.length + 1) : i >= 0 ? argv[i + 1] : undefined;
  };
  const only = value('--only')?.split(',').map((s) => s.trim()).filter(Boolean);
  for (const p of only ?? []) if (!(PARTS as readonly string[]).includes(p)) throw new Error(`--only: unknown part "${p}" (parts: ${PARTS.join(', ')})`);
  // --report: no measurement, only the tables and charts from the JSON already there.
  const report = argv.includes('--report');
  return {
    parts: new Set<Part>(report ? [] : ((only as Part[] | undefined) ?? PARTS)),
    quick: argv.includes('--quick'),
    keep: argv.includes('--keep'),
  };
}

const args = parseArgs(process.argv.slice(2));
const quick = args.quick;
const sizes = {
  pipeline: quick ? [50, 200, 1000] : [100, 1000, 10_000],
  build: quick ? [10, 40] : [100, 300, 1000],
};
const resultsDir = quick ? path.join(TMP_ROOT, 'results-quick') : RESULTS_DIR;
const work = path.join(TMP_ROOT, quick ? 'work-quick' : 'work');
mkdirSync(resultsDir, { recursive: true });
mkdirSync(work, { recursive: true });

const machine = machineInfo();
const readJson = <T>(name: string): T | undefined => {
  const file = path.join(resultsDir, `${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { result: T }).result : undefined;
};
const writeJson = (name: string, result: unknown) => {
  const doc = { part: name, machine, loadAverageAtEnd: os.loadavg().map((l) => round(l, 2)), quick, result };
  writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify(doc, null, 2)}\n`);
  log(`wrote ${path.relative(ROOT, path.join(resultsDir, `${name}.json`))}`);
};

/** The build HTTP and weight run against: this run's largest, else a kept one, else a fresh one. */
async function buildForServing(build: BuildResult | undefined): Promise<BuildPoint> {
  const largest = sizes.build[sizes.build.length - 1] as number;
  const fromRun = build?.points.find((p) => p.stories === largest && existsSync(path.join(p.distDir, 'BUILD_ID')));
  if (fromRun) return fromRun;
  const kept = readJson<BuildResult>('build')?.points.find((p) => p.stories === largest && existsSync(path.join(p.distDir, 'BUILD_ID')));
  if (kept) {
    log(`reusing the kept build ${path.relative(ROOT, kept.distDir)}`);
    return kept;
  }
  const { buildOnce } = await import('./build');
  return buildOnce(largest, work);
}

async function main() {
  log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, Next ${machine.next}; load ${machine.loadAverageAtStart.join(' ')}`);
  const out: string[] = [];
  let build: BuildResult | undefined;

  if (args.parts.has('pipeline')) {
    const { benchPipeline } = await import('./pipeline');
    const result: PipelineResult = await benchPipeline({
      sizes: sizes.pipeline,
      runs: (n) => (n >= 10_000 ? 1 : 3),
      warmUpTo: 1000,
      tmp: work,
      profileAt: sizes.pipeline.includes(1000) ? 1000 : undefined,
    });
    writeJson('pipeline', result);
  }
  if (args.parts.has('build')) {
    const { benchBuild } = await import('./build');
    build = await benchBuild({ sizes: sizes.build, tmp: work, repeats: quick ? 1 : 2 });
    writeJson('build', build);
  }
  if (args.parts.has('http') || args.parts.has('weight')) {
    const served = await buildForServing(build);
    const { startNext } = await import('./http');
    const server = await startNext(served);
    try {
      if (args.parts.has('weight')) {
        const { benchWeight } = await import('./weight');
        const { benchBareApp } = await import('./bare');
        const weight = await benchWeight(server.url, served);
        writeJson('weight', { ...weight, bareAppRouterPage: await benchBareApp(work) });
      }
      if (args.parts.has('http')) {
        const { benchHttp } = await import('./http');
        writeJson('http', await benchHttp(server, { duration: quick ? 3 : 10, connections: 50, rounds: quick ? 1 : 3 }));
      }
    } finally {
      await server.stop();
    }
  }
  if (args.parts.has('search')) {
    const search = path.join(ROOT, 'bench', 'search.ts');
    if (existsSync(search)) {
      log('search: node --expose-gc --import tsx bench/search.ts');
      // Run exactly as its own `bench:search` script does (it samples heap after forced GC); --quick is passed on as BENCH_QUICK=1.
      await run('node', ['--expose-gc', '--import', 'tsx', search], { echo: true, env: { ...process.env, ...(quick ? { BENCH_QUICK: '1' } : {}) } });
    } else log('search: bench/search.ts not present, skipped');
  }
  if (args.parts.has('negotiation')) {
    log('negotiation: node --expose-gc --import tsx bench/negotiation.ts');
    // As its own `bench:negotiation` script runs it (heap after forced GC); about a second.
    await run('node', ['--expose-gc', '--import', 'tsx', path.join(ROOT, 'bench', 'negotiation.ts')], { echo: true, env: { ...process.env, BENCH_RESULTS_DIR: resultsDir } });
  }

  // Charts and tables from whatever results exist (this run's and earlier --only runs').
  const { writeCharts } = await import('./charts');
  writeCharts(resultsDir, { pipeline: readJson<PipelineResult>('pipeline'), build: readJson<BuildResult>('build') });
  out.push(report());
  const text = out.join('\n\n');
  writeFileSync(path.join(resultsDir, 'summary.md'), `${text}\n`);
  console.log(text);

  if (!args.keep) rmSync(work, { recursive: true, force: true });
}

/** Every table, from the JSON files (so a partial run still prints the whole picture). */
function report(): string {
  const sections: string[] = [`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, ${machine.os}, Node ${machine.node}, Next ${machine.next}`];
  const pipeline = readJson<PipelineResult>('pipeline');
  if (pipeline) {
    sections.push(
      `### Content pipeline (read, validate, render Markdown, typography), cold, one process per N\n\n${table(
        ['Stories (versions)', 'People / orgs / events', 'Total (median)', 'ms per story', 'Fastest run, ms per story', 'Load avg at each run', 'ms per story, warm', 'Peak RSS', 'RSS before', 'Heap retained'],
        pipeline.points.map((p) => [
          `${int(p.stories)} (${int(p.versions)})`,
          `${int(p.pool.people)} / ${int(p.pool.organizations)} / ${int(p.pool.events)}`,
          `${(p.totalMs / 1000).toFixed(2)} s`,
          p.msPerStory.toFixed(2),
          `${(Math.min(...p.totalsMs) / p.stories).toFixed(2)} (of ${p.runs})`,
          p.loadAverages ? p.loadAverages.map((l) => l.toFixed(1)).join(', ') : '—',
          p.warmMsPerStory === undefined ? '—' : p.warmMsPerStory.toFixed(2),
          mb(p.peakRssBytes),
          mb(p.rssBeforeBytes),
          mb(p.retainedHeapBytes),
        ]),
      )}`,
    );
    if (pipeline.profile) {
      sections.push(
        `### Where the pipeline's time goes (CPU profile, N = ${int(pipeline.profile.stories)}; inclusive, overlapping)\n\n${table(
          ['Stage', 'ms', 'Share of loadContent'],
          [
            ...pipeline.profile.stages.map((s) => [s.stage, int(s.ms), `${(s.share * 100).toFixed(0)} %`]),
            ['loadContent (profiled, with profiler overhead)', int(pipeline.profile.totalMs), '100 %'],
            ['garbage collection (in the whole process)', int(pipeline.profile.gcMs), ''],
          ],
        )}`,
      );
    }
  }
  const build = readJson<BuildResult>('build');
  if (build) {
    sections.push(
      `### next build\n\n${table(
        ['Stories', 'Outputs (HTML / images / files)', 'Wall', 'Compile', 'TypeScript', 'Collecting page data', 'Static generation', 'ms per output', 'ms per HTML page', 'Load avg before → after'],
        build.points.map((p) => [
          int(p.stories),
          `${int(p.outputs)} (${int(p.htmlPages)} / ${int(p.images)} / ${int(p.otherFiles)})`,
          `${(p.wallMs / 1000).toFixed(0)} s${p.runs && p.runs.length > 1 ? ` (fastest of ${p.runs.map((r) => (r.wallMs / 1000).toFixed(0)).join(', ')})` : ''}`,
          p.compileMs === undefined ? '—' : `${(p.compileMs / 1000).toFixed(0)} s`,
          p.typescriptMs === undefined ? '—' : `${(p.typescriptMs / 1000).toFixed(0)} s`,
          p.tracePhases?.['static-check'] === undefined ? '—' : `${(p.tracePhases['static-check'] / 1000).toFixed(0)} s`,
          p.staticGenerationMs === undefined ? '—' : `${(p.staticGenerationMs / 1000).toFixed(0)} s`,
          p.msPerOutput.toFixed(1),
          p.msPerHtmlPage.toFixed(1),
          `${p.loadAverageBefore ? p.loadAverageBefore[0]?.toFixed(1) : '?'} → ${p.loadAverageAfter[0]?.toFixed(1)}`,
        ]),
      )}${
        build.marginalMsPerOutput === undefined
          ? ''
          : `\n\nMarginal cost (least-squares slope of wall time over the N above): ${build.marginalMsPerOutput.toFixed(1)} ms per output, ${build.marginalMsPerHtmlPage?.toFixed(1)} ms per HTML page; fixed cost ${((build.fixedMs ?? 0) / 1000).toFixed(0)} s.`
      }`,
    );
    const largest = build.points[build.points.length - 1];
    if (largest) {
      sections.push(
        `Outputs of the ${int(largest.stories)}-story build by route:\n\n${table(
          ['Route', 'Outputs'],
          Object.entries(largest.byRoute)
            .sort((a, b) => b[1] - a[1])
            .map(([route, count]) => [route, int(count)]),
        )}`,
      );
    }
  }
  const http = readJson<HttpResult>('http');
  if (http) {
    const row = (name: string, r: HttpResult['next'] | undefined) =>
      r ? [name, int(r.requestsPerSecond), `${r.p50Ms} ms`, `${r.p99Ms} ms`, `${(r.throughputBytesPerSecond / 1024 / 1024).toFixed(1)} MB/s`, int(r.non2xx + r.errors)] : [name, '—', '—', '—', '—', '—'];
    sections.push(
      `### HTTP: ${http.path} (${kb(http.htmlBytes)} of HTML), ${http.connections} connections × ${http.durationSeconds} s, ${http.rounds ?? 1} alternating round(s), median round shown\n\n${table(
        ['Server', 'Requests/s', 'p50', 'p99', 'Throughput', 'Errors + non-2xx'],
        [
          row('next start', http.next),
          row('static server (same bytes from memory)', http.static),
          row(http.cachingProxy ? 'caching proxy (nginx) in front of next start' : 'caching proxy (nginx) — not measured', http.cachingProxy?.figures),
        ],
      )}\n\nRatio next start / static server: ${http.ratio.toFixed(3)} of its requests per second${http.nextRounds && http.nextRounds.length > 1 ? ` (rounds: next ${http.nextRounds.map((r) => int(r.requestsPerSecond)).join(', ')}; static ${http.staticRounds.map((r) => int(r.requestsPerSecond)).join(', ')})` : ''}. ${
        http.cachingProxy
          ? `Through the caching proxy: ${http.cachingProxy.ratio.toFixed(3)} (goal 0.8: ${http.cachingProxy.ratio >= 0.8 ? 'met' : 'missed'}; rounds ${http.cachingProxy.rounds.map((r) => int(r.requestsPerSecond)).join(', ')}; X-Cache-Status ${http.cachingProxy.cacheStatus.join(' then ')}).`
          : 'Through the caching proxy: not measured.'
      }`,
    );
  }
  const weight = readJson<WeightResult & { bareAppRouterPage?: BareResult }>('weight');
  if (weight) {
    const bare = weight.bareAppRouterPage;
    sections.push(
      `### Page weight: ${weight.path}\n\n${table(
        ['Resource', 'Files', 'Raw', `gzip -${weight.gzipLevel}`],
        [
          ...weight.rows.map((r) => [r.kind, String(r.files), kb(r.raw), kb(r.gzip)]),
          ...(bare ? [['Reference: JavaScript of a bare App Router page (same Next, same count)', String(bare.scripts.length), kb(bare.js.raw), kb(bare.js.gzip)]] : []),
        ],
      )}${bare ? `\n\nArticle page JavaScript − bare page JavaScript: ${int(weight.totals.js.gzip - bare.js.gzip)} bytes gzip (${int(weight.totals.js.raw - bare.js.raw)} raw).` : ''}\n\nJavaScript: ${int(weight.totals.js.gzip)} bytes gzip; goal (a bare App Router page) ${int(bare?.js.gzip ?? weight.jsGoalBytes)}: ${weight.totals.js.gzip <= (bare?.js.gzip ?? weight.jsGoalBytes) ? 'met' : `missed by ${int(weight.totals.js.gzip - (bare?.js.gzip ?? weight.jsGoalBytes))} bytes`}; the budget test's ceiling ${int(weight.jsBudgetBytes)} (${weight.totals.js.gzip <= weight.jsBudgetBytes ? 'within' : 'OVER'}). Whole page (HTML + CSS + JS + fonts, scripts current browsers load): ${kb(weight.totals.page.gzip)} gzip, goal under 160 KB (${weight.totals.page.gzip < 160 * 1024 ? 'met' : 'missed'}).`,
    );
  }
  return sections.join('\n\n');
}

await main();
