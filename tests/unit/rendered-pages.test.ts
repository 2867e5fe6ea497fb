import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticlePath } from '@/lib/i18n/paths';
import { executableInlineScripts, scriptHash } from '@/lib/security/inline-scripts';
import { HTML_CACHE_CONTROL, NOT_FOUND_CACHE_CONTROL, NON_HTML_CSP } from '@/lib/security/policy';
import { renderedPagePolicy } from '@/lib/security/rendered-page-policy';
import { guardRequest } from '@/lib/security/request-guard';
import { installServerHooks } from '@/lib/server/request-hooks';
import { prerenderedArticles, prerenderSettings } from '@/lib/site/prerender';
import type { ArticleSummary } from '@/lib/site/types';
import { headerValues, rawExchange, rawRequest } from '../support/raw-http';

/*
 * The archive's pages, rendered on their first request: which story pages are prerendered,
 * which article paths exist, and what a page rendered after the build gets on its way out (the
 * hooks on a node:http server that answers as Next does for such a page: HTML, no policy, Next's
 * year-long Cache-Control, written in pieces).
 */

const story = (slug: string, date: string) => ({ slug, date }) as ArticleSummary;

describe('prerenderedArticles', () => {
  const newestFirst = [story('e', '2025-09-30'), story('d', '2025-09-20'), story('c', '2025-09-01'), story('b', '2025-08-01'), story('a', '2024-01-01')];
  const slugs = (list: ArticleSummary[]) => list.map((a) => a.slug);

  it('the newest N, and every story of the last days before the newest', () => {
    expect(slugs(prerenderedArticles(newestFirst, { newest: 2, days: 0 }))).toEqual(['e', 'd']);
    expect(slugs(prerenderedArticles(newestFirst, { newest: 1, days: 30 }))).toEqual(['e', 'd', 'c']);
    expect(slugs(prerenderedArticles(newestFirst, { newest: 0, days: 0 }))).toEqual(['e']);
    expect(slugs(prerenderedArticles(newestFirst, { newest: 200, days: 30 }))).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(prerenderedArticles([], { newest: 200, days: 30 })).toEqual([]);
  });
});

describe('prerenderSettings', () => {
  it('by default the newest 200 stories a language, no window in days, no entity page', () => {
    expect(prerenderSettings({})).toEqual({ newest: 200, days: 0, entities: false });
  });

  it('each setting read from the environment; a value that is no whole number keeps the default', () => {
    expect(prerenderSettings({ PRERENDER_NEWEST: '50', PRERENDER_DAYS: '30', PRERENDER_ENTITIES: '1' })).toEqual({ newest: 50, days: 30, entities: true });
    expect(prerenderSettings({ PRERENDER_NEWEST: '-1', PRERENDER_DAYS: 'ten', PRERENDER_ENTITIES: 'yes' })).toEqual({ newest: 200, days: 0, entities: false });
  });
});

describe('parseArticlePath', () => {
  it.each([
    ['/fr/articles/x', { locale: 'fr', route: { locale: 'fr', slug: 'x', view: 'article' } }],
    ['/fr/articles/x/bilingue', { locale: 'fr', route: { locale: 'fr', slug: 'x', view: 'bilingual' } }],
    ['/en/articles/x/bilingual', { locale: 'en', route: { locale: 'en', slug: 'x', view: 'bilingual' } }],
    ['/fr/articles/x/leger', { locale: 'fr', route: { locale: 'fr', slug: 'x', view: 'lite' } }],
    ['/en/articles/x/opengraph-image', { locale: 'en', route: { locale: 'en', slug: 'x', view: 'image' } }],
  ])('%s names a page of the article family', (path, expected) => {
    expect(parseArticlePath(path)).toEqual(expected);
  });

  it.each(['/en/articles/x/bilingue', '/fr/articles/x/lite', '/fr/articles/x/y', '/fr/articles/x/bilingue/y', '/fr/articles'])(
    '%s is a path no route serves',
    (path) => {
      expect(parseArticlePath(path)?.route).toBeUndefined();
    },
  );

  it.each(['/fr', '/fr/intervenants/x', '/de/articles/x', '/fr/articles/x/', '/articles/x'])('%s is not for the article routes to judge', (path) => {
    expect(parseArticlePath(path)).toBeUndefined();
  });
});

describe('a page rendered after the build, on its way out', () => {
  const page = (script: string) =>
    `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><main>Archive</main><script>${script}</script></body></html>`;
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/rendered') {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 's-maxage=31536000');
        res.setHeader('ETag', '"abc"');
        // In pieces, as a stream would write it.
        const html = page('self.__next_f.push([1,"a"])');
        res.write(html.slice(0, 40));
        res.end(html.slice(40));
      } else if (url === '/missing') {
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 's-maxage=31536000' });
        res.end(page('self.__next_f.push([1,"b"])'));
      } else if (url === '/prerendered') {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Content-Security-Policy', "default-src 'none'; script-src 'self' 'sha256-x'");
        res.setHeader('Cache-Control', HTML_CACHE_CONTROL);
        res.end(page('prerendered()'));
      } else if (url === '/rendered-feed') {
        res.setHeader('Content-Type', 'application/rss+xml; charset=utf-8');
        res.setHeader('Cache-Control', 's-maxage=31536000');
        res.end('<rss/>');
      } else {
        res.setHeader('Content-Type', 'application/xml');
        res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
        res.end('<rss/>');
      }
    });
    installServerHooks({ request: [guardRequest, renderedPagePolicy] }, server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (target: string, method = 'GET') => rawExchange(port, rawRequest(method, target, {}, 'site'));

  it("gets a policy that allows exactly its own inline scripts, the pages' Cache-Control, its scripts after the first paint", async () => {
    const response = await get('/rendered');
    expect(response.status).toBe(200);
    const html = response.body;
    expect(html).toContain('<main>Archive</main>');
    expect(html).not.toContain('<script src=');
    const hashes = executableInlineScripts(html).map((s) => scriptHash(s.text));
    expect(hashes).toHaveLength(2);
    const [policy] = headerValues(response, 'content-security-policy');
    for (const hash of hashes) expect(policy).toContain(hash);
    expect(headerValues(response, 'cache-control')).toEqual([HTML_CACHE_CONTROL]);
    expect(headerValues(response, 'content-length')).toEqual([String(Buffer.byteLength(response.body))]);
  });

  it('a 404 rendered so gets the 404 page’s short Cache-Control', async () => {
    const response = await get('/missing');
    expect(response.status).toBe(404);
    expect(headerValues(response, 'cache-control')).toEqual([NOT_FOUND_CACHE_CONTROL]);
    expect(headerValues(response, 'content-security-policy')[0]).toMatch(/script-src 'self' 'sha256-/);
  });

  it('a prerendered page keeps the policy the build gave it, and its body', async () => {
    const response = await get('/prerendered');
    expect(headerValues(response, 'content-security-policy')).toEqual(["default-src 'none'; script-src 'self' 'sha256-x'"]);
    expect(response.body).toBe(page('prerendered()'));
  });

  it('other responses pass untouched (the guard gives them the strictest policy)', async () => {
    const response = await get('/feed');
    expect(response.body).toBe('<rss/>');
    expect(headerValues(response, 'content-security-policy')).toEqual([NON_HTML_CSP]);
    expect(headerValues(response, 'cache-control')).toEqual(['public, max-age=0, must-revalidate']);
  });

  it("a file rendered after the build (an entity's feed) gets the short shared cache, not Next's year, on GET and HEAD", async () => {
    for (const method of ['GET', 'HEAD']) {
      const response = await get('/rendered-feed', method);
      expect(headerValues(response, 'cache-control'), method).toEqual([HTML_CACHE_CONTROL]);
    }
    expect((await get('/rendered-feed')).body).toBe('<rss/>');
  });

  it('a HEAD has no body to hash: not held, the strictest policy', async () => {
    const response = await get('/rendered', 'HEAD');
    expect(response.status).toBe(200);
    expect(headerValues(response, 'content-security-policy')).toEqual([NON_HTML_CSP]);
  });
});

describe('a page rendered after the build, compressed by the server as it is written', () => {
  let server: Server;
  let port = 0;
  const html =
    '<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><main>Gzipped</main><script>self.__next_f.push([1,"z"])</script></body></html>';
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Encoding', 'gzip');
      res.end(gzipSync(html));
    });
    installServerHooks({ request: [guardRequest, renderedPagePolicy] }, server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('is finished as readable HTML, then compressed again', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/`);
    const body = await response.text();
    expect(body).toContain('<main>Gzipped</main>');
    expect(body).not.toContain('<script src=');
    const hashes = executableInlineScripts(body).map((s) => scriptHash(s.text));
    for (const hash of hashes) expect(response.headers.get('content-security-policy')).toContain(hash);
  });
});
