/*
 * `npm run bench`: figures, never pass/fail timings. Generates synthetic bilingual content in a
 * git-ignored scratch folder (bench/.tmp; the real content/ is never read or written), then
 * measures and writes bench/results/<part>.json and the charts, then the report made from the
 * JSON (bench/report.ts) to bench/results/summary.md and to the figures of docs/performance.md:
 *
 *   pipeline  Load + Model (loadContent, buildSite) at N = 100, 1,000, 10,000 stories: ms per story, peak memory
 *   build     `next build` at N = 100, 300, 1,000: ms per page (prerender manifest), phases
 *   http      `next start` against a static server of the same bytes, and nginx caching in front of it: rps, p50, p99, ratios
 *   weight    HTML, CSS, JS, fonts of an article page, raw and gzip
 *   search    bench/search.ts, when that file exists (its own script and output)
 *   negotiation  bench/negotiation.ts: the language negotiation's time and heap per hostile header
 *   archive   what a growing archive costs (bench/archive.ts): the whole build cold and after a one-story edit,
 *             and the standalone server's memory, first requests and searches, at N = 1,000 and 10,000
 *             against a one-story site
 *   lighthouse  Lighthouse (mobile, simulated throttling) on an article page, its lite page and a bare
 *             App Router page, a 100-story build served by `next start`: scores, LCP, median of 3 runs
 *
 * Options: --only pipeline,build,http,weight,search,negotiation,lighthouse,archive   --quick (small N, short loads; results go
 * to bench/.tmp/results-quick, the committed figures are left alone)   --keep (keep the scratch
 * folder: a later --only http,weight reuses the build of the largest N)   --report (measure
 * nothing: write the report and redraw the charts from the JSON files).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, run } from '../scripts/process';
import type { ArchiveResult } from './archive';
import type { BuildPoint, BuildResult } from './build';
import type { PipelineResult } from './pipeline';
import { readResults, renderReport, withFigures } from './report';
import { log, machineInfo, RESULTS_DIR, round, TMP_ROOT } from './util';

const PARTS = ['pipeline', 'build', 'http', 'weight', 'search', 'negotiation', 'lighthouse', 'archive'] as const;
type Part = (typeof PARTS)[number];

function parseArgs(argv: string[]) {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    const inline = argv.find((a) => a.startsWith(`${flag}=`));
    return inline ? inline.slice(flag.length + 1) : i >= 0 ? argv[i + 1] : undefined;
  };
  const only = value('--only')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
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
  archive: quick ? [50, 200] : [1000, 10_000],
};
/** The document whose figures section is this report (between the markers of bench/report.ts). */
const PERFORMANCE_DOC = path.join(ROOT, 'docs', 'performance.md');
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
  log(
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, Next ${machine.next}; load ${machine.loadAverageAtStart.join(' ')}`,
  );
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
    await run('node', ['--expose-gc', '--import', 'tsx', path.join(ROOT, 'bench', 'negotiation.ts')], {
      echo: true,
      env: { ...process.env, BENCH_RESULTS_DIR: resultsDir },
    });
  }

  if (args.parts.has('lighthouse')) {
    const { benchLighthouseSite } = await import('./lighthouse');
    writeJson('lighthouse', await benchLighthouseSite(work, { stories: quick ? 10 : 100, runs: quick ? 1 : 3 }));
  }

  if (args.parts.has('archive')) {
    const { benchArchive } = await import('./archive');
    writeJson('archive', await benchArchive({ sizes: sizes.archive, tmp: work, keep: args.keep }));
  }

  // Charts and tables from whatever results exist (this run's and those of earlier --only runs).
  const { writeCharts } = await import('./charts');
  writeCharts(resultsDir, {
    pipeline: readJson<PipelineResult>('pipeline'),
    build: readJson<BuildResult>('build'),
    archive: readJson<ArchiveResult>('archive'),
  });
  const text = renderReport(readResults(resultsDir));
  writeFileSync(path.join(resultsDir, 'summary.md'), `${text}\n`);
  log(`wrote ${path.relative(ROOT, path.join(resultsDir, 'summary.md'))}`);
  // The committed figures are also docs/performance.md's; a --quick run's are not.
  if (!quick) {
    writeFileSync(PERFORMANCE_DOC, withFigures(readFileSync(PERFORMANCE_DOC, 'utf8'), text));
    log(`wrote the figures of ${path.relative(ROOT, PERFORMANCE_DOC)}`);
  }
  console.log(text);

  if (!args.keep) rmSync(work, { recursive: true, force: true });
}

await main();
