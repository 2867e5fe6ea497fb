import { STATUS_CODES, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { onResponseHead, type ClientErrorHook, type ConnectHook, type RequestHook } from '../server/request-hooks';
import { ALLOWED_METHODS, NON_HTML_CSP, NOT_FOUND_CACHE_CONTROL, PRIVATE_CACHE_CONTROL, SECURITY_HEADERS } from './policy';

/*
 * The production server's request guard (docs/security.md, the table of guards): what every
 * request passes through before Next sees it, and what every response gets as its head is
 * written, whoever wrote it (a page, the proxy, Next's own redirects and errors). Installed by
 * `instrumentation.ts` through lib/server/request-hooks.ts. Each rule is a small pure function
 * below; `guardRequest`, `answerConnect` and `answerClientError` apply them.
 *
 * Requests:
 * - a method other than GET and HEAD: 405 with `Allow` (Next would render a page for a POST, and
 *   answer TRACE with a 500);
 * - a request target that is not a path (`*`, `http://other.example/…`): 400 (Next would answer a
 *   500, or a 308 to the other host);
 * - a request of Next's client router (its headers, or a `.rsc` path): 400. The site has no
 *   client-side navigation (plain links, no `next/link`), and Next would answer with payloads
 *   cached for a year, even for pages that do not exist, or a 500 for a malformed state tree;
 * - headers that only Next's own machinery sends are removed (`x-middleware-prefetch` would turn
 *   any URL into `200 {}`).
 *
 * Responses:
 * - each security header missing gets the site's value (a Content-Security-Policy: the strictest);
 * - a 5xx, or a response with no Cache-Control, is `private, no-store`; a response has one Cache-Control;
 * - Next's internal headers (`X-Matched-Path`, `X-Middleware-*`, `X-Nextjs-*`) are not sent;
 * - a response a shared cache may store sets no cookie (Next clears the preview cookies a request
 *   carries, on static pages too).
 */

const allowedMethods = new Set<string>(ALLOWED_METHODS);

/** Headers with which Next's client router asks for a page's RSC payload, prefetches, or calls a server action. */
export const ROUTER_REQUEST_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-hmr-refresh',
  'next-url',
  'next-action',
] as const;

/** Request headers Next reads as instructions from its own middleware, router or host platform: no reader sends them. */
const INTERNAL_REQUEST_HEADER = /^(?:x-middleware-|x-nextjs-|x-next-|x-invoke-|x-now-|x-prerender-revalidate|x-matched-path$|x-action-forwarded$|next-resume$)/;

/** Response headers that describe Next's internals (routes, rewrites, its cache), for its own router and platform. */
const INTERNAL_RESPONSE_HEADER = /^(?:x-middleware-|x-nextjs-|x-next-|x-matched-path$|x-action-revalidated$)/;

/**
 * The internal response headers Next 16 sends (each matches the rule above): the nginx template
 * hides each of them by name too (a unit test keeps the two in step).
 */
export const INTERNAL_RESPONSE_HEADERS = [
  'x-matched-path',
  'x-middleware-rewrite',
  'x-middleware-skip',
  'x-middleware-set-cookie',
  'x-middleware-redirect',
  'x-middleware-next',
  'x-nextjs-cache',
  'x-nextjs-prerender',
  'x-nextjs-stale-time',
  'x-nextjs-postponed',
  'x-nextjs-rewrite',
  'x-nextjs-redirect',
  'x-nextjs-matched-path',
  'x-nextjs-rewritten-path',
  'x-nextjs-rewritten-query',
  'x-nextjs-request-id',
  'x-nextjs-html-request-id',
  'x-nextjs-deployment-id',
  'x-nextjs-action-not-found',
  'x-action-revalidated',
  'x-next-cache-tags',
] as const;

export const isInternalRequestHeader = (name: string) => INTERNAL_REQUEST_HEADER.test(name.toLowerCase());
export const isInternalResponseHeader = (name: string) => INTERNAL_RESPONSE_HEADER.test(name.toLowerCase());

/** Origin form (RFC 9112 §3.2.1), the only one a server of pages answers: a path, then perhaps a query. */
export const isOriginForm = (target: string | undefined) => target?.startsWith('/') === true;

/** A request of Next's client router: one of its headers, or a path in the form Next reads as an RSC request (`/fr.rsc`, `/fr.segments/…segment.rsc`). */
export function isRouterRequest(headers: IncomingHttpHeaders, target: string): boolean {
  return ROUTER_REQUEST_HEADERS.some((name) => headers[name] !== undefined) || /\.rsc$/.test(target.split('?', 1)[0] ?? '');
}

export interface Refusal {
  status: 400 | 405;
  /** Says which rule refused the request (the body, for whoever reads it). */
  reason: string;
  headers: Record<string, string>;
}

/** What the guard answers instead of Next, if anything: the method first, then the target's form, then router requests. */
export function refusal(request: { method?: string; url?: string; headers: IncomingHttpHeaders }): Refusal | undefined {
  if (!allowedMethods.has(request.method ?? '')) {
    // The same answer for everyone: shareable, briefly, as a 404 is.
    return {
      status: 405,
      reason: 'this site answers GET and HEAD only',
      headers: { Allow: ALLOWED_METHODS.join(', '), 'Cache-Control': NOT_FOUND_CACHE_CONTROL },
    };
  }
  if (!isOriginForm(request.url)) return { status: 400, reason: 'the request target must be a path', headers: { 'Cache-Control': PRIVATE_CACHE_CONTROL } };
  if (isRouterRequest(request.headers, request.url ?? '/')) {
    return { status: 400, reason: 'this site serves pages only, not client-router payloads', headers: { 'Cache-Control': PRIVATE_CACHE_CONTROL } };
  }
  return undefined;
}

/** Removes the internal request headers, from the parsed headers and from the raw list alike. */
export function stripInternalRequestHeaders(req: Pick<IncomingMessage, 'headers' | 'rawHeaders'>) {
  let found = false;
  for (const name of Object.keys(req.headers)) {
    if (isInternalRequestHeader(name)) {
      delete req.headers[name];
      found = true;
    }
  }
  if (!found) return;
  const raw: string[] = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] ?? '';
    if (!isInternalRequestHeader(name)) raw.push(name, req.rawHeaders[i + 1] ?? '');
  }
  req.rawHeaders = raw;
}

/** A response shared caches may store: it has a Cache-Control, and it says neither `private` nor `no-store`. */
export const isShareable = (cacheControl: string | undefined) => cacheControl !== undefined && !/(?:^|[\s,])(?:private|no-store)\b/i.test(cacheControl);

export interface HeadEdits {
  set: Record<string, string>;
  remove: string[];
}

/** Response headers by lower-case name, as `getHeaders()` gives them. */
export type ResponseHeaders = Readonly<Record<string, number | string | readonly string[] | undefined>>;

const headerText = (value: ResponseHeaders[string]) => (value === undefined ? undefined : Array.isArray(value) ? value.join(', ') : String(value));

/**
 * What the head of a response with this status and these headers (lower-case names, as
 * `getHeaders()` gives them) needs before it is written.
 */
export function headEdits(status: number, headers: ResponseHeaders): HeadEdits {
  const has = (name: string) => headers[name.toLowerCase()] !== undefined;
  const remove = Object.keys(headers).filter(isInternalResponseHeader);
  const set: Record<string, string> = {};
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!has(name)) set[name] = value;
  if (!has('content-security-policy')) set['Content-Security-Policy'] = NON_HTML_CSP;
  const given = headers['cache-control'];
  const current = headerText(given);
  // A 304 keeps what it has: it refreshes a stored response's headers, it does not replace its policy.
  // Several values (Next's own and a page's, on some of its 404s) are one list: private if any part says so.
  const cacheControl =
    status >= 500 || (current === undefined && status !== 304) || (Array.isArray(given) && !isShareable(current)) ? PRIVATE_CACHE_CONTROL : current;
  if (cacheControl !== undefined && (cacheControl !== current || Array.isArray(given))) set['Cache-Control'] = cacheControl;
  if (has('set-cookie') && isShareable(cacheControl)) remove.push('set-cookie');
  return { set, remove };
}

function completeHead(res: ServerResponse) {
  const { set, remove } = headEdits(res.statusCode, res.getHeaders());
  for (const name of remove) res.removeHeader(name);
  for (const [name, value] of Object.entries(set)) res.setHeader(name, value);
}

/** The request hook: completes the response's head when it is written; answers a refused request itself. */
export const guardRequest: RequestHook = (req, res) => {
  onResponseHead(res, completeHead);
  stripInternalRequestHeaders(req);
  const refused = refusal(req);
  if (!refused) return false;
  // The body of a refused request is not read: close the connection rather than parse it as the next request.
  res.shouldKeepAlive = false;
  res.writeHead(refused.status, { ...refused.headers, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`${STATUS_CODES[refused.status]}: ${refused.reason}\n`);
  return true;
};

/** A whole response with no body, written straight to a socket that is then closed: the site's headers, and `headers`. */
function bareResponse(status: number, headers: Record<string, string> = {}): string {
  const all = { ...headers, ...headEdits(status, { 'cache-control': headers['Cache-Control'] }).set, 'Content-Length': '0', Connection: 'close' };
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${Object.entries(all)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;
}

/**
 * Node's own answer to bytes it cannot parse as a request (a raw non-ASCII byte in the request
 * line, a method it does not know, headers over its size limit, a request that took too long):
 * the same statuses, now with the site's headers. The connection is closed, as Node does.
 */
export function clientErrorResponse(code: string | undefined): string {
  return bareResponse(code === 'HPE_HEADER_OVERFLOW' ? 431 : code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW' ? 413 : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400);
}

/** CONNECT (which Node hands over as a bare socket): refused like any other method. */
export const answerConnect: ConnectHook = (req, socket) => {
  const refused = refusal(req);
  socket.end(bareResponse(refused?.status ?? 405, refused?.headers));
};

export const answerClientError: ClientErrorHook = (error, socket) => {
  // As Node does: answer only if nothing of a response has been written on this connection yet.
  const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) socket.write(clientErrorResponse(error.code));
  socket.destroy(error);
};
