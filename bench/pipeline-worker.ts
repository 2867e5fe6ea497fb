/*
 * One measurement of the content pipeline, in a fresh process (run by bench/pipeline.ts with
 * `node --import tsx --expose-gc`): Load (read, validate) then Model (render Markdown,
 * typography) over a folder, timed cold, as a build runs it once. Prints one JSON line.
 */
import { loadContent } from '@/lib/content/load';
import { buildSite } from '@/lib/site';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!dir) throw new Error('usage: pipeline-worker.ts <content dir>');
const gc = (globalThis as { gc?: () => void }).gc;

gc?.();
const before = process.memoryUsage();
const started = performance.now();
const { content, problems } = loadContent(dir);
const loadMs = performance.now() - started;
const errors = problems.filter((p) => p.severity === 'error');
if (errors.length) throw new Error(`synthetic content has ${errors.length} problem(s), first: ${JSON.stringify(errors[0])}`);
const { data } = buildSite(content);
const ms = performance.now() - started;
gc?.();
const after = process.memoryUsage();
const peakRss = process.resourceUsage().maxRSS * 1024;
// Optionally a second, warm pass (JIT compiled, caches filled): what the code costs once warmed up.
let warmMs: number | undefined;
if (process.argv.includes('--warm')) {
  const again = performance.now();
  buildSite(loadContent(dir).content);
  warmMs = performance.now() - again;
}
let versions = 0;
for (const story of data.stories.values()) versions += Object.keys(story).length;

console.log(
  JSON.stringify({
    stories: content.stories.size,
    versions,
    ms,
    /** Of `ms`, the part spent reading and validating (Load); the rest renders (Model). */
    loadMs,
    /** Peak resident set of the whole process (Node, tsx and the content), bytes. */
    peakRss,
    warmMs,
    /** Resident set before loading (Node, tsx and the modules), bytes. */
    rssBefore: before.rss,
    /** JavaScript heap still used by the loaded content after a full GC, bytes. */
    retainedHeap: after.heapUsed - before.heapUsed,
    heapUsedAfter: after.heapUsed,
  }),
);
