import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { expect, test } from '@playwright/test';
import { loadFigures, type LoadFigures } from '../../../bench/util';
import { startInstance, type RunningInstance } from '../../../deploy/instance';
import { readAccessLog, startNginx, type RunningNginx } from '../../../deploy/nginx';
import { articlePath, bilingualStory, homePath } from '../content';

/*
 * Reliability under load (docs/deployment.md), on loopback only, asserting no timing: readers
 * must get every page, whatever the figures. Project `reliability` (playwright.config.ts) runs
 * after the browser projects, one test after the other, so the load meets an otherwise idle machine.
 *
 * 1. Load: 100 connections for 20 s on the production server under test (the standalone
 *    server of `.next`, Playwright's first web server), alternating the home page and an article.
 * 2. Failover: two standalone instances of the same build behind nginx running
 *    deploy/nginx.conf.template; load through nginx mixes cached pages and searches (rendered per
 *    request, each query new so the cache cannot answer it), and one instance is stopped mid-run.
 */

const story = bilingualStory();
const PORT = Number(process.env.E2E_PORT ?? 3100);

/** Counts answers per path, so a failure names the page. */
function perPath(paths: readonly string[]) {
  const counts = new Map<string, Map<number, number>>(paths.map((p) => [p, new Map()]));
  const requests = paths.map((p) => ({
    method: 'GET' as const,
    path: p,
    onResponse: (status: number) => {
      const byStatus = counts.get(p) as Map<number, number>;
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    },
  }));
  const summary = () => Object.fromEntries([...counts].map(([p, byStatus]) => [p, Object.fromEntries(byStatus)]));
  return { requests, summary };
}

function report(what: string, figures: LoadFigures, extra = '') {
  const line = `${what}: ${figures.requests} requests, ${figures.requestsPerSecond} req/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, max ${figures.maxMs} ms, errors + timeouts ${figures.errors}, non-2xx ${figures.non2xx}${extra}`;
  test.info().annotations.push({ type: 'figures', description: line });
  console.log(line);
}

/**
 * autocannon counts a request unanswered after `timeout` seconds as failed. 30 s rather than its
 * 10: what is tested is that every reader gets the page, and on a machine shared with other work
 * answers can take seconds without anything failing.
 */
const TIMEOUT_S = 30;

test('load: 100 connections for 20 s on the home page and an article, every request answered 200', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const paths = [homePath('fr'), articlePath(story.fr), homePath('en'), articlePath(story.en)];
  const { requests, summary } = perPath(paths);
  const result = await autocannon({ url: baseURL as string, connections: 100, duration: 20, timeout: TIMEOUT_S, requests });
  const figures = loadFigures(result);
  report('load on the production server', figures);

  expect(result.errors, 'connection errors').toBe(0);
  expect(result.timeouts, 'timeouts').toBe(0);
  expect(result.non2xx, `answers other than 2xx: ${JSON.stringify(summary())}`).toBe(0);
  // Every page of the mix was requested, and answered 200 each time.
  for (const [p, byStatus] of Object.entries(summary())) expect(Object.keys(byStatus), p).toEqual(['200']);
  expect(result.requests.total).toBeGreaterThan(1000);
});

test.describe('failover behind the caching proxy', () => {
  const ports = { a: PORT + 10, b: PORT + 11, nginx: PORT + 12 };
  let dir = '';
  let a: RunningInstance | undefined;
  let b: RunningInstance | undefined;
  let nginx: RunningNginx | undefined;

  test.afterAll(async () => {
    // Every process started here is stopped, the test passed or not.
    await Promise.all([nginx?.stop(), a?.stop(), b?.stop()]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('two instances, one stopped mid-run: zero failed requests; the survivor and the cache keep answering', async () => {
    test.setTimeout(120_000);
    dir = mkdtempSync(path.join(os.tmpdir(), 'site-failover-'));
    // Each from its own copy of the build's folder, as deployed.
    [a, b] = await Promise.all([startInstance({ port: ports.a, folder: path.join(dir, 'a') }), startInstance({ port: ports.b, folder: path.join(dir, 'b') })]);
    nginx = await startNginx({ port: ports.nginx, upstreams: [a.address, b.address], dir: path.join(dir, 'nginx') });

    // The localized 404 of a path outside any language depends on the reader's language: it is
    // answered through the proxy but never stored (docs/deployment.md, proxy_no_cache).
    for (const [language, title] of [
      ['fr', /introuvable/i],
      ['en', /not found/i],
    ] as const) {
      const res = await fetch(`${nginx.url}/no-such-page`, { headers: { 'accept-language': language } });
      expect(res.status).toBe(404);
      expect(res.headers.get('x-cache-status')).toBe('MISS');
      expect(res.headers.get('x-middleware-rewrite')).toBeNull();
      expect(await res.text()).toMatch(title);
    }

    // Cached pages, and a search with a new query each time: rendered by an instance every time.
    let query = 0;
    const searches = [
      { method: 'GET' as const, path: '/fr/recherche?q=', setupRequest: (req: autocannon.Request) => ({ ...req, path: `/fr/recherche?q=brics+${++query}` }) },
      { method: 'GET' as const, path: '/en/search?q=', setupRequest: (req: autocannon.Request) => ({ ...req, path: `/en/search?q=summit+${++query}` }) },
    ];
    const pages = [homePath('fr'), articlePath(story.fr), homePath('en'), articlePath(story.en)];
    const startedAt = Date.now() / 1000;
    const run = autocannon({
      url: nginx.url,
      connections: 50,
      duration: 15,
      timeout: TIMEOUT_S,
      requests: [...pages.map((p) => ({ method: 'GET' as const, path: p })), ...searches],
    });

    // Mid-run, instance A is stopped as a deploy or a crash would: SIGTERM to its process group
    // (SIGKILL if it has not exited within 5 s).
    await new Promise((r) => setTimeout(r, 6000));
    const stoppedAt = Date.now() / 1000;
    await a.stop();
    const goneAt = Date.now() / 1000;
    expect(a.process.exitCode !== null || a.process.signalCode !== null, 'instance A has exited').toBe(true);

    const result = await run;
    const endedAt = Date.now() / 1000;
    await nginx.stop();
    const figures = loadFigures(result);
    // The run's requests (not the readiness check made before it).
    const log = readAccessLog(nginx.dir).filter((e) => e.time >= startedAt);
    const answeredBy = (entry: (typeof log)[number]) => entry.upstreams.at(-1);
    const before = log.filter((e) => e.time < stoppedAt);
    const after = log.filter((e) => e.time > goneAt);
    const count = (entries: typeof log, f: (e: (typeof log)[number]) => boolean) => entries.filter(f).length;
    const spread = {
      beforeStop: {
        a: count(before, (e) => answeredBy(e) === a?.address),
        b: count(before, (e) => answeredBy(e) === b?.address),
        cache: count(before, (e) => e.cache === 'HIT'),
      },
      afterStop: {
        a: count(after, (e) => answeredBy(e) === a?.address),
        b: count(after, (e) => answeredBy(e) === b?.address),
        cache: count(after, (e) => e.cache === 'HIT'),
      },
      retriedOnB: count(log, (e) => e.upstreams.length > 1),
      aExited: { after: `${(goneAt - stoppedAt).toFixed(1)} s`, code: a.process.exitCode, signal: a.process.signalCode },
    };
    report('failover through nginx', figures, `; ${JSON.stringify(spread)}`);

    // Not one reader saw a failure.
    expect(result.errors, 'connection errors').toBe(0);
    expect(result.timeouts, 'timeouts').toBe(0);
    expect(result.non2xx, `answers other than 2xx: ${JSON.stringify(result.statusCodeStats)}`).toBe(0);
    // nginx logged every request as answered 200, but those autocannon abandoned when its time
    // was up (499, client gone, one per connection at most).
    const abandoned = log.filter((e) => e.status === 499);
    expect(abandoned.length).toBeLessThanOrEqual(50);
    expect(
      abandoned.every((e) => e.time >= endedAt - 1),
      'no request abandoned before the end',
    ).toBe(true);
    expect(log.filter((e) => e.status !== 200 && e.status !== 499)).toEqual([]);
    expect(log.length - abandoned.length).toBeGreaterThanOrEqual(result.requests.total);
    // Both instances served traffic before the stop, the cache answered the pages…
    expect(spread.beforeStop.a, 'instance A answered before its stop').toBeGreaterThan(0);
    expect(spread.beforeStop.b, 'instance B answered before the stop').toBeGreaterThan(0);
    expect(spread.beforeStop.cache, 'cache hits before the stop').toBeGreaterThan(0);
    // …and after it, B alone answered what the cache could not, and the cache kept answering.
    expect(spread.afterStop.a, 'instance A answered after it was gone').toBe(0);
    expect(spread.afterStop.b, 'searches answered by B after the stop').toBeGreaterThan(0);
    expect(spread.afterStop.cache, 'cache hits after the stop').toBeGreaterThan(0);
    expect(after.filter((e) => e.uri.includes('?q=')).every((e) => answeredBy(e) === b?.address)).toBe(true);
  });
});
