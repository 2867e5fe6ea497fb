import type { IncomingMessage, ServerResponse } from 'node:http';
import { onResponseHead, type RequestHook } from '../server/request-hooks';
import { routing } from './routing';

/*
 * A 404 outside every language (`/index.php`, `/de/x`) is the localized 404 page in the language
 * `proxy.ts` negotiated for this reader from the cookie and Accept-Language: a shared cache must
 * key on those headers, or the next reader gets the first one's language. The proxy cannot say
 * so itself: the 404 page's renderer replaces the Vary header of the proxy's rewrite with its
 * own. So the response is amended as its head is written (a server hook, installed by
 * `instrumentation.ts` through lib/server/request-hooks.ts).
 */

const NEGOTIATED_ON = ['Accept-Language', 'Cookie'];
const INSIDE_A_LANGUAGE = new RegExp(`^/(?:${routing.locales.join('|')})(?:[/?#]|$)`);

/** Vary with `names` added once each, whatever was there before. */
export function withVary(current: string | number | readonly string[] | undefined, names: readonly string[]): string {
  const listed = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const lower = new Set(listed.map((name) => name.toLowerCase()));
  return [...listed, ...names.filter((name) => !lower.has(name.toLowerCase()))].join(', ');
}

function varyOnReader(res: ServerResponse) {
  if (res.statusCode === 404) res.setHeader('Vary', withVary(res.getHeader('Vary'), NEGOTIATED_ON));
}

/** Makes a 404 answered to a request outside every language vary on what chose its language. */
export const varyNegotiatedNotFound: RequestHook = (req: IncomingMessage, res: ServerResponse) => {
  if (!INSIDE_A_LANGUAGE.test(req.url ?? '/')) onResponseHead(res, varyOnReader);
};
