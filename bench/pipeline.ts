/*
 * Content pipeline benchmark: Load then Model (read, validate, render Markdown, typography) over
 * synthetic content at several N, each measurement in a fresh child process so peak memory is
 * that N's own. Optionally a CPU profile at one N, summed into stages (see profile.ts).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, run } from '../scripts/process';
import { stageBreakdown, type Stage } from './profile';
import { generateContent, type PoolSizes } from './synthetic-content';
import { log, median, round } from './util';

export interface PipelinePoint {
  stories: number;
  versions: number;
  pool: PoolSizes;
  contentBytes: number;
  generateMs: number;
  runs: number;
  /** Median over runs of the whole pipeline (Load and Model). */
  totalMs: number;
  msPerStory: number;
  msPerVersion: number;
  /** Every run's total, for the spread. */
  totalsMs: number[];
  /** A second pass in the same process (JIT warm): what the code itself costs per story. */
  warmMsPerStory?: number;
  /** One-minute load average of the machine when each run started (the machine may be shared). */
  loadAverages: number[];
  peakRssBytes: number;
  rssBeforeBytes: number;
  retainedHeapBytes: number;
}

export interface PipelineResult {
  points: PipelinePoint[];
  profile?: { stories: number; totalMs: number; gcMs: number; stages: Stage[] };
}

interface WorkerOutput {
  stories: number;
  versions: number;
  ms: number;
  peakRss: number;
  rssBefore: number;
  retainedHeap: number;
  warmMs?: number;
}

const WORKER = path.join(ROOT, 'bench', 'pipeline-worker.ts');

async function measure(dir: string, nodeFlags: string[] = []): Promise<WorkerOutput> {
  // Flags after `--` go to the worker, the others to node.
  const split = nodeFlags.indexOf('--');
  const node = split >= 0 ? nodeFlags.slice(0, split) : nodeFlags;
  const worker = split >= 0 ? nodeFlags.slice(split + 1) : [];
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--expose-gc', ...node, WORKER, dir, ...worker]);
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as WorkerOutput;
}

export async function benchPipeline(options: {
  sizes: number[];
  runs: (n: number) => number;
  tmp: string;
  profileAt?: number;
  warmUpTo?: number;
}): Promise<PipelineResult> {
  const points: PipelinePoint[] = [];
  let profile: PipelineResult['profile'];
  for (const n of options.sizes) {
    const dir = path.join(options.tmp, `pipeline-${n}`);
    rmSync(dir, { recursive: true, force: true });
    const genStart = performance.now();
    const summary = generateContent(dir, { stories: n });
    const generateMs = performance.now() - genStart;
    const outputs: WorkerOutput[] = [];
    const loadAverages: number[] = [];
    const runs = options.runs(n);
    for (let i = 0; i < runs; i++) {
      log(`pipeline N=${n}: run ${i + 1}/${runs}`);
      loadAverages.push(round(os.loadavg()[0] ?? 0, 2));
      outputs.push(await measure(dir, n <= (options.warmUpTo ?? 0) ? ['--', '--warm'] : []));
    }
    const totalMs = median(outputs.map((o) => o.ms));
    const first = outputs[0] as WorkerOutput;
    points.push({
      stories: first.stories,
      versions: first.versions,
      pool: summary.pool,
      contentBytes: summary.bytes,
      generateMs,
      runs,
      totalMs,
      msPerStory: totalMs / first.stories,
      msPerVersion: totalMs / first.versions,
      totalsMs: outputs.map((o) => o.ms),
      loadAverages,
      peakRssBytes: Math.max(...outputs.map((o) => o.peakRss)),
      rssBeforeBytes: median(outputs.map((o) => o.rssBefore)),
      retainedHeapBytes: median(outputs.map((o) => o.retainedHeap)),
      warmMsPerStory: outputs.some((o) => o.warmMs !== undefined)
        ? median(outputs.flatMap((o) => (o.warmMs === undefined ? [] : [o.warmMs]))) / first.stories
        : undefined,
    });
    if (options.profileAt === n) {
      log(`pipeline N=${n}: CPU profile`);
      const profDir = path.join(options.tmp, `profile-${n}`);
      mkdirSync(profDir, { recursive: true });
      await measure(dir, ['--cpu-prof', `--cpu-prof-dir=${profDir}`]);
      const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
      if (file) profile = { stories: n, ...stageBreakdown(JSON.parse(readFileSync(path.join(profDir, file), 'utf8'))) };
    }
    rmSync(dir, { recursive: true, force: true });
  }
  return { points, profile };
}
