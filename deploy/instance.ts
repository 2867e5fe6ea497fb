/*
 * One instance of the site: the standalone server of a build (`<distDir>/standalone/server.js`,
 * completed with the hashed assets by `npm run security:finalize`), in its own process group.
 * Instances share nothing but the build, so any number of them can run side by side.
 */
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { killGroup, ROOT, startGroup, waitForHttp } from '../bench/util';

export interface RunningInstance {
  url: string;
  /** `host:port`, as nginx's upstream block and access log name it. */
  address: string;
  process: ChildProcess;
  /** SIGTERM to the whole group (Next stops accepting, finishes what it was answering), SIGKILL after 5 s. */
  stop(): Promise<void>;
}

/** The standalone server of `distDir` (default `.next`) on 127.0.0.1:`port`; resolves once `readyPath` answers 200. */
export async function startInstance(options: { port: number; distDir?: string; readyPath?: string; env?: Record<string, string> }): Promise<RunningInstance> {
  const server = path.join(path.resolve(ROOT, options.distDir ?? '.next'), 'standalone', 'server.js');
  const child = startGroup(process.execPath, [server], {
    // HOSTNAME is set explicitly: containers export their own name in it, and the standalone
    // server would listen on that address.
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...options.env, PORT: String(options.port), HOSTNAME: '127.0.0.1' },
  });
  const address = `127.0.0.1:${options.port}`;
  const url = `http://${address}`;
  try {
    await waitForHttp(`${url}${options.readyPath ?? '/fr'}`, 60_000);
  } catch (e) {
    await killGroup(child);
    throw e;
  }
  return { url, address, process: child, stop: () => killGroup(child) };
}
