/*
 * The JavaScript heap of another Node process, measured after a full garbage collection, through
 * its inspector (the process runs with `--inspect=127.0.0.1:0` and prints the inspector's
 * address on stderr). What a process keeps, not what it has yet to collect: RSS moves by tens of
 * megabytes as V8 sizes its heap to the load, the heap after a collection only when something is
 * retained.
 */

export interface HeapProbe {
  /** Used heap, in MiB, after two full collections. */
  usedAfterGcMiB(): Promise<number>;
  close(): void;
}

/** The inspector's WebSocket address, from what `node --inspect` wrote on stderr. */
export function inspectorUrl(stderr: string): string {
  const url = /Debugger listening on (ws:\/\/\S+)/.exec(stderr)?.[1];
  if (!url) throw new Error(`no inspector address in the process's output: ${stderr.slice(-500)}`);
  return url;
}

export async function connectHeapProbe(url: string): Promise<HeapProbe> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error(`cannot reach the inspector at ${url}`)), { once: true });
  });
  let id = 0;
  const pending = new Map<number, (result: unknown) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  const call = <T>(method: string): Promise<T> =>
    new Promise((resolve) => {
      id += 1;
      pending.set(id, resolve as (result: unknown) => void);
      socket.send(JSON.stringify({ id, method }));
    });
  return {
    async usedAfterGcMiB() {
      await call('HeapProfiler.collectGarbage');
      await call('HeapProfiler.collectGarbage');
      const { usedSize } = await call<{ usedSize: number }>('Runtime.getHeapUsage');
      return usedSize / 2 ** 20;
    },
    close: () => socket.close(),
  };
}
