import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, killGroup, portIsFree, run, startGroup, waitForHttp } from '@/scripts/process';

/*
 * scripts/process.ts, which the benchmarks, the deployment runners and the reliability tests
 * start and stop servers with: a stopped server must leave nothing behind (no process holding
 * a port), and a server that never answers must fail the caller with a reason.
 */

const started: ChildProcess[] = [];
const servers: http.Server[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((child) => killGroup(child, 100)));
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A node process that runs `code`; its first line of output, once written. */
function startNode(code: string): { child: ChildProcess; firstLine: Promise<string> } {
  const child = startGroup(process.execPath, ['-e', code]);
  started.push(child);
  const firstLine = new Promise<string>((resolve) => child.stdout?.once('data', (d: Buffer) => resolve(String(d).trim())));
  return { child, firstLine };
}

/** A local HTTP server answering `status()` to every request; its URL. */
async function serve(status: () => number): Promise<string> {
  const server = http.createServer((_, res) => res.writeHead(status()).end('ok'));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe('process groups', () => {
  it('killGroup stops the process and the server it started (as next start starts its own), freeing its port', async () => {
    // The grandchild listens on a port and tells its parent which; the parent prints it.
    const { child, firstLine } = startNode(`
      const { spawn } = require('node:child_process');
      const server = "require('node:net').createServer().listen(0, '127.0.0.1', function () { process.send(this.address().port) })";
      const grandchild = spawn(process.execPath, ['-e', server], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
      grandchild.on('message', (port) => console.log(port));
      setInterval(() => {}, 1000);
    `);
    const port = Number(await firstLine);
    expect(await portIsFree(port)).toBe(false);
    await killGroup(child);
    expect(child.signalCode).toBe('SIGTERM');
    await expect.poll(() => portIsFree(port)).toBe(true);
  });

  it('killGroup kills a process that ignores SIGTERM once the grace period is over', async () => {
    const { child, firstLine } = startNode(`process.on('SIGTERM', () => {}); console.log('ready'); setInterval(() => {}, 1000);`);
    expect(await firstLine).toBe('ready');
    await killGroup(child, 200);
    expect(child.signalCode).toBe('SIGKILL');
  });
});

describe('waiting for a server', () => {
  it('resolves once the server answers 200', async () => {
    let requests = 0;
    const url = await serve(() => (++requests < 3 ? 503 : 200));
    await waitForHttp(url, 10_000);
    expect(requests).toBe(3);
  });

  it('rejects after the timeout, saying what the server answered last', async () => {
    const url = await serve(() => 500);
    await expect(waitForHttp(url, 600)).rejects.toThrow(/did not answer in 600 ms \(status 500\)/);
  });
});

describe('ports', () => {
  it('a port something listens on is not free, and freePort does not give it', async () => {
    const url = await serve(() => 200);
    const port = Number(new URL(url).port);
    expect(await portIsFree(port)).toBe(false);
    await expect(freePort(port, port)).rejects.toThrow(`no free port in ${port}–${port}`);
  });
});

describe('commands run to completion', () => {
  it('gives the output of a command that succeeds', async () => {
    const result = await run(process.execPath, ['-e', 'console.log("done")']);
    expect(result.stdout.trim()).toBe('done');
  });

  it('rejects when the command fails, with its exit code and the end of its error output', async () => {
    await expect(run(process.execPath, ['-e', 'console.error("broken content"); process.exit(3)'])).rejects.toThrow(/exited with 3\nbroken content/);
  });
});
