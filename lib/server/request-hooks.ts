import { Server, type IncomingMessage, type OutgoingHttpHeader, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/*
 * Next has no per-request hook outside `proxy.ts`, which must stay off localized pages (they
 * are static files, served without it). What has to see every request and every response of the
 * production server — the request guard (lib/security/request-guard.ts) and the Vary of
 * negotiated 404s (lib/i18n/negotiated-not-found.ts) — is installed here, on the HTTP server's
 * events, by `instrumentation.ts`, once per server process.
 */

/** Sees a request before Next does; returns true when it has answered it (Next then never sees it). */
export type RequestHook = (req: IncomingMessage, res: ServerResponse) => boolean | void;

/** Answers a connection whose bytes are not an HTTP request Node can parse (its 'clientError' event). */
export type ClientErrorHook = (error: Error & { code?: string }, socket: Duplex) => void;

/**
 * Answers a CONNECT request: Node hands such a request over as a bare socket, to the server's
 * 'connect' listeners, and closes it unanswered when there are none.
 */
export type ConnectHook = (req: IncomingMessage, socket: Duplex) => void;

export interface ServerHooks {
  /** Run in order for each request; the first to answer ends the list. */
  request: readonly RequestHook[];
  clientError?: ClientErrorHook;
  connect?: ConnectHook;
}

const HOOKED = Symbol('server hooks installed');
/** Servers given the 'connect' listener (a listener belongs to a server, not to the prototype). */
const listening = new WeakSet<Server>();

/**
 * Installs `hooks` on every HTTP server of this process (`Server.prototype`), or on one server
 * (the tests). Once per target: a second call on the same target does nothing.
 */
export function installServerHooks(hooks: ServerHooks, target: Server = Server.prototype) {
  const hooked = target as Server & { [HOOKED]?: true };
  if (hooked[HOOKED]) return;
  hooked[HOOKED] = true;
  const emit = target.emit;
  target.emit = function emitThroughHooks(this: Server, event: string | symbol, ...args: unknown[]) {
    // The first event of a server ('connection', before any request on it is read) gives it the 'connect' listener.
    if (hooks.connect && !listening.has(this)) {
      listening.add(this);
      this.on('connect', hooks.connect);
    }
    if (event === 'request') {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      for (const hook of hooks.request) if (hook(req, res) === true) return true;
    } else if (event === 'clientError' && hooks.clientError) {
      hooks.clientError(...(args as [Error, Duplex]));
      return true;
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof target.emit;
}

/**
 * Calls `amend` once the response's status and headers are final and its head is about to be
 * written, whoever writes it (`writeHead`, or the first `write`/`end`, which call it). Headers
 * given to `writeHead` itself are set on the response first, as Node would, so `amend` sees
 * (and may change) every header that will be sent.
 */
export function onResponseHead(res: ServerResponse, amend: (res: ServerResponse) => void) {
  const writeHead = res.writeHead as (this: ServerResponse, statusCode: number, reason?: string) => ServerResponse;
  res.writeHead = function writeAmendedHead(
    this: ServerResponse,
    statusCode: number,
    reason?: string | OutgoingHttpHeaders | OutgoingHttpHeader[],
    headers?: OutgoingHttpHeaders | OutgoingHttpHeader[],
  ) {
    const given = typeof reason === 'string' ? headers : reason;
    if (!this.headersSent) {
      if (given) setHeaders(this, given);
      this.statusCode = statusCode;
      amend(this);
    }
    return writeHead.call(this, statusCode, typeof reason === 'string' ? reason : undefined);
  } as ServerResponse['writeHead'];
}

/** `writeHead`'s headers argument applied as Node applies it: an object replaces, a flat list of name/value pairs appends. */
function setHeaders(res: ServerResponse, given: OutgoingHttpHeaders | OutgoingHttpHeader[]) {
  if (!Array.isArray(given)) {
    for (const [name, value] of Object.entries(given)) if (value !== undefined) res.setHeader(name, value);
    return;
  }
  for (let i = 0; i < given.length; i += 2) res.removeHeader(String(given[i]));
  for (let i = 0; i + 1 < given.length; i += 2) {
    const value = given[i + 1] as OutgoingHttpHeader;
    res.appendHeader(String(given[i]), typeof value === 'number' ? String(value) : value);
  }
}

/**
 * Holds a response's head back until its body is complete, for the responses `hold` picks when
 * their head is written: `complete` then sees the whole body, may still change the headers, and
 * gives the body to send; the head and that body go out together. Other responses pass through
 * untouched. Install it after hooks that amend heads (`onResponseHead`), so that they see what
 * `complete` set.
 */
export function holdHeadUntilComplete(res: ServerResponse, hold: (res: ServerResponse) => boolean, complete: (res: ServerResponse, body: Buffer) => Buffer) {
  const writeHead = res.writeHead as (this: ServerResponse, statusCode: number, reason?: string) => ServerResponse;
  const write = res.write as (this: ServerResponse, ...args: unknown[]) => boolean;
  const end = res.end as (this: ServerResponse, ...args: unknown[]) => ServerResponse;
  let held: { statusCode: number; reason?: string; chunks: Buffer[] } | undefined;
  const toBuffer = (chunk: unknown, encoding?: BufferEncoding) =>
    Buffer.isBuffer(chunk) ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), encoding);
  // write(chunk, callback) and end(callback) forms: the callback may stand where the encoding goes.
  const split = (encoding?: BufferEncoding | (() => void), callback?: () => void) =>
    typeof encoding === 'function' ? { encoding: undefined, callback: encoding } : { encoding, callback };

  res.writeHead = function holdHead(
    this: ServerResponse,
    statusCode: number,
    reason?: string | OutgoingHttpHeaders | OutgoingHttpHeader[],
    headers?: OutgoingHttpHeaders | OutgoingHttpHeader[],
  ) {
    if (held || this.headersSent) return this;
    const given = typeof reason === 'string' ? headers : reason;
    if (given) setHeaders(this, given);
    this.statusCode = statusCode;
    if (!hold(this)) return writeHead.call(this, statusCode, typeof reason === 'string' ? reason : undefined);
    held = { statusCode, reason: typeof reason === 'string' ? reason : undefined, chunks: [] };
    return this;
  } as ServerResponse['writeHead'];

  res.write = function holdBody(this: ServerResponse, chunk: unknown, encoding?: BufferEncoding | (() => void), callback?: () => void) {
    if (!held && !this.headersSent) this.writeHead(this.statusCode);
    if (!held) return write.call(this, chunk, encoding, callback);
    const args = split(encoding, callback);
    if (chunk !== undefined && chunk !== null) held.chunks.push(toBuffer(chunk, args.encoding));
    args.callback?.();
    return true;
  } as ServerResponse['write'];

  res.end = function completeBody(this: ServerResponse, chunk?: unknown, encoding?: BufferEncoding | (() => void), callback?: () => void) {
    if (!held && !this.headersSent) this.writeHead(this.statusCode);
    if (!held) return end.call(this, chunk, encoding, callback);
    const args = typeof chunk === 'function' ? { encoding: undefined, callback: chunk as () => void } : split(encoding, callback);
    const body = typeof chunk === 'function' ? undefined : chunk;
    if (body !== undefined && body !== null) held.chunks.push(toBuffer(body, args.encoding));
    const { statusCode, reason } = held;
    const whole = complete(this, Buffer.concat(held.chunks));
    held = undefined;
    this.setHeader('Content-Length', whole.length);
    writeHead.call(this, statusCode, reason);
    return end.call(this, whole, args.callback);
  } as ServerResponse['end'];
}
