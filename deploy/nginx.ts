/*
 * The caching reverse proxy of docs/deployment.md: renders deploy/nginx.conf.template and runs
 * nginx on it from a folder of its own (pid, logs, temporary files, cache), so the failover test
 * and the HTTP benchmark run the very config a deployment uses, on loopback ports, without
 * touching the system's nginx. `npm run deploy:nginx-config` prints a rendered config.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { killGroup, startGroup, waitForHttp } from '../scripts/process';
import { headEdits } from '../lib/security/request-guard';
import { NOT_FOUND_CACHE_CONTROL } from '../lib/security/policy';

export const NGINX_TEMPLATE = path.join(import.meta.dirname, 'nginx.conf.template');

export interface NginxConfigOptions {
  /** `listen` argument: a port, or `address:port`. */
  listen: string;
  /** The instances, `host:port` each. */
  upstreams: readonly string[];
  /** Account the worker processes run as (only when nginx starts as root). */
  user: string;
}

/** A value going into the config must not be able to end the directive or add one. */
function plain(value: string, what: string): string {
  if (!/^[A-Za-z0-9_.:[\]-]+$/.test(value)) throw new Error(`${what}: "${value}" is not a plain address, port or name`);
  return value;
}

/**
 * The headers of the answers nginx gives itself (its 404 at `/_next/image`): what the request
 * guard gives an answer of the app's that comes with none, and a 404's short shared cache.
 */
export function ownAnswerHeaders(): Record<string, string> {
  return { ...headEdits(404, { 'cache-control': NOT_FOUND_CACHE_CONTROL }).set, 'Cache-Control': NOT_FOUND_CACHE_CONTROL };
}

/** A header value as an nginx string: nothing that could end it or expand a variable. */
function quoted(value: string): string {
  if (/["$\\\n\r]/.test(value)) throw new Error(`header value cannot go into the nginx config as it is: ${value}`);
  return `"${value}"`;
}

/** The config for these instances: the template with its four placeholders filled in. */
export function renderNginxConfig(options: NginxConfigOptions, template = readFileSync(NGINX_TEMPLATE, 'utf8')): string {
  if (!options.upstreams.length) throw new Error('at least one upstream instance is needed');
  const values: Record<string, string> = {
    NGINX_USER: plain(options.user, 'user'),
    LISTEN: plain(options.listen, 'listen'),
    UPSTREAM_SERVERS: options.upstreams.map((u) => `    server ${plain(u, 'upstream')} max_fails=1 fail_timeout=5s;`).join('\n'),
    SECURITY_HEADERS: Object.entries(ownAnswerHeaders())
      .map(([name, value]) => `      add_header ${plain(name, 'header name')} ${quoted(value)} always;`)
      .join('\n'),
  };
  return template.replace(/\$\{([A-Za-z_]+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`unknown placeholder ${whole} in the nginx template`);
    return value;
  });
}

/** Debian's nginx (`apt-get install nginx-light`), or NGINX_BIN. */
export function nginxBinary(): string {
  const candidates = [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];
  const found = candidates.find((c): c is string => !!c && existsSync(c));
  if (!found) throw new Error('nginx not found: apt-get install nginx-light (.ci/run does), or set NGINX_BIN');
  return found;
}

export interface RunningNginx {
  url: string;
  /** The prefix folder: nginx.conf, logs/, temp/, cache/. */
  dir: string;
  /** nginx's own output (start-up errors). */
  output(): string;
  /** Graceful stop (SIGQUIT: the access log is flushed), then the process group is killed. */
  stop(): Promise<void>;
}

/**
 * nginx on `127.0.0.1:<port>` in front of `upstreams`, run from `dir` (created). Resolves once
 * `readyPath` answers 200 through it.
 */
export async function startNginx(options: { port: number; upstreams: readonly string[]; dir: string; readyPath?: string }): Promise<RunningNginx> {
  mkdirSync(path.join(options.dir, 'logs'), { recursive: true });
  mkdirSync(path.join(options.dir, 'temp'), { recursive: true });
  const conf = path.join(options.dir, 'nginx.conf');
  writeFileSync(conf, renderNginxConfig({ listen: `127.0.0.1:${options.port}`, upstreams: options.upstreams, user: os.userInfo().username }));
  // `-e stderr`: messages before the config's error_log is open (nginx ≥ 1.19.5).
  const child = startGroup(nginxBinary(), ['-p', options.dir, '-c', conf, '-e', 'stderr', '-g', 'daemon off;']);
  let output = '';
  child.stderr?.on('data', (d: Buffer) => (output += d));
  const url = `http://127.0.0.1:${options.port}`;
  const stop = () => stopNginx(child);
  try {
    await Promise.race([
      waitForHttp(`${url}${options.readyPath ?? '/'}`, 30_000),
      new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`nginx exited with ${code}: ${output}`)))),
    ]);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, dir: options.dir, output: () => output, stop };
}

async function stopNginx(child: ChildProcess): Promise<void> {
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(child.pid, 'SIGQUIT');
    } catch {
      /* already gone */
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
  await killGroup(child);
}

export interface AccessLogEntry {
  /** Seconds since the epoch, with milliseconds. */
  time: number;
  status: number;
  method: string;
  uri: string;
  /** HIT, MISS, STALE, UPDATING, REVALIDATED, EXPIRED, BYPASS, or `-` (not cacheable). */
  cache: string;
  /** Every instance tried for this request, in order (`-`: answered from the cache alone). */
  upstreams: string[];
  upstreamStatuses: string[];
}

/** The access log written with the template's `upstreams` format. */
export function readAccessLog(dir: string): AccessLogEntry[] {
  const file = path.join(dir, 'logs', 'access.log');
  if (!existsSync(file)) return [];
  const line = /^(\d+\.\d+) (\d{3}) (\S+) "([^"]*)" cache=(\S+) upstream=(.*?) upstream_status=(.*?) rt=\S+$/;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((text) => {
      const m = line.exec(text);
      if (!m) throw new Error(`access log line not in the expected format: ${text}`);
      // Several instances tried: "a:1, b:2"; a change of upstream group: "a : b".
      const list = (s: string) => s.split(/\s*[,:]\s+/).filter((x) => x && x !== '-');
      return {
        time: Number(m[1]),
        status: Number(m[2]),
        method: m[3] as string,
        uri: m[4] as string,
        cache: m[5] as string,
        upstreams: list(m[6] as string),
        upstreamStatuses: list(m[7] as string),
      };
    });
}
