import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { varyNegotiatedNotFound } from '../i18n/negotiated-not-found';
import { ALLOWED_METHODS, NON_HTML_CSP, SECURITY_HEADERS } from './policy';

/*
 * Every page is a static file or a GET search, so the site answers GET and HEAD only; anything
 * else gets 405 with `Allow`, before Next sees it. Without this, Next answers POST, PUT, DELETE
 * and PATCH to a page by rendering it (200), OPTIONS with 400, and TRACE with 500 on every path
 * the proxy runs on (`new Request()` refuses the TRACE method before the proxy's code runs).
 *
 * Next has no per-request hook outside the proxy, which must stay off localized pages, so the
 * guard wraps the HTTP server's request event: installed once per server process by
 * `instrumentation.ts`. It costs one Set lookup per request. The same hook marks the 404s whose
 * language the proxy negotiated (lib/i18n/negotiated-not-found.ts).
 */

const allowed = new Set<string>(ALLOWED_METHODS);
const ALLOW = ALLOWED_METHODS.join(', ');
let installed = false;

export function rejectMethod(res: ServerResponse) {
  res.writeHead(405, {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': NON_HTML_CSP,
    Allow: ALLOW,
    'Cache-Control': 'public, max-age=0, s-maxage=60',
    'Content-Type': 'text/plain; charset=utf-8',
  });
  res.end('Method Not Allowed\n');
}

export function installMethodGuard() {
  if (installed) return;
  installed = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function guardedEmit(this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      if (!allowed.has(req.method ?? '')) {
        // The body of a refused request is not read; close the connection rather than parse it.
        res.shouldKeepAlive = false;
        rejectMethod(res);
        return true;
      }
      varyNegotiatedNotFound(req, res);
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof Server.prototype.emit;
}
