import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startInstance, type RunningInstance } from '../../../deploy/instance';
import { executableInlineScripts, scriptHash } from '../../../lib/security/inline-scripts';
import { HTML_CACHE_CONTROL, NOT_FOUND_CACHE_CONTROL } from '../../../lib/security/policy';

/*
 * The archive, rendered on first request. The fixture site is built with PRERENDER_NEWEST=1 and
 * PRERENDER_DAYS=0 (package.json `build:fixture`): only each language's newest story is rendered
 * at build time, so `un-titre-exemple` (French) and `a-paragraph-split` (English) are archive
 * stories whose pages this server renders when first asked, then serves from its cache. Bo
 * Example speaks in `a-paragraph-split` only: his page, in both languages, is rendered on demand too.
 */

const archive = { fr: '/fr/articles/un-titre-exemple', en: '/en/articles/a-paragraph-split' };

/** The policy allows exactly the page's own inline scripts (by hash), as a prerendered page's does. */
function expectOwnPolicy(html: string, policy: string | undefined) {
  const hashes = executableInlineScripts(html).map((s) => scriptHash(s.text));
  expect(hashes.length).toBeGreaterThan(0);
  for (const hash of hashes) expect(policy).toContain(hash);
  expect(policy).not.toContain("'unsafe-inline'");
}

test.describe('an archive story rendered on its first request', () => {
  test('answers 200 with its own hashed policy, the pages’ Cache-Control and no cookie, first and later', async ({ request }) => {
    for (const round of ['first', 'cached']) {
      const response = await request.get(archive.fr);
      expect(response.status(), round).toBe(200);
      const headers = response.headers();
      expectOwnPolicy(await response.text(), headers['content-security-policy']);
      expect(headers['cache-control'], round).toBe(HTML_CACHE_CONTROL);
      expect(headers['set-cookie'], round).toBeUndefined();
    }
  });

  test('is the whole story, with its translation in hreflang and the switcher, with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(archive.fr);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Un titre\u00A0: exemple');
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/articles\/a-title-example$/);
    await expect(page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: /English/ })).toHaveAttribute(
      'href',
      /to=%2Fen%2Farticles%2Fa-title-example/,
    );
    await context.close();
  });

  test('hydrates in Chromium without a policy violation', async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(archive.en);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('load');
    expect(violations).toEqual([]);
  });

  test('its side-by-side reading, lite version and social image are rendered on demand too', async ({ request }) => {
    const bilingual = await request.get(`${archive.fr}/bilingue`);
    expect(bilingual.status()).toBe(200);
    expectOwnPolicy(await bilingual.text(), bilingual.headers()['content-security-policy']);
    const lite = await request.get(`${archive.en}/lite`);
    expect(lite.status()).toBe(200);
    expect(lite.headers()['content-security-policy']).toMatch(/script-src 'none'; style-src 'sha256-/);
    const image = await request.get(`${archive.en}/opengraph-image`);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
  });
});

test.describe('an entity only older stories name, rendered on its first request', () => {
  test('its page answers 200 with its own hashed policy, the pages’ Cache-Control and no cookie, first and later', async ({ request }) => {
    for (const round of ['first', 'cached']) {
      const response = await request.get('/fr/intervenants/bo-exemplaire');
      expect(response.status(), round).toBe(200);
      const headers = response.headers();
      expectOwnPolicy(await response.text(), headers['content-security-policy']);
      expect(headers['cache-control'], round).toBe(HTML_CACHE_CONTROL);
      expect(headers['set-cookie'], round).toBeUndefined();
    }
  });

  test('its page lists the story, with JavaScript off; its feed has the story', async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/speakers/bo-example');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bo Example');
    await expect(page.getByRole('link', { name: /A paragraph split/i }).first()).toHaveAttribute('href', archive.en);
    await context.close();
    const feed = await request.get('/en/speakers/bo-example/feed.xml');
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toContain('application/rss+xml');
    expect(await feed.text()).toContain(`${archive.en}</link>`);
  });

  test('its old address (its id) is one 308 to its page', async ({ request }) => {
    const response = await request.get('/fr/intervenants/bo-example', { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()['location']).toBe('/fr/intervenants/bo-exemplaire');
  });
});

test.describe('a story or an entity that does not exist', () => {
  for (const path of [
    '/fr/articles/pas-d-histoire',
    '/en/articles/no-such-story/bilingual',
    '/fr/articles/un-titre-exemple/autre-chose',
    '/en/articles/a-title-example/bilingue',
    '/fr/intervenants/personne',
    '/en/speakers/bo-exemplaire',
    '/fr/sujets/rien/feed.json',
  ]) {
    test(`${path}: the localized 404 page, whole, with JavaScript off`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      expect(response?.headers()['cache-control']).toBe(NOT_FOUND_CACHE_CONTROL);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(path.startsWith('/fr') ? 'Page introuvable' : 'Page not found');
      await context.close();
    });
  }
});

test.describe('two instances of the same build', () => {
  const PORT = Number(process.env.E2E_PORT ?? 3100);
  let dir = '';
  const instances: RunningInstance[] = [];
  test.afterAll(async () => {
    await Promise.all(instances.map((i) => i.stop()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('each renders an archive page it never rendered to the same bytes, so any cache in front may keep either answer', async () => {
    test.setTimeout(90_000);
    dir = mkdtempSync(path.join(os.tmpdir(), 'site-instances-'));
    instances.push(
      ...(await Promise.all([5, 6].map((offset, i) => startInstance({ port: PORT + offset, distDir: '.next-fixture', folder: path.join(dir, String(i)) })))),
    );
    for (const page of [archive.fr, '/en/speakers/bo-example', `${archive.en}/lite`]) {
      const [a, b] = await Promise.all(instances.map((i) => fetch(`${i.url}${page}`, { headers: { 'accept-encoding': 'identity' } })));
      expect(a?.status, page).toBe(200);
      expect(b?.status, page).toBe(200);
      const [bodyA, bodyB] = await Promise.all([a!.text(), b!.text()]);
      expect(bodyA.length, page).toBeGreaterThan(1000);
      expect(bodyB, page).toBe(bodyA);
      for (const header of ['content-security-policy', 'cache-control', 'content-type'])
        expect(b?.headers.get(header), `${page} ${header}`).toBe(a?.headers.get(header));
    }
  });
});

test('the sitemap lists every story, prerendered or not', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of [
    ...Object.values(archive),
    '/fr/articles/histoire-en-francais-seulement',
    '/en/articles/a-title-example',
    '/en/articles/long-report-example-forum',
  ]) {
    expect(sitemap).toContain(`${path}</loc>`);
  }
});
