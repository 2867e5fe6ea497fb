/*
 * Running the site's programs from the programs around it (bench/, deploy/, tests): commands run
 * to completion, long-running servers in process groups of their own (so stopping one stops
 * everything it started), free ports, waiting for a server to answer.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/** The repository's root folder: commands run there unless told otherwise. */
export const ROOT = path.resolve(import.meta.dirname, '..');
/** The `next` CLI, run with node directly so no npx process sits between the caller and the server. */
export const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a command to completion, capturing its output; rejects on a non-zero exit, with the end of its stderr. */
export function run(command: string, args: string[], options: SpawnOptions & { echo?: boolean } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: ROOT, ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d;
      if (options.echo) process.stdout.write(d);
    });
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d;
      if (options.echo) process.stderr.write(d);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const result = { code, stdout, stderr, ms: performance.now() - started };
      if (code === 0) resolve(result);
      else reject(Object.assign(new Error(`${command} ${args.join(' ')} exited with ${code}\n${stderr.slice(-4000)}`), { result }));
    });
  });
}

/**
 * Starts a long-running process as the leader of a new process group (detached), so that
 * `killGroup` stops it with everything it starts. Its output is read and dropped unless the
 * caller listens to `stdout`/`stderr`, so a full pipe never blocks it.
 */
export function startGroup(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { cwd: ROOT, ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}

/** Stops a process group started by `startGroup`: SIGTERM, SIGKILL after `graceMs`; resolves once its leader has exited. */
export async function killGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), sig);
    } catch {
      /* already gone */
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  // Children of the leader may outlive it for a moment: make sure the group is gone.
  signal('SIGKILL');
}

/** True when nothing listens on `port` (on 127.0.0.1). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The first free port in [from, to]: each program keeps to its own range, so parallel runs do not collide. */
export async function freePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port in ${from}–${to}`);
}

/** Polls `url` until it answers 200; rejects after `timeoutMs`, saying what it got last. */
export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) {
        await res.arrayBuffer();
        return;
      }
      last = `status ${res.status}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer in ${timeoutMs} ms (${last})`);
}
