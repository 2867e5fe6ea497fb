import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { xssSite } from '../../fixtures/xss/generate';
import { markdownPayloads, rejectedByCheck, textPayloads } from '../../fixtures/xss/payloads';
import { parseSitemap, parseXml, pathOf } from '../seo/site';

/*
 * The XSS corpus (tests/fixtures/xss/) built as a site of its own (`npm run build:xss`) and
 * opened in Chromium with JavaScript on and the CSP bypassed: what is tested is the content
 * pipeline itself (YAML, Markdown, sanitizer, React, JSON-LD, feeds), not the policy that would
 * also stop a script. A dialog, a call of alert/confirm/prompt/print/__xss, a request to another
 * host, an event-handler attribute or a scriptable URL in any page fails the test.
 */

const site = xssSite();

interface Audit {
  path: string;
  fired: string[];
  dom: string[];
}

/** Instruments a context: every way a payload could show it ran is recorded on the page. */
async function instrument(context: BrowserContext, offsite: string[]) {
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & { __fired: string[] };
    w.__fired = [];
    const record =
      (name: string) =>
      (...args: unknown[]) => {
        w.__fired.push(`${name}(${args.map(String).join(',')})`);
        return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
      };
    for (const name of ['alert', 'confirm', 'prompt', 'print', '__xss']) {
      Object.defineProperty(window, name, { value: record(name), configurable: false, writable: false });
    }
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') return route.continue();
    offsite.push(url.href);
    return route.abort();
  });
}

/** Everything in the rendered DOM that could run script, if a payload had got through. */
function domAudit(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const scriptable = /^(?:javascript|vbscript|data|livescript):/i;
    const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background', 'poster', 'ping', 'srcset'];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 60)}">`);
        if (attr.name === 'style' && el.closest('main')) found.push(`<${el.localName} style="${attr.value.slice(0, 60)}">`);
        if (urlAttributes.includes(attr.name.toLowerCase()) && scriptable.test(attr.value.replace(/[\u0000-\u0020\u007f]/g, ''))) {
          found.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 60)}">`);
        }
      }
    }
    for (const el of Array.from(
      document.querySelectorAll(
        'body iframe, body object, body embed, body frame, body base, body meta, body style, body link, body form:not([role="search"]), main svg, main math, main template, main textarea, main select, main video, main audio',
      ),
    )) {
      found.push(`<${el.localName}> in the page`);
    }
    for (const script of Array.from(document.querySelectorAll('script'))) {
      const src = script.getAttribute('src');
      const type = script.getAttribute('type');
      const text = script.textContent ?? '';
      if (src && !src.startsWith('/_next/static/')) found.push(`<script src="${src}">`);
      // Next's own inline scripts, and the loader that inserts its scripts after the first paint (lib/delivery).
      else if (
        !src &&
        type !== 'application/ld+json' &&
        !/^(?:\(self\.__next_f|self\.__next_f\.push|\(globalThis\["TURBOPACK"\]|\(function\(d,s\)\{function go\(\))/.test(text)
      )
        found.push(`<script>${text.slice(0, 60)}`);
    }
    return found;
  });
}

async function visit(page: Page, path: string): Promise<Audit> {
  const response = await page.goto(path, { waitUntil: 'load' });
  expect.soft(response?.status(), path).toBeLessThan(500);
  // Let hydration, autofocus and image errors happen.
  await page.waitForTimeout(150);
  const fired = await page.evaluate(() => (window as unknown as { __fired: string[] }).__fired);
  return { path, fired, dom: await domAudit(page) };
}

test.describe.configure({ mode: 'parallel' });

test('the corpus has at least 100 payloads', () => {
  expect(textPayloads.length + markdownPayloads.length).toBeGreaterThanOrEqual(100);
  expect(new Set([...textPayloads, ...markdownPayloads]).size, 'no payload twice').toBe(textPayloads.length + markdownPayloads.length);
  expect(rejectedByCheck.length).toBeGreaterThan(0);
});

test('no payload runs on any page of the site, and none reaches the DOM in a scriptable form', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const sitemap = parseSitemap(await (await request.get('/sitemap.xml')).text());
  const pages = sitemap.map((entry) => pathOf(entry.loc));
  const paths = [
    ...pages,
    // The lite version of every story (not in the sitemap): the same hostile fields, serialized by hast.
    ...pages.filter((path) => /^\/(?:fr|en)\/articles\/[^/]+$/.test(path)).map((path) => `${path}/${path.startsWith('/fr/') ? 'leger' : 'lite'}`),
    '/en/no-such-page',
    '/no-such-page',
    // Search results show the hostile titles, names and snippets of the corpus.
    '/en/search?q=script',
    '/fr/recherche?q=alert',
    '/en/search?q=onerror',
    '/en/search?q=Ada',
    `/en/search?q=${encodeURIComponent('<script>alert(1)</script>')}`,
    `/fr/recherche?q=${encodeURIComponent('"><svg onload=alert(1)>')}`,
  ];
  expect(paths.length).toBeGreaterThan(40);
  const offsite: string[] = [];
  const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
  await instrument(context, offsite);
  const dialogs: string[] = [];
  const audits: Audit[] = [];
  // Four tabs at a time.
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
        void dialog.dismiss();
      });
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) audits.push(await visit(page, path));
      await page.close();
    }),
  );
  await context.close();
  expect(audits).toHaveLength(paths.length);
  expect(dialogs, 'dialogs').toEqual([]);
  expect(
    audits.filter((a) => a.fired.length).map((a) => `${a.path}: ${a.fired.join(' ')}`),
    'payloads that ran',
  ).toEqual([]);
  expect(
    audits.filter((a) => a.dom.length).map((a) => `${a.path}: ${a.dom.join(' ')}`),
    'scriptable markup in the DOM',
  ).toEqual([]);
  expect(
    offsite.filter((url) => !url.startsWith('https://example.org/')),
    'requests to other hosts',
  ).toEqual([]);
});

test('hostile titles and fields come out as the text the editor wrote: page, <title>, JSON-LD', async ({ page }) => {
  // The HTML parser drops NUL characters from text; everything else must be kept, escaped.
  const shown = (text: string) => text.replace(/\u0000/g, '');
  // Typography may turn a tab or a run of spaces into one space: compare words, not whitespace.
  const words = (text: string) => shown(text).replace(/\s+/g, ' ').trim();
  for (const story of site.stories) {
    const f = story.fields.en;
    await page.goto(`/en/articles/${story.slug}`);
    await expect.soft(page.locator('h1').first(), story.id).toHaveText(shown(f.title), { useInnerText: false });
    expect.soft(await page.title(), story.id).toBe(`${shown(f.title)} — Cloud Cities Info`);
    // innerText: what a reader sees (not the text of scripts, such as the flight data).
    const main = words(await page.locator('body').innerText());
    for (const [field, value] of Object.entries({ standfirst: f.standfirst, role: f.role, publisher: f.publisher })) {
      expect.soft(main.includes(words(value)), `${story.id} ${field} ${JSON.stringify(value)} shown as text`).toBe(true);
    }
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    const headlines = jsonLd.flatMap((text) => {
      const data = JSON.parse(text) as { '@graph'?: { '@type'?: string; headline?: string }[] };
      return (data['@graph'] ?? []).filter((node) => node['@type'] === 'NewsArticle').map((node) => node.headline);
    });
    expect.soft(headlines, story.id).toEqual([f.title]);
    // The lite version: the same fields, serialized by hast-util-to-html.
    await page.goto(`/en/articles/${story.slug}/lite`);
    await expect.soft(page.locator('h1').first(), `${story.id} lite`).toHaveText(shown(f.title), { useInnerText: false });
    expect.soft(await page.title(), `${story.id} lite`).toBe(`${shown(f.title)} (lite version) — Cloud Cities Info`);
    const lite = words(await page.locator('body').innerText());
    for (const [field, value] of Object.entries({ standfirst: f.standfirst, role: f.role, publisher: f.publisher })) {
      expect.soft(lite.includes(words(value)), `${story.id} lite ${field} ${JSON.stringify(value)} shown as text`).toBe(true);
    }
  }
});

test('hostile names of people, organizations, events and topics are shown as text on their pages', async ({ page }) => {
  const cases = [
    ['/en/speakers/xss-speaker', site.person.en],
    ['/fr/intervenants/xss-speaker', site.person.fr],
    ['/en/organisations/xss-org', site.organization.en],
    ['/en/events/xss-event', site.event.en],
    ['/en/topics/xss-topic', site.topic.en],
  ] as const;
  for (const [path, name] of cases) {
    await page.goto(path);
    await expect.soft(page.locator('h1').first(), path).toContainText(name, { useInnerText: false });
  }
});

test('feeds: every item body is sanitized HTML that runs nothing when put into a page', async ({ browser, request }) => {
  const bodies: string[] = [];
  for (const locale of ['fr', 'en']) {
    const rss = parseXml<{ rss: { channel: { item: { 'content:encoded'?: string }[] } } }>(await (await request.get(`/${locale}/feed.xml`)).text(), 'RSS');
    bodies.push(...rss.rss.channel.item.map((item) => String(item['content:encoded'] ?? '')));
    const json = (await (await request.get(`/${locale}/feed.json`)).json()) as { items: { content_html?: string }[] };
    bodies.push(...json.items.map((item) => item.content_html ?? ''));
  }
  expect(bodies.filter((b) => b.includes('alert(')).length, 'the feeds carry the payloads').toBeGreaterThan(10);
  const offsite: string[] = [];
  const context = await browser.newContext({ bypassCSP: true });
  await instrument(context, offsite);
  const page = await context.newPage();
  await page.setContent('<!doctype html><html><head><title>reader</title></head><body></body></html>');
  // What a feed reader does with an item: put its HTML into its own page.
  await page.evaluate((htmls) => {
    for (const html of htmls) {
      const div = document.createElement('div');
      div.innerHTML = html;
      document.body.append(div);
    }
  }, bodies);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __fired: string[] }).__fired)).toEqual([]);
  expect(await domAudit(page)).toEqual([]);
  await context.close();
});
