/*
 * `npm run bench:negotiation`: the language negotiation of `/`, `/switch-language` and every
 * path outside a language (lib/i18n/negotiate.ts), in this process, as the server runs it per
 * request. Reports the time per call for browser headers and for hostile ones (about 15 KB: some
 * 2,200 language tags no one speaks, new ones every call, so nothing can be remembered), and the
 * heap left after a full garbage collection once every hostile header has been answered: a
 * negotiation that keeps state per header shows here as growth. Writes bench/results/negotiation.json
 * (also a part of `npm run bench`).
 * Run with `node --expose-gc` (the npm script does).
 *
 *   HOSTILE=400 npm run bench:negotiation    # more hostile headers
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { negotiateLocale } from '@/lib/i18n/negotiate';

const HOSTILE = Number(process.env.HOSTILE ?? 200);
const TAGS_PER_HEADER = 2200;
// `npm run bench` passes its results folder (bench/.tmp/results-quick with --quick).
const RESULTS = path.join(process.env.BENCH_RESULTS_DIR ?? path.join(import.meta.dirname, 'results'), 'negotiation.json');

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:negotiation)');

/** `aaa-AX,baa-AX,…`: TAGS_PER_HEADER tags, starting at tag number `offset` (so each header is new). */
function hostileHeader(offset: number): string {
  const L = 'abcdefghijklmnopqrstuvwxyz';
  const tags: string[] = [];
  for (let n = offset; n < offset + TAGS_PER_HEADER; n += 1) {
    tags.push(`${L[n % 26]}${L[Math.floor(n / 26) % 26]}${L[Math.floor(n / 676) % 26]}-${L[Math.floor(n / 17576) % 26]?.toUpperCase()}X`);
  }
  return tags.join(',');
}

const BROWSER_HEADERS = [
  'en-US,en;q=0.9',
  'fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7',
  'fr-CA',
  'de-DE,de;q=0.9,en;q=0.5',
  'en-GB,en;q=0.9',
  'ja,en-US;q=0.9,en;q=0.8',
  'zh-CN,zh;q=0.9',
  'es-ES,es;q=0.9',
  '*',
  'pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7,fr;q=0.6',
];

const heapMiB = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (n: number, digits = 3) => Number(n.toFixed(digits));

function timeEach(headers: string[]) {
  const times: number[] = [];
  for (const header of headers) {
    const started = performance.now();
    negotiateLocale(undefined, header);
    times.push(performance.now() - started);
  }
  const sorted = times.slice().sort((a, b) => a - b);
  return {
    calls: times.length,
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? 0),
    totalMs: round(
      times.reduce((a, b) => a + b, 0),
      1,
    ),
  };
}

// Warm the code paths with headers that are not measured.
for (let i = 0; i < 200; i += 1) negotiateLocale(undefined, BROWSER_HEADERS[i % BROWSER_HEADERS.length] ?? null);
negotiateLocale(undefined, hostileHeader(10_000_000));

const browser = timeEach(Array.from({ length: 10_000 }, (_, i) => BROWSER_HEADERS[i % BROWSER_HEADERS.length] ?? ''));
// The headers exist before the first measure and after the last: the difference is what answering them kept.
const hostileHeaders = Array.from({ length: HOSTILE }, (_, i) => hostileHeader(i * TAGS_PER_HEADER));
const heapBefore = heapMiB();
const hostile = timeEach(hostileHeaders);
const heapAfter = heapMiB();

const result = {
  date: new Date().toISOString(),
  machine: { cpus: os.availableParallelism(), cpu: os.cpus()[0]?.model.trim(), node: process.version, loadAverage: round(os.loadavg()[0] ?? 0, 1) },
  browserHeaders: browser,
  hostileHeaders: { ...hostile, headerBytes: hostileHeader(0).length, tagsPerHeader: TAGS_PER_HEADER },
  heapMiB: { beforeHostile: round(heapBefore, 1), afterHostile: round(heapAfter, 1), growth: round(heapAfter - heapBefore, 1) },
};
mkdirSync(path.dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `browser headers: ${browser.calls} calls, p50 ${browser.p50Ms} ms, p99 ${browser.p99Ms} ms, max ${browser.maxMs} ms\n` +
    `hostile headers (${result.hostileHeaders.headerBytes} bytes, ${TAGS_PER_HEADER} new tags each): ${hostile.calls} calls, p50 ${hostile.p50Ms} ms, p99 ${hostile.p99Ms} ms, max ${hostile.maxMs} ms\n` +
    `heap after a full GC: ${result.heapMiB.beforeHostile} MiB before the hostile headers, ${result.heapMiB.afterHostile} MiB after (${result.heapMiB.growth >= 0 ? '+' : ''}${result.heapMiB.growth} MiB)\n` +
    `(${path.relative(process.cwd(), RESULTS)})`,
);
