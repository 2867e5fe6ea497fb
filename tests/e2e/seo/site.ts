import { test as base, expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/*
 * The SEO conformance suite reads the site the way a crawler does: the page list comes from
 * /sitemap.xml, so new pages (more stories, entity pages) are covered without editing tests.
 *
 * Site URL vs. the server under test: canonical URLs, hreflang, the sitemap and the feeds carry
 * absolute URLs built from SITE_URL at build time (default http://localhost:3000), while the
 * tests serve the same build on E2E_PORT. So the suite asserts that every absolute URL the site
 * emits starts with the configured SITE_URL (set the same SITE_URL when running the tests as
 * when building), then requests its path from the server under test (`pathOf`). One build can
 * be tested on any port, and a wrong base (say, the address of the machine that built the site)
 * fails every check.
 */

export const SITE_URL = (() => {
  const url = new URL(process.env.SITE_URL?.trim() || 'http://localhost:3000');
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
})();

/** The path (and query) of an absolute URL of the site, to request from the server under test. */
export function pathOf(url: string): string {
  expect(url.startsWith(`${SITE_URL}/`), `${url} is under the configured site URL ${SITE_URL}`).toBe(true);
  return url.slice(SITE_URL.length);
}

export interface SitemapEntry {
  loc: string;
  lastmod?: string;
  /** hreflang → absolute URL, from `xhtml:link rel="alternate"`. */
  alternates: Record<string, string>;
}

export interface PageSnapshot {
  /** Absolute URL, as the sitemap gives it. */
  url: string;
  path: string;
  status: number;
  headers: { name: string; value: string }[];
  lang: string | null;
  title: string;
  canonicals: string[];
  /** hreflang → href of every `<link rel="alternate" hreflang>`; `hreflangCount` counts duplicates too. */
  hreflang: Record<string, string>;
  hreflangCount: number;
  feeds: { type: string; href: string; title: string | null }[];
  meta: Record<string, string[]>;
  jsonLd: string[];
}

export interface Site {
  sitemapResponse: { status: number; contentType: string; body: string };
  sitemap: SitemapEntry[];
  pages: PageSnapshot[];
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['url', 'xhtml:link', 'item', 'category'].includes(name),
  // Text as written (a headline of digits stays a string).
  parseTagValue: false,
});

/** Parses an XML document after checking that it is well-formed. */
export function parseXml<T>(text: string, what: string): T {
  const valid = XMLValidator.validate(text);
  expect(valid, `${what} is well-formed XML: ${JSON.stringify(valid)}`).toBe(true);
  return xml.parse(text) as T;
}

export function parseSitemap(body: string): SitemapEntry[] {
  const doc = parseXml<{ urlset?: { '@xmlns'?: string; url?: Record<string, unknown>[] } }>(body, 'sitemap.xml');
  expect(doc.urlset?.['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  return (doc.urlset?.url ?? []).map((entry) => {
    const links = (entry['xhtml:link'] ?? []) as { '@rel': string; '@hreflang': string; '@href': string }[];
    return {
      loc: String(entry.loc),
      lastmod: entry.lastmod === undefined ? undefined : String(entry.lastmod),
      alternates: Object.fromEntries(links.filter((l) => l['@rel'] === 'alternate').map((l) => [l['@hreflang'], l['@href']])),
    };
  });
}

export const setCookies = (response: APIResponse | { headers: { name: string; value: string }[] }) =>
  ('headersArray' in response ? response.headersArray() : response.headers).filter((h) => h.name.toLowerCase() === 'set-cookie');

export const header = (page: PageSnapshot, name: string) => page.headers.find((h) => h.name.toLowerCase() === name)?.value;

/** Every JSON-LD node of a page (top-level objects and `@graph` members). */
export function jsonLdNodes(page: PageSnapshot): Record<string, unknown>[] {
  return page.jsonLd.flatMap((text) => {
    const data = JSON.parse(text) as Record<string, unknown>;
    return Array.isArray(data['@graph']) ? (data['@graph'] as Record<string, unknown>[]) : [data];
  });
}

export const typeOf = (node: unknown): string[] => {
  const type = (node as { '@type'?: unknown } | undefined)?.['@type'];
  return Array.isArray(type) ? type.map(String) : type === undefined ? [] : [String(type)];
};

/** The NewsArticle node of a page, if it is an article. */
export const newsArticle = (page: PageSnapshot) => jsonLdNodes(page).find((node) => typeOf(node).includes('NewsArticle'));

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Worker fixtures: `site` fetches the sitemap and opens every page it lists once (JavaScript
 * off: what a crawler that does not run scripts sees), and `http` is a plain HTTP client.
 */
export const test = base.extend<object, { site: Site; http: APIRequestContext }>({
  http: [
    async ({ playwright }, use, workerInfo) => {
      const http = await playwright.request.newContext({ baseURL: workerInfo.project.use.baseURL, maxRedirects: 0 });
      await use(http);
      await http.dispose();
    },
    { scope: 'worker' },
  ],
  site: [
    async ({ browser, http }, use, workerInfo) => {
      const response = await http.get('/sitemap.xml');
      const body = await response.text();
      const sitemapResponse = { status: response.status(), contentType: response.headers()['content-type'] ?? '', body };
      const sitemap = parseSitemap(body);
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL, javaScriptEnabled: false });
      const page = await context.newPage();
      const pages: PageSnapshot[] = [];
      for (const { loc } of sitemap) {
        const path = pathOf(loc);
        const answer = await page.goto(path);
        if (!answer) throw new Error(`no response for ${path}`);
        const attr = (selector: string, name: string) => page.locator(selector).evaluateAll((els, n) => els.map((el) => el.getAttribute(n) ?? ''), name);
        const alternates = await page
          .locator('head link[rel="alternate"][hreflang]')
          .evaluateAll((els) => els.map((el) => [el.getAttribute('hreflang') ?? '', el.getAttribute('href') ?? ''] as const));
        const feeds = await page
          .locator('head link[rel="alternate"][type]')
          .evaluateAll((els) =>
            els.map((el) => ({ type: el.getAttribute('type') ?? '', href: el.getAttribute('href') ?? '', title: el.getAttribute('title') })),
          );
        const metaPairs = await page
          .locator('head meta[property], head meta[name]')
          .evaluateAll((els) => els.map((el) => [el.getAttribute('property') ?? el.getAttribute('name') ?? '', el.getAttribute('content') ?? ''] as const));
        const meta: Record<string, string[]> = {};
        for (const [key, value] of metaPairs) (meta[key] ??= []).push(value);
        pages.push({
          url: loc,
          path,
          status: answer.status(),
          headers: await answer.headersArray(),
          lang: await page.locator('html').getAttribute('lang'),
          title: await page.title(),
          canonicals: await attr('head link[rel="canonical"]', 'href'),
          hreflang: Object.fromEntries(alternates),
          hreflangCount: alternates.length,
          feeds,
          meta,
          jsonLd: await page.locator('script[type="application/ld+json"]').allTextContents(),
        });
      }
      await context.close();
      await use({ sitemapResponse, sitemap, pages });
    },
    { scope: 'worker', timeout: 120_000 },
  ],
});

export { expect };
