import { expect, test, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { executableInlineScripts, scriptHash } from '@/lib/security/inline-scripts';
import { EMBEDDABLE_CORP, NON_HTML_CSP, PRIVATE_CACHE_CONTROL, SEARCH_PAGE_CSP, SECURITY_HEADERS } from '@/lib/security/policy';
import { observatoryScan, type ScannedResponse } from '../support/observatory';
import { headerValues, rawExchange, rawRequest, type RawResponse } from '../support/raw-http';
import { articlePath, bilingualStory, homePath } from './content';
import { parseSitemap, pathOf } from './seo/site';
import { hydrated } from './hydration';

/*
 * Security headers, the Content-Security-Policy and the Observatory grade, against the
 * production build: every page of the sitemap, the 404s, the search page, the proxy's
 * redirects, feeds and images, hashed assets, refused methods. Then, in Chromium, each page
 * type with JavaScript on: no CSP violation, the page hydrates, and an injected script is blocked.
 */

const story = bilingualStory();

const scanned = (response: APIResponse): ScannedResponse => {
  const headers: Record<string, string[]> = {};
  for (const { name, value } of response.headersArray()) (headers[name.toLowerCase()] ??= []).push(value);
  return { headers };
};

const values = (response: APIResponse, name: string) =>
  response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === name)
    .map((h) => h.value);

/** One value of each security header, exactly the configured one. */
function expectSecurityHeaders(response: APIResponse, what: string, corp = SECURITY_HEADERS['Cross-Origin-Resource-Policy']) {
  for (const [name, value] of Object.entries({ ...SECURITY_HEADERS, 'Cross-Origin-Resource-Policy': corp })) {
    expect.soft(values(response, name.toLowerCase()), `${name} of ${what}`).toEqual([value]);
  }
  expect.soft(values(response, 'x-powered-by'), `X-Powered-By of ${what}`).toEqual([]);
}

/** The CSP of an HTML response allows exactly its own inline scripts, by hash. */
async function expectOwnHashes(response: APIResponse, what: string) {
  const policies = values(response, 'content-security-policy');
  expect.soft(policies, `one CSP on ${what}`).toHaveLength(1);
  const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policies[0] ?? '')?.[1]?.split(' ') ?? [];
  const inline = executableInlineScripts(await response.text());
  expect.soft(inline.length, `inline scripts on ${what}`).toBeGreaterThan(0);
  expect.soft(scriptSrc.slice().sort(), `script-src of ${what}`).toEqual(["'self'", ...new Set(inline.map((s) => scriptHash(s.text)))].sort());
}

async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  return parseSitemap(await (await request.get('/sitemap.xml')).text()).map((e) => pathOf(e.loc));
}

test.describe('headers', () => {
  test('every page of the sitemap: security headers, its own hashed CSP, short shared cache, Observatory A+', async ({ request }) => {
    const paths = await sitemapPaths(request);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const response = await request.get(path);
      expect.soft(response.status(), path).toBe(200);
      expectSecurityHeaders(response, path);
      await expectOwnHashes(response, path);
      expect.soft(values(response, 'cache-control'), `Cache-Control of ${path}`).toEqual(['public, max-age=0, s-maxage=300, stale-while-revalidate=86400']);
      const scan = observatoryScan(scanned(response));
      expect.soft(scan.grade, `Observatory grade of ${path}: ${JSON.stringify(scan.rules.filter((r) => r.modifier <= 0))}`).toBe('A+');
      expect
        .soft(
          scan.rules.filter((r) => !r.pass),
          path,
        )
        .toEqual([]);
    }
  });

  test('404s inside and outside a language: the same headers, cached one minute, not a year', async ({ request }) => {
    for (const path of ['/fr/nope', '/en/articles/nope', '/xyz', '/de/articles/x', '/fr/articles/%ff']) {
      const response = await request.get(path);
      expect.soft(response.status(), path).toBe(404);
      expectSecurityHeaders(response, path);
      await expectOwnHashes(response, path);
      expect.soft(values(response, 'cache-control'), path).toEqual(['public, max-age=0, s-maxage=60']);
      expect.soft(observatoryScan(scanned(response)).grade, path).toBe('A+');
      // Outside a language the 404 is in the reader's language: a shared cache must key on what chose it.
      const vary = (values(response, 'vary')[0] ?? '').split(',').map((name) => name.trim().toLowerCase());
      const negotiated = !/^\/(?:fr|en)\//.test(path);
      expect.soft(vary.includes('accept-language') && vary.includes('cookie'), `Vary of ${path}: ${vary.join(', ')}`).toBe(negotiated);
    }
  });

  test('the search page (rendered per query): no script may run, A+', async ({ request }) => {
    for (const path of ['/fr/recherche?q=industrie', '/en/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '/en/search']) {
      const response = await request.get(path);
      expect.soft(response.status(), path).toBe(200);
      expectSecurityHeaders(response, path);
      expect.soft(values(response, 'content-security-policy'), path).toEqual([SEARCH_PAGE_CSP]);
      expect.soft(values(response, 'cache-control')[0], path).toMatch(/^public, .*s-maxage=300/);
      expect.soft(observatoryScan(scanned(response)).grade, path).toBe('A+');
    }
  });

  test("the proxy's redirects carry the headers; the language cookie is HttpOnly, SameSite=Lax, Secure over HTTPS", async ({ request }) => {
    const home = await request.get('/', { maxRedirects: 0 });
    expect(home.status()).toBe(307);
    expectSecurityHeaders(home, '/');
    const target = articlePath(story.en);
    const url = `/switch-language?to=${encodeURIComponent(target)}`;
    const plain = await request.get(url, { maxRedirects: 0 });
    expectSecurityHeaders(plain, url);
    const [cookie] = values(plain, 'set-cookie');
    expect(cookie).toMatch(/^NEXT_LOCALE=en;/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=lax/i);
    expect(cookie, 'not Secure over plain HTTP (the browser would drop it)').not.toMatch(/; Secure/i);
    const tls = await request.get(url, { maxRedirects: 0, headers: { 'X-Forwarded-Proto': 'https' } });
    const [secure] = values(tls, 'set-cookie');
    expect(secure).toMatch(/; Secure/i);
    // What Observatory would see if a scan went through the switch: the cookie passes.
    expect(observatoryScan(scanned(await request.get(homePath('en'))), { setCookies: [secure ?? ''] }).grade).toBe('A+');
  });

  test('a trailing slash: one 308 to the page, with the headers, never to another host', async ({ request }) => {
    const page = articlePath(story.fr);
    for (const [path, target] of [
      [`${page}/`, page],
      [`${page}/?q=1`, `${page}?q=1`],
      ['/fr/', '/fr'],
      ['/xyz/', '/xyz'],
    ] as const) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect.soft(response.status(), path).toBe(308);
      expectSecurityHeaders(response, path);
      const base = String(test.info().project.use.baseURL);
      const location = new URL(response.headers()['location'] ?? '', base);
      expect.soft(location.host, `host of ${path}`).toBe(new URL(base).host);
      expect.soft(`${location.pathname}${location.search}`, path).toBe(target);
    }
  });

  test('feeds, social images and the icon may be embedded elsewhere; nothing in them may run', async ({ request }) => {
    for (const path of [
      '/fr/feed.xml',
      '/en/feed.json',
      '/fr/intervenants/olga-vidanova/feed.xml',
      // Entity feeds are at the page's slug in its language (not the id: dmitry-shanin).
      '/fr/intervenants/dmitry-chanine/feed.xml',
      '/en/organisations/moscow-government/feed.json',
      '/fr/organisations/gouvernement-de-moscou/feed.json',
      '/en/opengraph-image',
      `${articlePath(story.fr)}/opengraph-image`,
      '/icon.svg',
      '/favicon.ico',
      '/apple-touch-icon.png',
      '/logo.png',
    ]) {
      const response = await request.get(path);
      expect.soft(response.status(), path).toBe(200);
      expectSecurityHeaders(response, path, EMBEDDABLE_CORP);
      expect.soft(values(response, 'content-security-policy')[0], path).toMatch(/^default-src 'none'/);
      expect.soft(values(response, 'cache-control')[0] ?? '', path).not.toMatch(/max-age=31536000|s-maxage=31536000/);
    }
    for (const path of ['/sitemap.xml', '/news-sitemap.xml', '/robots.txt']) {
      const response = await request.get(path);
      expectSecurityHeaders(response, path);
      expect.soft(values(response, 'cache-control')[0] ?? '', path).not.toMatch(/s-maxage=31536000/);
    }
  });

  test('the images clients ask for by name answer with their type and size, no cookie', async ({ request }) => {
    const png = (bytes: Buffer) => ({ signature: bytes.subarray(0, 8).toString('hex'), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });
    const favicon = await request.get('/favicon.ico');
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)$/);
    const ico = await favicon.body();
    // ICONDIR: reserved 0, type 1 (icon), then one 16-byte entry per image, width first (0 means 256).
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i])).toEqual([16, 32, 48]);
    for (const [path, size] of [
      ['/apple-touch-icon.png', 180],
      ['/logo.png', 512],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toBe('image/png');
      expect(response.headers()['set-cookie'], path).toBeUndefined();
      expect(png(await response.body()), path).toEqual({ signature: '89504e470d0a1a0a', width: size, height: size });
    }
  });

  test('hashed assets are immutable', async ({ request }) => {
    const html = await (await request.get(homePath('fr'))).text();
    // Named in attributes or, for the scripts loaded after the first paint, in the loader.
    const assets = [...new Set(html.match(/\/_next\/static\/[^"'\\\s<>]+/g) ?? [])];
    expect(assets.length).toBeGreaterThan(2);
    for (const asset of assets) {
      const response = await request.get(asset);
      expect.soft(response.status(), asset).toBe(200);
      expect.soft(values(response, 'cache-control'), asset).toEqual(['public, max-age=31536000, immutable']);
      expectSecurityHeaders(response, asset);
    }
  });

  test('methods other than GET and HEAD: 405 with Allow, on pages, the search, the proxy and assets', async ({ request }) => {
    for (const path of [homePath('fr'), '/en/search?q=x', '/', '/switch-language?to=/en', '/xyz', '/sitemap.xml']) {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
        const response = await request.fetch(path, { method, maxRedirects: 0, data: method === 'TRACE' || method === 'OPTIONS' ? undefined : 'x=1' });
        expect.soft(response.status(), `${method} ${path}`).toBe(405);
        expect.soft(response.headers()['allow'], `${method} ${path}`).toBe('GET, HEAD');
        expectSecurityHeaders(response, `${method} ${path}`);
      }
      expect.soft((await request.head(path, { maxRedirects: 0 })).status(), `HEAD ${path}`).toBeLessThan(405);
    }
  });
});

/** Collects CSP violations from the first byte of every document the page loads. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) console.push(m.text());
  });
  return {
    violations: async () => [...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)), ...console],
  };
}

/** A response sent over a raw socket carries each security header once, a policy, one Cache-Control, and nothing of Next's internals. */
function expectRawHeaders(response: RawResponse, what: string, corp = SECURITY_HEADERS['Cross-Origin-Resource-Policy']) {
  for (const [name, value] of Object.entries({ ...SECURITY_HEADERS, 'Cross-Origin-Resource-Policy': corp }))
    expect.soft(headerValues(response, name), `${name} of ${what}`).toEqual([value]);
  expect.soft(headerValues(response, 'content-security-policy'), `CSP of ${what}`).toHaveLength(1);
  expect.soft(headerValues(response, 'cache-control'), `Cache-Control of ${what}`).toHaveLength(1);
  expect
    .soft(
      response.headers.filter(([name]) => INTERNAL.test(name)),
      `internal headers of ${what}`,
    )
    .toEqual([]);
}

/** Next's internal response headers (its routes, rewrites, cache), as the outside test listed them. */
const INTERNAL = /^(?:x-matched-path|x-middleware-|x-nextjs-|x-next-)/;

test.describe('every kind of response, sent and read byte for byte', () => {
  const port = () => Number(new URL(String(test.info().project.use.baseURL)).port);
  const send = (method: string, target: string, headers: Record<string, string> = {}) =>
    rawExchange(port(), rawRequest(method, target, headers, `localhost:${port()}`));

  test("Next's own redirects (repeated slashes): the headers, not shareable, to this site", async () => {
    for (const [target, location] of [
      ['//x.example/', '/x.example/'],
      ['/fr//x/', '/fr/x/'],
      ['//', '/'],
    ] as const) {
      const response = await send('GET', target);
      expect.soft(response.status, target).toBe(308);
      expect.soft(headerValues(response, 'location'), target).toEqual([location]);
      expectRawHeaders(response, target);
      expect.soft(headerValues(response, 'content-security-policy'), target).toEqual([NON_HTML_CSP]);
      expect.soft(headerValues(response, 'cache-control'), target).toEqual([PRIVATE_CACHE_CONTROL]);
    }
  });

  test('a request target that is not a path: 400, with the headers, nothing logged, nothing followed', async () => {
    for (const target of ['*', 'http://elsewhere.example/fr/', 'https://elsewhere.example/', 'elsewhere.example:443']) {
      for (const method of ['GET', 'HEAD']) {
        const response = await send(method, target);
        expect.soft(response.status, `${method} ${target}`).toBe(400);
        expect.soft(headerValues(response, 'location'), target).toEqual([]);
        expectRawHeaders(response, `${method} ${target}`);
        expect.soft(headerValues(response, 'cache-control'), target).toEqual([PRIVATE_CACHE_CONTROL]);
      }
    }
    // Methods first: OPTIONS * and CONNECT are refused as methods.
    for (const [method, target] of [
      ['OPTIONS', '*'],
      ['CONNECT', 'elsewhere.example:443'],
    ] as const) {
      const response = await send(method, target);
      expect.soft(response.status, `${method} ${target}`).toBe(405);
      expectRawHeaders(response, `${method} ${target}`);
    }
  });

  test("Node's own 400s (a byte outside ASCII in the request line, a method it does not know): the headers too", async () => {
    for (const request of [
      Buffer.concat([Buffer.from('GET /caf'), Buffer.from([0xe9]), Buffer.from(' HTTP/1.1\r\nHost: localhost\r\n\r\n')]),
      'get /fr HTTP/1.1\r\nHost: localhost\r\n\r\n',
      'GET /fr HTTP/9.9\r\n\r\n',
    ]) {
      const response = await rawExchange(port(), request);
      expect.soft(response.status, String(request)).toBe(400);
      expectRawHeaders(response, String(request));
    }
  });

  test("requests of Next's client router: 400, not stored, for a page, a missing story and the search", async () => {
    const probes: [string, Record<string, string>][] = [
      ['/fr/recherche?q=x&_rsc=1', { RSC: '1', 'Next-Router-State-Tree': 'not-json' }],
      ['/fr/recherche?q=x', { RSC: '1' }],
      [articlePath(story.fr), { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' }],
      ['/fr/articles/no-such-story', { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' }],
      ['/fr/articles/no-such-story?_rsc=x', { RSC: '1', 'Next-Router-Segment-Prefetch': '/_tree' }],
      ['/fr.segments/_tree.segment.rsc', {}],
      [`${articlePath(story.en)}.rsc`, {}],
      [homePath('en'), { 'Next-Action': 'deadbeef' }],
    ];
    for (const [target, headers] of probes) {
      const response = await send('GET', target, headers);
      const what = `${target} ${JSON.stringify(headers)}`;
      expect.soft(response.status, what).toBe(400);
      expect.soft(headerValues(response, 'cache-control'), what).toEqual([PRIVATE_CACHE_CONTROL]);
      expect.soft(headerValues(response, 'content-type')[0] ?? '', what).not.toMatch(/x-component/);
      expectRawHeaders(response, what);
    }
    // Without the router's headers, the same URLs are pages.
    expect((await send('GET', '/fr/recherche?q=x&_rsc=1')).status).toBe(200);
  });

  test('x-middleware-prefetch and other internal request headers change nothing: a 404 stays a 404', async () => {
    for (const [target, status] of [
      ['/fr/nope', 404],
      ['/xyz', 404],
      [articlePath(story.fr), 200],
      ['/', 307],
    ] as const) {
      const internal: Record<string, string>[] = [
        { 'x-middleware-prefetch': '1' },
        { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
        { 'x-now-route-matches': '1', 'x-matched-path': '/fr' },
        { 'x-nextjs-data': '1' },
      ];
      for (const headers of internal) {
        const response = await send('GET', target, headers);
        const what = `${target} ${JSON.stringify(headers)}`;
        expect.soft(response.status, what).toBe(status);
        expect.soft(response.body, what).not.toBe('{}');
        expectRawHeaders(response, what);
      }
    }
  });

  test("pages, 404s, assets and the proxy's answers: nothing of Next's internals", async ({ request }) => {
    const html = await (await request.get(homePath('fr'))).text();
    const asset = /src="(\/_next\/static\/[^"]+)"/.exec(html)?.[1] ?? '';
    for (const target of [
      homePath('fr'),
      articlePath(story.en),
      '/fr/nope',
      '/xyz',
      '/de/x',
      '/',
      '/switch-language?to=%2Fen',
      '/fr/',
      '/en/search?q=moscow',
      '/sitemap.xml',
      asset,
    ]) {
      expectRawHeaders(await send('GET', target), target);
    }
    for (const target of ['/fr/feed.xml', '/icon.svg', '/en/opengraph-image']) expectRawHeaders(await send('GET', target), target, EMBEDDABLE_CORP);
  });

  test('a page never sets a cookie, whatever the request carries (preview cookies included)', async () => {
    for (const target of [homePath('fr'), articlePath(story.en), '/fr/nope', '/en/search?q=moscow']) {
      const response = await send('GET', target, { Cookie: '__prerender_bypass=1; __next_preview_data=2; NEXT_LOCALE=en' });
      expect.soft(response.status, target).toBeLessThan(500);
      expect.soft(headerValues(response, 'set-cookie'), target).toEqual([]);
    }
  });

  test('the image optimizer is off: /_next/image is a 404, nothing is resized', async () => {
    for (const query of ['url=%2Ffr%2Fopengraph-image&w=640&q=75', 'url=%2Ficon.svg&w=64&q=75', 'url=https%3A%2F%2Felsewhere.example%2Fa.png&w=16&q=75']) {
      const response = await send('GET', `/_next/image?${query}`, { Accept: 'image/webp,*/*' });
      expect.soft(response.status, query).toBe(404);
      expect.soft(headerValues(response, 'content-type')[0] ?? '', query).not.toMatch(/^image\//);
      expectRawHeaders(response, query);
    }
  });
});

test.describe('the policy in Chromium, JavaScript on', () => {
  const pageTypes = [
    ['home', homePath('fr')],
    ['article', articlePath(story.en)],
    ['side-by-side', `${articlePath(story.fr)}/bilingue`],
    ['person index', '/en/speakers'],
    ['person', '/fr/intervenants/olga-vidanova'],
    ['organization', '/en/organisations/moscow-government'],
    ['topic', '/fr/sujets/robotique'],
    ['event', '/en/events/brics-cloud-cities-forum'],
    ['404 in a language', '/en/no-such-page'],
    ['404 outside', '/no-such-page'],
  ] as const;

  for (const [name, path] of pageTypes) {
    test(`${name} (${path}): hydrates with no violation; JSON-LD is data, not script`, async ({ page }) => {
      const watch = await watchViolations(page);
      const response = await page.goto(path);
      expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
      await hydrated(page);
      expect(await watch.violations()).toEqual([]);
    });
  }

  // Links are plain anchors (no client-side router navigation): following one loads the next
  // page whole, under the policy of its own response.
  test('following a link: the next page loads and hydrates within its own policy', async ({ page }) => {
    const watch = await watchViolations(page);
    await page.goto(homePath('en'));
    await hydrated(page);
    expect(await watch.violations()).toEqual([]);
    await page
      .locator(`main a[href="${articlePath(story.en)}"]`)
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`${articlePath(story.en)}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.en.title);
    await hydrated(page);
    expect(await watch.violations()).toEqual([]);
  });

  test('a script injected into a static page is blocked, handler attributes too', async ({ page }) => {
    const watch = await watchViolations(page);
    // A stored XSS that got past the sanitizer would arrive inside the HTML, under the page's own policy.
    await page.route(`**${articlePath(story.en)}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        '<main',
        '<script>window.__injected = true</script><img src="/x.png" onerror="window.__handler = true"><main',
      );
      await route.fulfill({ response, body });
    });
    await page.goto(articlePath(story.en));
    await hydrated(page);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__dynamic = true';
      document.body.append(s);
    });
    const ran = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { injected: w.__injected, handler: w.__handler, dynamic: w.__dynamic };
    });
    expect(ran).toEqual({ injected: undefined, handler: undefined, dynamic: undefined });
    const violations = await watch.violations();
    expect(violations.filter((v) => v.startsWith('script-src-elem inline')).length).toBeGreaterThanOrEqual(2);
    expect(violations.some((v) => v.startsWith('script-src-attr inline'))).toBe(true);
  });

  test('the search page: no script runs (only the framework scripts are refused), the page works as HTML', async ({ page }) => {
    const watch = await watchViolations(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/en/search?q=moscow');
    await expect(page.locator('main')).toContainText('Moscow');
    await page.waitForLoadState('load');
    const violations = await watch.violations();
    const events = violations.filter((v) => !/Content.Security.Policy/i.test(v));
    expect(events.length).toBeGreaterThan(0);
    for (const v of events) expect(v).toMatch(/^script-src-elem (?:inline|http:\/\/localhost:\d+\/_next\/static\/)/);
    expect(errors).toEqual([]);
    // The page's own search box still searches, as a plain GET form.
    await page.getByRole('main').getByRole('searchbox').fill('robotics');
    await page.getByRole('main').getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/en\/search\?q=robotics/);
    await expect(page.getByRole('main').locator('mark').first()).toBeVisible();
  });
});
