import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installServerHooks } from '@/lib/server/request-hooks';
import {
  answerClientError,
  answerConnect,
  clientErrorResponse,
  guardRequest,
  headEdits,
  INTERNAL_RESPONSE_HEADERS,
  isInternalResponseHeader,
  isShareable,
  refusal,
  stripInternalRequestHeaders,
} from '@/lib/security/request-guard';
import { headerValues, rawExchange, rawRequest, type RawResponse } from '../support/raw-http';
import { EMBEDDABLE_CORP, HTML_CACHE_CONTROL, NON_HTML_CSP, NOT_FOUND_CACHE_CONTROL, PRIVATE_CACHE_CONTROL, SECURITY_HEADERS } from '@/lib/security/policy';

/*
 * The production server's request guard (lib/security/request-guard.ts): each rule on its own,
 * then all of them on a real node:http server that answers as Next does, reached over a raw socket.
 */

const request = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers });

describe('refusal: what the guard answers instead of Next', () => {
  it.each(['GET', 'HEAD'])('lets %s through', (method) => {
    expect(refusal(request(method, '/fr'))).toBeUndefined();
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT', 'PROPFIND', 'get'])(
    '%s: 405, Allow: GET, HEAD, cached briefly like a 404',
    (method) => {
      expect(refusal(request(method, '/fr'))).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD', 'Cache-Control': NOT_FOUND_CACHE_CONTROL } });
    },
  );

  it.each(['/', '/fr?q=x', '//x.example/', '/fr//x/', '/%2e%2e'])('a path is a target (%s)', (url) => {
    expect(refusal(request('GET', url))).toBeUndefined();
  });

  it.each(['*', 'http://elsewhere.example/fr/', 'https://127.0.0.1/', 'elsewhere.example:443', 'fr', ''])(
    'any other request target: 400, not stored (%s)',
    (url) => {
      expect(refusal(request('GET', url))).toMatchObject({ status: 400, headers: { 'Cache-Control': PRIVATE_CACHE_CONTROL } });
    },
  );

  it.each([
    ['RSC', { rsc: '1' }],
    ['a router state tree', { 'next-router-state-tree': 'not-json' }],
    ['a prefetch', { 'next-router-prefetch': '1' }],
    ['a segment prefetch', { 'next-router-segment-prefetch': '/_tree' }],
    ['a server action', { 'next-action': 'deadbeef' }],
    ['Next-Url', { 'next-url': '/fr' }],
  ])("Next's client router (%s): 400, not stored", (_, headers) => {
    expect(refusal(request('GET', '/fr/recherche?q=x', headers))).toMatchObject({ status: 400, headers: { 'Cache-Control': PRIVATE_CACHE_CONTROL } });
  });

  it.each(['/fr.rsc', '/fr/articles/x.prefetch.rsc', '/fr.segments/_tree.segment.rsc', '/x.rsc?a=1'])(
    'a path Next reads as a router request: 400 (%s)',
    (url) => {
      expect(refusal(request('GET', url))?.status).toBe(400);
    },
  );

  it.each(['/fr/rsc', '/fr?x=.rsc', '/fr/x.rsc2', '/fr?_rsc=1'])('a path that only looks like one is let through (%s)', (url) => {
    expect(refusal(request('GET', url))).toBeUndefined();
  });

  it('checks the method first', () => {
    expect(refusal(request('POST', '*', { rsc: '1' }))?.status).toBe(405);
  });
});

describe("Next's internal request headers", () => {
  it('are removed, parsed and raw; what readers send stays, in order', () => {
    const req = {
      headers: {
        host: 'site',
        'x-middleware-prefetch': '1',
        'x-middleware-subrequest': 'proxy:proxy:proxy',
        'x-now-route-matches': '1',
        'x-matched-path': '/fr/page-not-found',
        'x-nextjs-data': '1',
        'x-invoke-path': '/x',
        'x-prerender-revalidate': 'secret',
        'next-resume': '1',
        'accept-language': 'en',
        'x-forwarded-proto': 'https',
        rsc: '1',
      } as Record<string, string>,
      rawHeaders: ['Host', 'site', 'X-Middleware-Prefetch', '1', 'Accept-Language', 'en', 'X-Nextjs-Data', '1', 'RSC', '1', 'X-Forwarded-Proto', 'https'],
    };
    stripInternalRequestHeaders(req);
    expect(req.headers).toEqual({ host: 'site', 'accept-language': 'en', 'x-forwarded-proto': 'https', rsc: '1' });
    expect(req.rawHeaders).toEqual(['Host', 'site', 'Accept-Language', 'en', 'RSC', '1', 'X-Forwarded-Proto', 'https']);
  });
});

describe('headEdits: the head of every response', () => {
  const page = {
    'content-security-policy': "default-src 'none'; script-src 'self' 'sha256-x'",
    'cache-control': HTML_CACHE_CONTROL,
    'content-type': 'text/html',
  };

  it('a response with no header of its own (a redirect of Next, an error) gets them all, the strictest policy, and no cache', () => {
    expect(headEdits(308, { location: '/x.example/' })).toEqual({
      set: { ...SECURITY_HEADERS, 'Content-Security-Policy': NON_HTML_CSP, 'Cache-Control': PRIVATE_CACHE_CONTROL },
      remove: [],
    });
  });

  it('a page keeps its own policy, cache and CORP; only what it lacks is added', () => {
    const { 'Cross-Origin-Resource-Policy': _, ...rest } = SECURITY_HEADERS;
    expect(headEdits(200, { ...page, 'cross-origin-resource-policy': EMBEDDABLE_CORP })).toEqual({ set: rest, remove: [] });
  });

  it('a 5xx is never shareable, whatever it says', () => {
    expect(headEdits(500, page).set['Cache-Control']).toBe(PRIVATE_CACHE_CONTROL);
    expect(headEdits(503, { 'cache-control': 'public, max-age=60' }).set['Cache-Control']).toBe(PRIVATE_CACHE_CONTROL);
  });

  it('a 304 is given no cache policy it did not have (it refreshes a stored one)', () => {
    expect(headEdits(304, { etag: '"x"' }).set['Cache-Control']).toBeUndefined();
    expect(headEdits(304, { etag: '"x"', 'cache-control': HTML_CACHE_CONTROL }).set['Cache-Control']).toBeUndefined();
  });

  it('several Cache-Control values become one: private if any part says so', () => {
    expect(headEdits(404, { 'cache-control': ['private, no-cache, no-store, max-age=0, must-revalidate', NOT_FOUND_CACHE_CONTROL] }).set['Cache-Control']).toBe(
      PRIVATE_CACHE_CONTROL,
    );
    expect(headEdits(200, { 'cache-control': ['public', 'max-age=60'] }).set['Cache-Control']).toBe('public, max-age=60');
  });

  it("Next's internal headers are not sent; other headers are", () => {
    const { remove } = headEdits(200, {
      ...page,
      'x-matched-path': '/[locale]',
      'x-middleware-skip': '1',
      'x-middleware-rewrite': '/fr/page-not-found',
      'x-nextjs-cache': 'HIT',
      'x-nextjs-stale-time': '300',
      'x-next-cache-tags': 'a',
      'x-cache-status': 'HIT',
      'x-frame-options': 'DENY',
    });
    expect(remove.sort()).toEqual([
      'x-matched-path',
      'x-middleware-rewrite',
      'x-middleware-skip',
      'x-next-cache-tags',
      'x-nextjs-cache',
      'x-nextjs-stale-time',
    ]);
    for (const name of INTERNAL_RESPONSE_HEADERS) expect(isInternalResponseHeader(name), name).toBe(true);
  });

  it('a response shared caches may store sets no cookie; a private one may', () => {
    const clearing = [
      '__prerender_bypass=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
      '__next_preview_data=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    ];
    expect(headEdits(200, { ...page, 'set-cookie': clearing }).remove).toEqual(['set-cookie']);
    expect(headEdits(404, { 'cache-control': NOT_FOUND_CACHE_CONTROL, 'set-cookie': clearing }).remove).toEqual(['set-cookie']);
    expect(headEdits(307, { 'cache-control': PRIVATE_CACHE_CONTROL, 'set-cookie': 'NEXT_LOCALE=en' }).remove).toEqual([]);
    // With no policy of its own a response is private, so its cookie stays.
    expect(headEdits(200, { 'set-cookie': 'a=1' }).remove).toEqual([]);
  });

  it('isShareable reads private and no-store wherever they stand', () => {
    expect([HTML_CACHE_CONTROL, NOT_FOUND_CACHE_CONTROL, 'public, max-age=31536000, immutable', 'max-age=0, must-revalidate'].map(isShareable)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([PRIVATE_CACHE_CONTROL, 'no-store', 'max-age=0,private', 'private="set-cookie"', undefined].map(isShareable)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('clientErrorResponse: what Node answers to bytes it cannot parse, with the headers', () => {
  it.each([
    [undefined, '400 Bad Request'],
    ['HPE_INVALID_METHOD', '400 Bad Request'],
    ['HPE_HEADER_OVERFLOW', '431 Request Header Fields Too Large'],
    ['ERR_HTTP_REQUEST_TIMEOUT', '408 Request Timeout'],
  ])('%s → %s', (code, status) => {
    const response = clientErrorResponse(code);
    expect(response.startsWith(`HTTP/1.1 ${status}\r\n`)).toBe(true);
    expect(response.endsWith('\r\n\r\n')).toBe(true);
    for (const [name, value] of Object.entries({
      ...SECURITY_HEADERS,
      'Content-Security-Policy': NON_HTML_CSP,
      'Cache-Control': PRIVATE_CACHE_CONTROL,
      Connection: 'close',
    })) {
      expect(response).toContain(`\r\n${name}: ${value}\r\n`);
    }
  });
});

describe('the guard on a node:http server answering as Next does', () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/echo') {
        // What the application sees of the request.
        res.setHeader('Cache-Control', HTML_CACHE_CONTROL);
        res.end(JSON.stringify({ headers: req.headers, raw: req.rawHeaders }));
      } else if (url === '/redirect') {
        // As Next folds repeated slashes: status and Location only, written by writeHead's argument.
        res.writeHead(308, { Location: '/x.example/' });
        res.end('/x.example/');
      } else if (url === '/page') {
        res.setHeader('Cache-Control', HTML_CACHE_CONTROL);
        res.setHeader('x-nextjs-cache', 'HIT');
        res.setHeader('x-matched-path', '/[locale]');
        res.setHeader('Set-Cookie', ['__prerender_bypass=; Expires=Thu, 01 Jan 1970 00:00:00 GMT']);
        res.end('<html></html>');
      } else if (url === '/error') {
        res.setHeader('Cache-Control', HTML_CACHE_CONTROL);
        res.statusCode = 500;
        res.end('Internal Server Error');
      } else {
        res.writeHead(200, ['Content-Type', 'text/plain', 'X-Middleware-Rewrite', '/fr/page-not-found']);
        res.end('ok');
      }
    });
    installServerHooks({ request: [guardRequest], clientError: answerClientError, connect: answerConnect }, server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const exchange = (raw: string | Buffer) => rawExchange(port, raw);
  const get = (target: string, headers: Record<string, string> = {}) => rawExchange(port, rawRequest('GET', target, headers, 'site'));
  const header = headerValues;
  const expectSiteHeaders = (response: RawResponse, what: string) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(header(response, name.toLowerCase()), `${name} on ${what}`).toEqual([value]);
    expect(header(response, 'content-security-policy'), what).toHaveLength(1);
    expect(header(response, 'cache-control'), what).toHaveLength(1);
    expect(
      response.headers.filter(([name]) => isInternalResponseHeader(name)),
      what,
    ).toEqual([]);
  };

  it('refuses odd targets, odd methods and router requests before the application sees them, with the headers', async () => {
    for (const [raw, status] of [
      ['GET * HTTP/1.1\r\nHost: site\r\n\r\n', 400],
      ['GET http://elsewhere.example/fr/ HTTP/1.1\r\nHost: site\r\n\r\n', 400],
      ['OPTIONS * HTTP/1.1\r\nHost: site\r\n\r\n', 405],
      ['CONNECT elsewhere.example:443 HTTP/1.1\r\nHost: elsewhere.example:443\r\n\r\n', 405],
      ['TRACE /fr HTTP/1.1\r\nHost: site\r\n\r\n', 405],
      ['POST /fr HTTP/1.1\r\nHost: site\r\nContent-Length: 3\r\n\r\nx=1', 405],
      ['GET /fr/recherche?q=x&_rsc=1 HTTP/1.1\r\nHost: site\r\nRSC: 1\r\nNext-Router-State-Tree: not-json\r\n\r\n', 400],
      ['GET /fr.segments/_tree.segment.rsc HTTP/1.1\r\nHost: site\r\n\r\n', 400],
    ] as const) {
      const response = await exchange(raw);
      expect(response.status, raw).toBe(status);
      expect(response.body, raw).not.toBe('ok');
      expectSiteHeaders(response, raw);
      expect(header(response, 'connection'), raw).toEqual(['close']);
    }
  });

  it('the application never sees an internal request header', async () => {
    const response = await get('/echo', {
      'X-Middleware-Prefetch': '1',
      'x-middleware-subrequest': 'proxy:proxy',
      'X-Now-Route-Matches': '1',
      'Accept-Language': 'en',
    });
    const seen = JSON.parse(response.body) as { headers: Record<string, string>; raw: string[] };
    expect(Object.keys(seen.headers).sort()).toEqual(['accept-language', 'connection', 'host']);
    expect(seen.raw).toEqual(['Host', 'site', 'Connection', 'close', 'Accept-Language', 'en']);
  });

  it("completes every head: headers given to writeHead, a page's, an error's", async () => {
    const redirect = await get('/redirect');
    expect(redirect.status).toBe(308);
    expect(header(redirect, 'location')).toEqual(['/x.example/']);
    expectSiteHeaders(redirect, 'redirect');
    expect(header(redirect, 'cache-control')).toEqual([PRIVATE_CACHE_CONTROL]);

    const page = await get('/page');
    expectSiteHeaders(page, 'page');
    expect(header(page, 'cache-control')).toEqual([HTML_CACHE_CONTROL]);
    expect(header(page, 'set-cookie')).toEqual([]);

    const error = await get('/error');
    expect(error.status).toBe(500);
    expectSiteHeaders(error, 'error');
    expect(header(error, 'cache-control')).toEqual([PRIVATE_CACHE_CONTROL]);

    const listed = await get('/other');
    expectSiteHeaders(listed, 'headers as a list');
    expect(header(listed, 'content-type')).toEqual(['text/plain']);
  });

  it("Node's own 400 (a raw byte outside ASCII in the request line) carries the headers too", async () => {
    const response = await exchange(Buffer.concat([Buffer.from('GET /caf'), Buffer.from([0xe9]), Buffer.from(' HTTP/1.1\r\nHost: site\r\n\r\n')]));
    expect(response.status).toBe(400);
    expectSiteHeaders(response, 'client error');
  });
});
