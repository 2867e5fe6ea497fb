/*
 * One instance of the site: the standalone server of a build (`<distDir>/standalone/server.js`,
 * completed with the hashed assets by `npm run security:finalize`), in its own process group,
 * run from its own copy of that folder as a deployment runs it: an instance keeps the pages it
 * renders after the build in its folder, and Next writes them there without atomic renames, so
 * two instances must not share one (docs/deployment.md). Instances share nothing else.
 */
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { killGroup, ROOT, startGroup, waitForHttp } from '../scripts/process';

/**
 * The address the standalone server listens on (its HOSTNAME variable), set explicitly because
 * container runtimes export the container's name in that variable. All interfaces: given one
 * address (`127.0.0.1`), Next 16.4 takes the rewrites of proxy.ts (the localized 404 of a path
 * outside any language) for rewrites to another host and proxies them to itself, which fails
 * with a 500 when the request says `X-Forwarded-Proto: https`; `0.0.0.0`, `::` and `localhost`
 * do not (docs/deployment.md). Requests still come over loopback.
 */
export const INSTANCE_HOSTNAME = '0.0.0.0';

export interface RunningInstance {
  url: string;
  /** `host:port`, as nginx's upstream block and access log name it. */
  address: string;
  process: ChildProcess;
  /** What it has written to stderr so far. */
  output(): string;
  /** SIGTERM to the whole group (Next stops accepting, finishes what it was answering), SIGKILL after 5 s. */
  stop(): Promise<void>;
}

/**
 * The standalone server of `distDir` (default `.next`) on `port`, reached at 127.0.0.1; resolves
 * once `readyPath` answers 200. With `folder`, from a fresh copy of the standalone folder there,
 * as the build left it (removed when the instance stops); without, from the build's own folder.
 */
export async function startInstance(options: {
  port: number;
  distDir?: string;
  folder?: string;
  readyPath?: string;
  env?: Record<string, string>;
}): Promise<RunningInstance> {
  const standalone = path.join(path.resolve(ROOT, options.distDir ?? '.next'), 'standalone');
  if (options.folder) {
    rmSync(options.folder, { recursive: true, force: true });
    // As the build left it: not the pages another instance of that folder rendered since.
    cpSync(standalone, options.folder, { recursive: true, filter: (source) => !source.includes(`${path.sep}server${path.sep}route-cache`) });
  }
  const server = path.join(options.folder ?? standalone, 'server.js');
  const child = startGroup(process.execPath, [server], {
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...options.env, PORT: String(options.port), HOSTNAME: INSTANCE_HOSTNAME },
  });
  const address = `127.0.0.1:${options.port}`;
  const url = `http://${address}`;
  let output = '';
  child.stderr?.on('data', (d: Buffer) => (output += d));
  try {
    // Ready when it answers, unless it exited first: then whatever answers on the port is not this instance.
    await Promise.race([
      waitForHttp(`${url}${options.readyPath ?? '/fr'}`, 60_000),
      new Promise((_, reject) =>
        child.once('exit', (code) => reject(new Error(`instance on port ${options.port} exited with ${code}: ${output.slice(-2000)}`))),
      ),
    ]);
  } catch (e) {
    await killGroup(child);
    if (options.folder) rmSync(options.folder, { recursive: true, force: true });
    throw e;
  }
  const stop = async () => {
    await killGroup(child);
    if (options.folder) rmSync(options.folder, { recursive: true, force: true });
  };
  return { url, address, process: child, output: () => output, stop };
}
