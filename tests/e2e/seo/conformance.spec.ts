import type { APIRequestContext } from '@playwright/test';
import { expect, jsonLdNodes, newsArticle, parseXml, pathOf, pngSize, setCookies, SITE_URL, test, typeOf, type PageSnapshot } from './site';

/*
 * SEO conformance over the built site, page list from /sitemap.xml (see ./site.ts). Runs
 * against the real content and against the fixture site (a story with no English version).
 * Each check walks every page and reports every failure (`expect.soft`), naming the URL.
 */

const LANGUAGES = ['fr', 'en'];
const ISO_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/** Absolute http(s) URL. */
const isAbsolute = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^/]/.test(value);

const refs = (value: unknown): Record<string, unknown>[] =>
  value === undefined ? [] : ((Array.isArray(value) ? value : [value]) as Record<string, unknown>[]);

/** Entity pages (`/<lang>/<kind word>/<slug>`) have feeds of their own, below the page. */
const ENTITY_PAGE = /^\/(?:fr|en)\/(?:intervenants|speakers|organisations|organizations|sujets|topics|evenements|events)\/[^/]+$/;
const ownFeeds = (page: PageSnapshot) => (ENTITY_PAGE.test(page.path) ? { rss: `${page.url}/feed.xml`, json: `${page.url}/feed.json` } : undefined);

test.describe('sitemap and robots.txt', () => {
  test('sitemap.xml is well-formed XML served as XML, every entry with lastmod and its language alternates', async ({ site }) => {
    const { sitemapResponse, sitemap } = site;
    expect(sitemapResponse.status).toBe(200);
    expect(sitemapResponse.contentType).toMatch(/^(application|text)\/xml\b/);
    expect(sitemapResponse.body.startsWith('<?xml')).toBe(true);
    expect(sitemap.length, 'the sitemap lists pages').toBeGreaterThan(0);
    expect(new Set(sitemap.map((e) => e.loc)).size, 'no URL listed twice').toBe(sitemap.length);
    for (const entry of sitemap) {
      expect.soft(entry.loc.startsWith(`${SITE_URL}/`), `${entry.loc} is under ${SITE_URL}`).toBe(true);
      expect.soft(entry.lastmod, `lastmod of ${entry.loc}`).toMatch(ISO_DATE);
      const keys = Object.keys(entry.alternates);
      expect.soft(keys, `hreflang values of ${entry.loc}`).toContain('x-default');
      for (const key of keys) expect.soft([...LANGUAGES, 'x-default'], `hreflang "${key}" of ${entry.loc}`).toContain(key);
      expect.soft(Object.values(entry.alternates), `${entry.loc} lists itself`).toContain(entry.loc);
    }
    // Both homes exist: the site is bilingual.
    for (const lang of LANGUAGES) expect(sitemap.map((e) => e.loc)).toContain(`${SITE_URL}/${lang}`);
  });

  test('robots.txt allows crawling and points to the absolute sitemap', async ({ http }) => {
    const response = await http.get('/robots.txt');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/plain/);
    const body = await response.text();
    expect(body).toMatch(/^User-Agent: \*$/im);
    expect(body).not.toMatch(/^Disallow: \/\s*$/im);
    expect(body).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
    expect(body).toContain(`Sitemap: ${SITE_URL}/news-sitemap.xml`);
    expect(setCookies(response)).toEqual([]);
  });
});

test.describe('news sitemap', () => {
  test('is Google News XML: its stories are articles of the sitemap, with their language, date and headline', async ({ site, http }) => {
    const response = await http.get('/news-sitemap.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/xml\b/);
    expect(setCookies(response)).toEqual([]);
    const doc = parseXml<{ urlset: { '@xmlns': string; '@xmlns:news': string; url?: { loc: string; 'news:news': Record<string, unknown> }[] } }>(
      await response.text(),
      'news-sitemap.xml',
    );
    expect(doc.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    // Which stories are recent depends on the build's day (tests/unit/news-sitemap.test.ts fixes the
    // clock); whatever is listed must be an article of the sitemap, described as its page is.
    const byUrl = new Map(site.pages.map((p) => [p.url, p]));
    for (const entry of doc.urlset.url ?? []) {
      const page = byUrl.get(entry.loc);
      const article = page && newsArticle(page);
      expect.soft(article, `${entry.loc} is an article of the sitemap`).toBeDefined();
      const news = entry['news:news'] as {
        'news:publication': { 'news:language': string; 'news:name': string };
        'news:publication_date': string;
        'news:title': string;
      };
      expect.soft(news['news:publication']['news:language'], entry.loc).toBe(page?.lang);
      expect.soft(news['news:publication']['news:name'], entry.loc).toBe((refs(article?.publisher)[0] as { name?: string } | undefined)?.name);
      expect.soft(news['news:publication_date'], entry.loc).toBe(article?.datePublished);
      expect.soft(news['news:title'], entry.loc).toBe(article?.headline);
    }
  });
});

test.describe('every page in the sitemap', () => {
  test('answers 200 with cacheable HTML and no cookie, even for a reader who has one', async ({ site, http }) => {
    for (const page of site.pages) {
      expect.soft(page.status, `status of ${page.path}`).toBe(200);
      for (const headers of [{}, { Cookie: 'NEXT_LOCALE=en', 'Accept-Language': 'de' }] as Record<string, string>[]) {
        const response = await http.get(page.path, { headers });
        expect.soft(response.status(), `status of ${page.path}`).toBe(200);
        expect.soft(response.headers()['content-type'], `type of ${page.path}`).toMatch(/^text\/html/);
        expect.soft(setCookies(response), `Set-Cookie on ${page.path}`).toEqual([]);
        const cache = response.headers()['cache-control'] ?? '';
        expect.soft(cache, `Cache-Control of ${page.path}`).toMatch(/s-maxage=[1-9]|max-age=[1-9]/);
        expect.soft(cache, `Cache-Control of ${page.path}`).not.toMatch(/private|no-store/);
      }
    }
  });

  test('has one canonical URL: the URL it is listed and served at', async ({ site }) => {
    for (const page of site.pages) expect.soft(page.canonicals, `canonical of ${page.path}`).toEqual([page.url]);
  });

  test('declares the hreflang alternates the sitemap gives it, itself included, in its own language', async ({ site }) => {
    const byUrl = new Map(site.sitemap.map((e) => [e.loc, e]));
    for (const page of site.pages) {
      expect.soft(page.hreflangCount, `no hreflang given twice on ${page.path}`).toBe(Object.keys(page.hreflang).length);
      expect.soft(page.hreflang, `hreflang of ${page.path} = its sitemap alternates`).toEqual(byUrl.get(page.url)?.alternates);
      expect.soft(page.lang && page.hreflang[page.lang], `${page.path} lists itself under its <html lang>`).toBe(page.url);
      expect.soft(page.hreflang['x-default'], `x-default of ${page.path}`).toBeTruthy();
    }
  });

  test('hreflang is reciprocal: every alternate is a listed page that names the same set', async ({ site }) => {
    const byUrl = new Map(site.pages.map((p) => [p.url, p]));
    for (const page of site.pages) {
      for (const [lang, url] of Object.entries(page.hreflang)) {
        const other = byUrl.get(url);
        expect.soft(other, `${page.path} → ${lang} ${url} is a page of the sitemap`).toBeDefined();
        if (!other) continue;
        // Same set both ways: B lists A under A's language, and both name the same x-default.
        expect.soft(other.hreflang, `${page.path} ↔ ${other.path}`).toEqual(page.hreflang);
        if (lang !== 'x-default') expect.soft(other.lang, `language of ${other.path}`).toBe(lang);
      }
    }
  });

  test('advertises the RSS and JSON feeds of its language (an entity page its own first), which answer', async ({ site, http }) => {
    for (const page of site.pages) {
      const lang = page.lang ?? '?';
      const hrefs = (type: string) => page.feeds.filter((f) => f.type === type).map((f) => f.href);
      const own = ownFeeds(page);
      expect.soft(hrefs('application/rss+xml'), `RSS links on ${page.path}`).toEqual([...(own ? [own.rss] : []), `${SITE_URL}/${lang}/feed.xml`]);
      expect.soft(hrefs('application/feed+json'), `JSON Feed links on ${page.path}`).toEqual([...(own ? [own.json] : []), `${SITE_URL}/${lang}/feed.json`]);
      for (const feed of page.feeds) expect.soft(feed.title, `title of ${feed.href}`).toBeTruthy();
    }
    for (const feed of new Set(site.pages.flatMap((p) => p.feeds.map((f) => f.href)))) {
      const response = await http.get(pathOf(feed));
      expect.soft(response.status(), feed).toBe(200);
      expect.soft(setCookies(response), `Set-Cookie on ${feed}`).toEqual([]);
    }
  });

  test('has its own title, a description, Open Graph and Twitter tags, and a social image that answers as a 1200×630 PNG', async ({ site, http }) => {
    const images = new Set<string>();
    const titles = new Map<string, string>();
    for (const page of site.pages) {
      const m = (key: string) => page.meta[key] ?? [];
      // The per-language template: "<page> — <site>", the same site name on every page of a language.
      expect.soft(page.title, `<title> of ${page.path}`).toMatch(/^\S.* — \S.*$/);
      // Only a page's own translation may share its title, when both languages spell it alike
      // ("Organisations — Cloud Cities Info" in French and in British English).
      const sharing = titles.get(page.title);
      const translation = Object.values(page.hreflang).some((href) => pathOf(href) === sharing);
      expect.soft(translation ? undefined : sharing, `<title> of ${page.path} is not another page's`).toBeUndefined();
      titles.set(page.title, page.path);
      expect.soft(m('description')[0], `description of ${page.path}`).toBeTruthy();
      expect.soft(m('og:title')[0], `og:title of ${page.path}`).toBeTruthy();
      expect.soft(m('og:url'), `og:url of ${page.path}`).toEqual([page.url]);
      expect.soft(m('og:locale'), `og:locale of ${page.path}`).toEqual([{ fr: 'fr_FR', en: 'en_GB' }[page.lang ?? ''] ?? '?']);
      // og:locale:alternate: exactly the other languages the page exists in.
      const others = Object.keys(page.hreflang).filter((l) => l !== 'x-default' && l !== page.lang);
      expect.soft(m('og:locale:alternate').length, `og:locale:alternate of ${page.path}`).toBe(others.length);
      expect.soft(m('og:image').length, `og:image of ${page.path}`).toBe(1);
      expect.soft(m('og:image:alt')[0], `og:image:alt of ${page.path}`).toBeTruthy();
      expect.soft(m('twitter:card'), `twitter:card of ${page.path}`).toEqual(['summary_large_image']);
      expect.soft(m('twitter:image'), `twitter:image of ${page.path}`).toEqual(m('og:image'));
      for (const image of m('og:image')) images.add(image);
    }
    for (const image of images) {
      const response = await http.get(pathOf(image));
      expect.soft(response.status(), image).toBe(200);
      expect.soft(response.headers()['content-type'], image).toBe('image/png');
      expect.soft(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
      expect.soft(setCookies(response), `Set-Cookie on ${image}`).toEqual([]);
    }
  });

  test('has JSON-LD that parses, with schema.org context', async ({ site }) => {
    for (const page of site.pages) {
      for (const text of page.jsonLd) {
        let data: Record<string, unknown> | undefined;
        expect.soft(() => (data = JSON.parse(text)), `JSON-LD of ${page.path} parses`).not.toThrow();
        expect.soft(data?.['@context'], `@context on ${page.path}`).toBe('https://schema.org');
      }
      for (const node of jsonLdNodes(page)) {
        expect.soft(typeOf(node).length, `every node of ${page.path} has a @type`).toBeGreaterThan(0);
        // Stable ids are absolute URLs of this site.
        if (node['@id'] !== undefined) expect.soft(String(node['@id']).startsWith(`${SITE_URL}/`), `@id ${String(node['@id'])}`).toBe(true);
      }
    }
  });
});

test.describe('articles', () => {
  const articles = (pages: PageSnapshot[]) => pages.filter((p) => newsArticle(p));

  test('every article version carries a complete NewsArticle and a breadcrumb', async ({ site }) => {
    const list = articles(site.pages);
    expect(list.length, 'the sitemap lists articles').toBeGreaterThan(0);
    for (const page of list) {
      const a = newsArticle(page) ?? {};
      const where = (field: string) => `${field} of ${page.path}`;
      expect.soft(a.headline, where('headline')).toEqual(expect.any(String));
      expect.soft(a.headline, where('headline = og:title')).toBe(page.meta['og:title']?.[0]);
      expect.soft(a.description, where('description')).toBe(page.meta.description?.[0]);
      expect.soft(a.datePublished, where('datePublished')).toMatch(ISO_DATE);
      expect.soft(a.dateModified, where('dateModified')).toMatch(ISO_DATE);
      expect.soft(String(a.dateModified) >= String(a.datePublished), where('dateModified ≥ datePublished')).toBe(true);
      expect.soft(a.inLanguage, where('inLanguage')).toBe(page.lang);
      expect.soft(a.url, where('url')).toBe(page.url);
      expect.soft(a.mainEntityOfPage, where('mainEntityOfPage')).toBe(page.url);
      expect.soft(isAbsolute(a.image), where('image')).toBe(true);

      for (const org of [...refs(a.author), ...refs(a.publisher)]) {
        expect
          .soft(
            typeOf(org).some((t) => /Organization$/.test(t)),
            where('author/publisher is an Organization'),
          )
          .toBe(true);
        expect.soft(org.name, where('author/publisher name')).toBeTruthy();
      }
      expect.soft(refs(a.author).length, where('author')).toBeGreaterThan(0);
      expect.soft(isAbsolute((refs(a.publisher)[0]?.logo as { url?: string } | undefined)?.url), where('publisher logo')).toBe(true);
      expect.soft(isAbsolute(refs(a.isBasedOn)[0]?.url), where('isBasedOn url')).toBe(true);
      const sourcePublisher = refs(refs(a.isBasedOn)[0]?.publisher)[0];
      expect.soft(sourcePublisher?.name, where('isBasedOn publisher name')).toBeTruthy();
      expect.soft(sourcePublisher?.description, where('isBasedOn publisher description')).toBeTruthy();

      const mentions = refs(a.mentions);
      expect.soft(mentions.length, where('mentions')).toBeGreaterThan(0);
      for (const m of mentions) {
        expect.soft(['Person', 'Organization'], where('mention type')).toContain(typeOf(m)[0]);
        expect
          .soft(String(m['@id']), where('mention @id'))
          .toMatch(new RegExp(`^${SITE_URL.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/.+#(person|organization)$`));
        expect.soft(m.name, where('mention name')).toBeTruthy();
      }
      const mentioned = new Set(mentions.map((m) => m['@id']));
      for (const q of refs(a.hasPart).filter((p) => typeOf(p).includes('Quotation'))) {
        expect.soft(q.text, where('quotation text')).toBeTruthy();
        expect
          .soft(mentioned.has((q.creator as { '@id'?: string } | undefined)?.['@id']), where(`creator of "${String(q.text).slice(0, 30)}…" is mentioned`))
          .toBe(true);
        expect.soft(String(q.url).startsWith(`${page.url}#`), where('quotation url')).toBe(true);
      }
      for (const about of refs(a.about)) {
        expect.soft(typeOf(about), where('about')).toEqual(['Event']);
        // A start date only as a source gives it: an event no source dates has none.
        if (about.startDate !== undefined) expect.soft(about.startDate, where('event startDate')).toMatch(ISO_DATE);
        expect.soft(about.name, where('event name')).toBeTruthy();
      }

      const crumbs = jsonLdNodes(page).find((n) => typeOf(n).includes('BreadcrumbList'));
      const items = refs(crumbs?.itemListElement);
      expect
        .soft(
          items.map((i) => i.position),
          where('breadcrumb positions'),
        )
        .toEqual(items.map((_, i) => i + 1));
      expect.soft(items[0]?.item, where('breadcrumb home')).toBe(`${SITE_URL}/${page.lang}`);
      expect.soft(items.at(-1)?.item, where('breadcrumb last')).toBe(page.url);
    }
  });

  test('every article version has a social image of its own, described by its headline', async ({ site }) => {
    const imageOf = (page: PageSnapshot) => page.meta['og:image']?.[0];
    const list = articles(site.pages);
    for (const page of list) {
      const others = site.pages.filter((p) => p !== page).map(imageOf);
      expect.soft(others, `og:image of ${page.path} is its own`).not.toContain(imageOf(page));
      expect.soft(page.meta['og:image:alt'], `og:image:alt of ${page.path}`).toEqual([newsArticle(page)?.headline]);
      expect.soft(newsArticle(page)?.image, `JSON-LD image of ${page.path} is its social image`).toBe(imageOf(page)?.replace(/\?.*$/, ''));
    }
  });

  test('the people, organizations and events an article names are the same nodes on their own pages', async ({ site }) => {
    const byUrl = new Map(site.pages.map((p) => [p.url, p]));
    for (const page of articles(site.pages)) {
      const a = newsArticle(page) ?? {};
      for (const node of [...refs(a.mentions), ...refs(a.about)]) {
        const id = String(node['@id']);
        // Entity pages carry the node with the same @id; until a kind of entity has pages,
        // its @id names the page it will have and there is nothing to compare.
        const own = byUrl.get(id.replace(/#.*$/, ''));
        if (!own) continue;
        const match = jsonLdNodes(own).find((n) => n['@id'] === id);
        expect.soft(match, `${own.path} has the node ${id}`).toBeDefined();
        expect.soft(typeOf(match), `type of ${id}`).toEqual(typeOf(node));
      }
    }
  });

  test('each language’s feeds list exactly the sitemap’s articles in that language, newest first', async ({ site, http }) => {
    for (const lang of LANGUAGES) {
      const expected = articles(site.pages)
        .filter((p) => p.lang === lang)
        .map((p) => p.url)
        .sort();

      const rss = await http.get(`/${lang}/feed.xml`);
      expect(rss.status()).toBe(200);
      expect(rss.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
      expect(setCookies(rss)).toEqual([]);
      const doc = parseXml<{
        rss: { '@version': string; channel: { language: string; item?: { link: string; pubDate: string; 'content:encoded'?: string }[] } };
      }>(await rss.text(), `/${lang}/feed.xml`);
      expect(doc.rss['@version']).toBe('2.0');
      expect(doc.rss.channel.language).toBe(lang);
      const rssItems = doc.rss.channel.item ?? [];
      expect([...rssItems.map((i) => i.link)].sort(), `/${lang}/feed.xml items`).toEqual(expected);
      const dates = rssItems.map((i) => Date.parse(i.pubDate));
      expect(dates, `/${lang}/feed.xml newest first`).toEqual([...dates].sort((x, y) => y - x));
      for (const item of rssItems) expect.soft(item['content:encoded'], `full content of ${item.link}`).toMatch(/<p[\s>]/);

      const json = await http.get(`/${lang}/feed.json`);
      expect(json.status()).toBe(200);
      expect(json.headers()['content-type']).toBe('application/feed+json; charset=utf-8');
      expect(setCookies(json)).toEqual([]);
      const feed = (await json.json()) as { version: string; language: string; items: { url: string; content_html: string; date_published: string }[] };
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.language).toBe(lang);
      expect(feed.items.map((i) => i.url).sort(), `/${lang}/feed.json items`).toEqual(expected);
      expect(
        feed.items.map((i) => i.url),
        'both feeds in the same order',
      ).toEqual(rssItems.map((i) => i.link));
      for (const item of feed.items) expect.soft(item.content_html, `full content of ${item.url}`).toMatch(/<p[\s>]/);
    }
  });
});

test.describe('entity feeds', () => {
  interface RssItem {
    link: string;
    title: string;
    description: string;
    pubDate: string;
    'content:encoded': string;
    category?: string[];
  }
  const rssItems = async (http: APIRequestContext, path: string) => {
    const response = await http.get(path);
    expect.soft(response.status(), path).toBe(200);
    expect.soft(response.headers()['content-type'], path).toBe('application/rss+xml; charset=utf-8');
    expect.soft(setCookies(response), `Set-Cookie on ${path}`).toEqual([]);
    expect.soft(response.headers()['cache-control'], path).toBe('public, max-age=0, s-maxage=300, stale-while-revalidate=86400');
    const doc = parseXml<{ rss: { '@version': string; channel: { language: string; link: string; image?: { url: string | string[] }; item?: RssItem[] } } }>(
      await response.text(),
      path,
    );
    return doc.rss;
  };

  test('every entity page has RSS and JSON feeds of its stories in its language, the same items as the language feed', async ({ site, http }) => {
    const entityPages = site.pages.filter((p) => ownFeeds(p));
    expect(entityPages.length).toBeGreaterThan(0);
    const languageItems = new Map<string, Map<string, RssItem>>();
    for (const lang of LANGUAGES) languageItems.set(lang, new Map(((await rssItems(http, `/${lang}/feed.xml`)).channel.item ?? []).map((i) => [i.link, i])));
    const articlePages = site.pages.filter((p) => newsArticle(p));
    for (const page of entityPages) {
      const feeds = ownFeeds(page);
      if (!feeds) continue;
      const rss = await rssItems(http, pathOf(feeds.rss));
      expect.soft(rss.channel.language, feeds.rss).toBe(page.lang);
      expect.soft(rss.channel.link, feeds.rss).toBe(page.url);
      const items = rss.channel.item ?? [];
      // Complete: for a person, an organization or an event (their pages carry a node with an @id),
      // exactly the articles of the page's language whose NewsArticle names that node.
      const node = jsonLdNodes(page).find((n) => typeof n['@id'] === 'string' && /#(person|organization|event)$/.test(String(n['@id'])));
      if (node) {
        const expected = articlePages
          .filter((a) => a.lang === page.lang && [...refs(newsArticle(a)?.mentions), ...refs(newsArticle(a)?.about)].some((m) => m['@id'] === node['@id']))
          .map((a) => a.url)
          .sort();
        expect.soft(items.map((i) => i.link).sort(), `${feeds.rss} lists the stories naming ${String(node['@id'])}`).toEqual(expected);
      }
      // The same items as the language's feed, word for word.
      for (const item of items) expect.soft(item, `${item.link} in ${feeds.rss}`).toEqual(languageItems.get(page.lang ?? '')?.get(item.link));
      const json = await http.get(pathOf(feeds.json));
      expect.soft(json.headers()['content-type'], feeds.json).toBe('application/feed+json; charset=utf-8');
      const feed = (await json.json()) as { version: string; language: string; home_page_url: string; items: { url: string }[] };
      expect.soft(feed.version, feeds.json).toBe('https://jsonfeed.org/version/1.1');
      expect.soft(feed.language, feeds.json).toBe(page.lang);
      expect.soft(feed.home_page_url, feeds.json).toBe(page.url);
      expect
        .soft(
          feed.items.map((i) => i.url),
          `${feeds.json} = ${feeds.rss}`,
        )
        .toEqual(items.map((i) => i.link));
    }
  });

  test('feeds are in no sitemap, and every channel shows the PNG logo', async ({ site, http }) => {
    expect(site.sitemap.filter((e) => /\/feed\.(xml|json)$/.test(e.loc))).toEqual([]);
    for (const path of [
      `/${LANGUAGES[0]}/feed.xml`,
      ...site.pages
        .filter((p) => ownFeeds(p))
        .slice(0, 3)
        .map((p) => pathOf(ownFeeds(p)?.rss ?? '')),
    ]) {
      // (`url` is read as a list: the sitemap parser's settings.)
      const logo = [(await rssItems(http, path)).channel.image?.url ?? []].flat()[0] ?? '';
      expect(logo, `channel image of ${path}`).toBe(`${SITE_URL}/logo.png`);
      const image = await http.get(pathOf(logo));
      expect(image.headers()['content-type']).toBe('image/png');
    }
  });
});

test.describe('unknown URLs and redirects', () => {
  test('variants of every page that name nothing answer 404, without a cookie', async ({ site, http }) => {
    const listed = new Set(site.pages.map((p) => p.path));
    for (const page of site.pages) {
      const [, lang, rest = ''] = /^\/([^/]+)(.*)$/.exec(page.path) ?? [];
      const swapped = LANGUAGES.filter((l) => l !== lang).map((l) => `/${l}${rest}`);
      const variants = [
        `${page.path}-x`,
        `${page.path}/x`,
        `/xx${rest}`,
        // The same path under the other language prefix exists only if the sitemap says so:
        // slugs and section names are translated, never guessed from the path.
        ...swapped.filter((p) => !listed.has(p)),
      ];
      for (const variant of variants) {
        const response = await http.get(variant);
        if (response.status() === 308) {
          // An entity page's old address (its id, the same in both languages) under the other
          // prefix: one redirect to that language's page of the same kind, which the sitemap lists.
          const target = new URL(response.headers()['location'] ?? '', 'http://site.invalid').pathname;
          const parent = (path: string) => path.replace(/\/[^/]+$/, '');
          expect.soft(listed.has(target), `${variant} redirects to ${target}, a listed page`).toBe(true);
          expect.soft(parent(target), `${variant} redirects within its own index`).toBe(parent(variant));
        } else {
          expect.soft(response.status(), `status of ${variant}`).toBe(404);
        }
        expect.soft(setCookies(response), `Set-Cookie on ${variant}`).toEqual([]);
      }
    }
    for (const lang of LANGUAGES) {
      for (const path of [`/${lang}/feed.rss`, `/${lang}/feed.xml/x`, `/${lang}/sitemap.xml`]) {
        expect.soft((await http.get(path)).status(), `status of ${path}`).toBe(404);
      }
    }
  });

  test('a trailing slash is one permanent (308) redirect to the page', async ({ site, http }) => {
    for (const page of site.pages) {
      const response = await http.get(`${page.path}/`);
      expect.soft(response.status(), `status of ${page.path}/`).toBe(308);
      const location = response.headers()['location'] ?? '';
      expect.soft(new URL(location, 'http://site.invalid').pathname, `target of ${page.path}/`).toBe(page.path);
      expect.soft(setCookies(response), `Set-Cookie on ${page.path}/`).toEqual([]);
    }
  });

  test('/ is one temporary redirect to a home the sitemap lists, private, without a cookie', async ({ site, http }) => {
    for (const headers of [{}, { 'Accept-Language': 'en' }, { 'Accept-Language': 'de' }] as Record<string, string>[]) {
      const response = await http.get('/', { headers });
      expect(response.status()).toBe(307);
      const target = new URL(response.headers()['location'] ?? '', 'http://site.invalid').pathname;
      expect(site.pages.map((p) => p.path)).toContain(target);
      expect(response.headers()['cache-control']).toMatch(/private|no-store/);
      // The cookie stores an explicit choice (the language switcher), not a guess.
      expect(setCookies(response)).toEqual([]);
      const home = await http.get(target);
      expect(home.status(), 'one hop').toBe(200);
    }
  });

  test('pages the site serves besides the sitemap’s set no cookie either', async ({ site, http }) => {
    const extra = [
      '/sitemap.xml',
      '/news-sitemap.xml',
      '/robots.txt',
      '/icon.svg',
      '/favicon.ico',
      '/logo.png',
      '/apple-touch-icon.png',
      ...LANGUAGES.flatMap((l) => [`/${l}/feed.xml`, `/${l}/feed.json`, `/${l}/opengraph-image`]),
    ];
    for (const path of extra) {
      const response = await http.get(path);
      expect.soft(response.status(), `status of ${path}`).toBe(200);
      expect.soft(setCookies(response), `Set-Cookie on ${path}`).toEqual([]);
    }
    expect(site.pages.length).toBeGreaterThan(0);
  });
});
