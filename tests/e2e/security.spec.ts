import { expect, test, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { executableInlineScripts, scriptHash } from '@/lib/security/inline-scripts';
import { EMBEDDABLE_CORP, SEARCH_PAGE_CSP, SECURITY_HEADERS } from '@/lib/security/policy';
import { observatoryScan, type ScannedResponse } from '../support/observatory';
import { articlePath, bilingualStory, homePath } from './content';
import { parseSitemap, pathOf } from './seo/site';

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

const values = (response: APIResponse, name: string) => response.headersArray().filter((h) => h.name.toLowerCase() === name).map((h) => h.value);

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
      expect.soft(scan.rules.filter((r) => !r.pass), path).toEqual([]);
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

  // (Repeated slashes, `//x`, are folded by Next itself before any of the site's code runs.)
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
    for (const path of ['/fr/feed.xml', '/en/feed.json', '/en/opengraph-image', `${articlePath(story.fr)}/opengraph-image`, '/icon.svg']) {
      const response = await request.get(path);
      expect.soft(response.status(), path).toBe(200);
      expectSecurityHeaders(response, path, EMBEDDABLE_CORP);
      expect.soft(values(response, 'content-security-policy')[0], path).toMatch(/^default-src 'none'/);
      expect.soft(values(response, 'cache-control')[0] ?? '', path).not.toMatch(/max-age=31536000|s-maxage=31536000/);
    }
    for (const path of ['/sitemap.xml', '/robots.txt']) {
      const response = await request.get(path);
      expectSecurityHeaders(response, path);
      expect.soft(values(response, 'cache-control')[0] ?? '', path).not.toMatch(/s-maxage=31536000/);
    }
  });

  test('hashed assets are immutable', async ({ request }) => {
    const html = await (await request.get(homePath('fr'))).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1] ?? '');
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

/** Waits until React has hydrated the page: its elements carry React's fiber keys. */
async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return Boolean(main && Object.keys(main).some((key) => key.startsWith('__reactFiber')));
  }, undefined, { timeout: 10_000 });
}

test.describe('the policy in Chromium, JavaScript on', () => {
  const pageTypes = [
    ['home', homePath('fr')],
    ['article', articlePath(story.en)],
    ['side-by-side', `${articlePath(story.fr)}/bilingue`],
    ['person index', '/en/speakers'],
    ['person', '/fr/intervenants/olga-vidanova'],
    ['organization', '/en/organisations/moscow-government'],
    ['topic', '/fr/sujets/robotics'],
    ['event', '/en/events/brics-cloud-cities-forum-2025'],
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
    await page.locator(`main a[href="${articlePath(story.en)}"]`).first().click();
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
      const body = (await response.text()).replace('<main', '<script>window.__injected = true</script><img src="/x.png" onerror="window.__handler = true"><main');
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
