import net from 'node:net';

/*
 * One HTTP/1.1 exchange over a fresh TCP connection, the request written byte for byte as given:
 * request targets (`*`, `http://other/…`), methods and header bytes that HTTP clients normalise or
 * refuse reach the server as they are. The connection is closed after the answer.
 */

export interface RawResponse {
  status: number;
  /** Header lines in order, names lower-cased. */
  headers: [string, string][];
  body: string;
  /** From writing the request to the end of the answer. */
  ms: number;
}

export const headerValues = (response: Pick<RawResponse, 'headers'>, name: string) =>
  response.headers.filter(([n]) => n === name.toLowerCase()).map(([, v]) => v);

/** Request bytes: the request line, `Host`, `Connection: close`, then `headers` (latin-1, so any byte can be sent). */
export function rawRequest(method: string, target: string, headers: Record<string, string> = {}, host = 'localhost'): Buffer {
  const lines = [`${method} ${target} HTTP/1.1`, `Host: ${host}`, 'Connection: close', ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
}

/**
 * Sends `request` to 127.0.0.1:`port` and resolves with the answer once it is complete (its
 * Content-Length, its last chunk, or the server closing the connection), or rejects after
 * `timeoutMs`. The connection is closed then; the client never half-closes it first (Next stops
 * rendering a streamed page when its reader has gone).
 */
export function rawExchange(port: number, request: Buffer | string, timeoutMs = 20_000): Promise<RawResponse> {
  const bodiless = /^HEAD /.test(request.toString('latin1', 0, 5));
  return new Promise((resolve, reject) => {
    let started = 0;
    let received = Buffer.alloc(0);
    let done = false;
    const socket = net.connect(port, '127.0.0.1', () => {
      started = performance.now();
      socket.write(request);
    });
    const finish = (force: boolean) => {
      if (done) return;
      const response = parse(received.toString('latin1'), bodiless, force);
      if (!response) return;
      done = true;
      socket.destroy();
      resolve({ ...response, ms: performance.now() - started });
    };
    socket.setTimeout(timeoutMs, () => {
      done = true;
      socket.destroy();
      reject(new Error(`no complete answer within ${timeoutMs} ms: ${received.toString('latin1').slice(0, 200)}`));
    });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      finish(false);
    });
    socket.on('error', (error) => {
      if (!done && !received.length) {
        done = true;
        reject(error);
      }
    });
    socket.on('close', () => finish(true));
  });
}

/** The response in `text` if it is complete (or, with `closed`, whatever came). */
function parse(text: string, bodiless: boolean, closed: boolean): Omit<RawResponse, 'ms'> | undefined {
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) return closed ? { status: 0, headers: [], body: '' } : undefined;
  const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers = lines
    .filter(Boolean)
    .map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()] as [string, string]);
  const rest = text.slice(split + 4);
  const value = (name: string) => headers.find(([n]) => n === name)?.[1];
  if (bodiless || status === 204 || status === 304 || (status >= 100 && status < 200)) return { status, headers, body: '' };
  if (/chunked/i.test(value('transfer-encoding') ?? '')) {
    const body = dechunk(rest);
    return body !== undefined ? { status, headers, body } : closed ? { status, headers, body: rest } : undefined;
  }
  const length = value('content-length');
  if (length !== undefined)
    return Buffer.byteLength(rest, 'latin1') >= Number(length)
      ? { status, headers, body: rest.slice(0, Number(length)) }
      : closed
        ? { status, headers, body: rest }
        : undefined;
  return closed ? { status, headers, body: rest } : undefined;
}

/** A chunked body, or undefined while its last chunk has not arrived. */
function dechunk(body: string): string | undefined {
  let out = '';
  let rest = body;
  for (;;) {
    const end = rest.indexOf('\r\n');
    if (end < 0) return undefined;
    const size = parseInt(rest.slice(0, end), 16);
    if (Number.isNaN(size)) return undefined;
    if (size === 0) return rest.indexOf('\r\n', end + 2) >= 0 ? out : undefined;
    if (rest.length < end + 2 + size + 2) return undefined;
    out += rest.slice(end + 2, end + 2 + size);
    rest = rest.slice(end + 2 + size + 2);
  }
}
