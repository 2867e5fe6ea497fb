/*
 * What the benchmark modules share: their folders and environment, figures (numbers, load
 * figures), tables, machine info. Running processes is scripts/process.ts.
 */
import type autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../scripts/process';

/** Git-ignored scratch folder for generated content and builds (removed after a run). */
export const TMP_ROOT = path.join(ROOT, 'bench', '.tmp');
export const RESULTS_DIR = path.join(ROOT, 'bench', 'results');

/** Environment for builds and servers: no telemetry, and a site URL so nothing reaches the network. */
export function benchEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    SITE_URL: 'https://bench.example.org',
    NODE_ENV: 'production',
    ...extra,
  };
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  throughputBytesPerSecond: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** What the tables report of an autocannon run (the HTTP benchmark, and the reliability tests' figures). */
export function loadFigures(r: autocannon.Result): LoadFigures {
  return {
    requestsPerSecond: round(r.requests.average, 1),
    p50Ms: r.latency.p50,
    p90Ms: r.latency.p90,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    throughputBytesPerSecond: Math.round(r.throughput.average),
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (!sorted.length) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Kilobytes as the docs write them: 1 KB = 1,024 bytes, one decimal. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const int = (value: number) => Math.round(value).toLocaleString('en-US');

/** A Markdown table (also readable in a terminal). */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(headers), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  next: string;
  react: string;
  loadAverageAtStart: number[];
  date: string;
}

export function machineInfo(): MachineInfo {
  const pkg = (name: string) => (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: round(os.totalmem() / 1024 ** 3, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    next: pkg('next'),
    react: pkg('react'),
    loadAverageAtStart: os.loadavg().map((l) => round(l, 2)),
    date: new Date().toISOString(),
  };
}

export const log = (message: string) => console.error(`[bench] ${message}`);
