/*
 * HTTP benchmark: `next start` on the bench build, against a minimal static server returning
 * the same article HTML from memory, and the caching reverse proxy of docs/deployment.md
 * (deploy/nginx.conf.template, nginx in front of that same `next start`), loaded by autocannon
 * with the same connections and duration, in the same run. Each server runs in its own process
 * group (ports 3650–3699) and the group is killed afterwards.
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startNginx } from '../deploy/nginx';
import { freePort, killGroup, NEXT_BIN, ROOT, startGroup, waitForHttp } from '../scripts/process';
import type { BuildPoint } from './build';
import { benchEnv, loadFigures, log, round, type LoadFigures } from './util';

export interface HttpResult {
  path: string;
  htmlBytes: number;
  connections: number;
  durationSeconds: number;
  /** Alternating rounds (next, static, proxy, next, static, proxy…); the figures are the round with the median requests per second. */
  rounds: number;
  next: LoadFigures;
  static: LoadFigures;
  nextRounds: LoadFigures[];
  staticRounds: LoadFigures[];
  /** next start's requests per second over the static server's. */
  ratio: number;
  /** The same load through nginx (deploy/nginx.conf.template) in front of that next start, the page in its cache. */
  cachingProxy: CachingProxyResult | null;
  cachingProxyNote: string;
}

export interface CachingProxyResult {
  figures: LoadFigures;
  rounds: LoadFigures[];
  /** Its requests per second over the static server's (goal ≥ 0.8). */
  ratio: number;
  /** X-Cache-Status of the first and the second request: MISS, then HIT. */
  cacheStatus: [string, string];
}

export interface RunningNext {
  url: string;
  /** The English version of the sample story. */
  articlePath: string;
  build: BuildPoint;
  stop(): Promise<void>;
}

/** `next start` on a bench build, in its own process group. */
export async function startNext(build: BuildPoint, host = '127.0.0.1'): Promise<RunningNext> {
  const port = await freePort(3650, 3699);
  const child = startGroup(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: benchEnv({ NEXT_DIST_DIR: path.relative(ROOT, build.distDir), CONTENT_DIR: build.contentDir }),
  });
  const url = `http://${host}:${port}`;
  const articlePath = `/en/articles/${build.sample.slug.en}`;
  try {
    await waitForHttp(`${url}${articlePath}`);
  } catch (e) {
    await killGroup(child);
    throw e;
  }
  log(`next start on ${url} (pid group ${child.pid})`);
  return { url, articlePath, build, stop: () => killGroup(child) };
}

async function load(url: string, connections: number, duration: number): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration, pipelining: 1 });
}

/** The round with the median requests per second (the lower middle one for an even count). */
function medianRound(rounds: LoadFigures[]): LoadFigures {
  const sorted = [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)] as LoadFigures;
}

export async function benchHttp(server: RunningNext, options: { connections: number; duration: number; rounds: number }): Promise<HttpResult> {
  const res = await fetch(`${server.url}${server.articlePath}`, { headers: { 'accept-encoding': 'identity' } });
  if (!res.ok) throw new Error(`${server.articlePath}: ${res.status}`);
  const html = Buffer.from(await res.arrayBuffer());
  const file = path.join(path.dirname(server.build.distDir), 'bench-article.html');
  writeFileSync(file, html);

  const port = await freePort(3650, 3699);
  const staticServer = startGroup(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'static-server.ts'), file, String(port)]);
  const nginxDir = mkdtempSync(path.join(path.dirname(server.build.distDir), 'nginx-'));
  let proxy: Awaited<ReturnType<typeof startNginx>> | undefined;
  try {
    const staticUrl = `http://127.0.0.1:${port}${server.articlePath}`;
    await waitForHttp(staticUrl, 20_000);
    const nextUrl = `${server.url}${server.articlePath}`;
    proxy = await startNginx({ port: await freePort(3650, 3699), upstreams: [new URL(server.url).host], dir: nginxDir, readyPath: '/robots.txt' });
    const proxyUrl = `${proxy.url}${server.articlePath}`;
    // The deployment's steady state: the page is in the cache (the first request fills it).
    const cacheStatus: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await fetch(proxyUrl);
      await res.arrayBuffer();
      cacheStatus.push(res.headers.get('x-cache-status') ?? '-');
    }
    log(`http: caching proxy on ${proxy.url}, X-Cache-Status ${cacheStatus.join(' then ')}`);
    // A short warm-up of each.
    log('http: warm-up');
    await load(nextUrl, options.connections, 2);
    await load(staticUrl, options.connections, 2);
    await load(proxyUrl, options.connections, 2);
    // Alternating rounds, so a change in the machine's load touches every server alike.
    const nextRounds: LoadFigures[] = [];
    const staticRounds: LoadFigures[] = [];
    const proxyRounds: LoadFigures[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      log(`http: round ${round}/${options.rounds}: next start, ${options.connections} connections × ${options.duration} s`);
      nextRounds.push(loadFigures(await load(nextUrl, options.connections, options.duration)));
      log(`http: round ${round}/${options.rounds}: static server, ${options.connections} connections × ${options.duration} s`);
      staticRounds.push(loadFigures(await load(staticUrl, options.connections, options.duration)));
      log(`http: round ${round}/${options.rounds}: caching proxy, ${options.connections} connections × ${options.duration} s`);
      proxyRounds.push(loadFigures(await load(proxyUrl, options.connections, options.duration)));
    }
    const next = medianRound(nextRounds);
    const stat = medianRound(staticRounds);
    const viaProxy = medianRound(proxyRounds);
    return {
      path: server.articlePath,
      htmlBytes: html.length,
      connections: options.connections,
      durationSeconds: options.duration,
      rounds: options.rounds,
      next,
      static: stat,
      nextRounds,
      staticRounds,
      ratio: round(next.requestsPerSecond / stat.requestsPerSecond, 4),
      cachingProxy: {
        figures: viaProxy,
        rounds: proxyRounds,
        ratio: round(viaProxy.requestsPerSecond / stat.requestsPerSecond, 4),
        cacheStatus: [cacheStatus[0] ?? '-', cacheStatus[1] ?? '-'],
      },
      cachingProxyNote: 'nginx (deploy/nginx.conf.template, one instance upstream) in front of the same next start; goal ≥ 0.8 of the static server',
    };
  } finally {
    await proxy?.stop();
    await killGroup(staticServer);
    rmSync(nginxDir, { recursive: true, force: true });
  }
}
