import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { parseEntityPath } from '@/lib/i18n/paths';
import { routing } from '@/lib/i18n/routing';
import { HTML_CACHE_CONTROL } from '@/lib/security/policy';
import { unknownPagesToNotFound } from '@/lib/server/unknown-pages';
import { buildSite, entityKindList, getSite, prerenderedEntities, siteOf } from '@/lib/site';

/*
 * Pages rendered on demand accept any slug, so what does not exist is stopped before Next: the
 * hook of lib/server/unknown-pages.ts over the real content (a story, five people, seven
 * organisations, a topic list, an event), and which entity pages are prerendered.
 */

/** The hook run on a request for `url`: where it sent the request, or what it answered. */
function request(url: string) {
  const req = { url, method: 'GET' } as IncomingMessage;
  const answer: { status?: number; headers?: Record<string, string>; ended: boolean } = { ended: false };
  const res = {
    writeHead(status: number, headers: Record<string, string>) {
      answer.status = status;
      answer.headers = headers;
      return this;
    },
    end() {
      answer.ended = true;
      return this;
    },
  } as unknown as ServerResponse;
  const answered = unknownPagesToNotFound(req, res) === true;
  return { url: req.url, answered, ...answer };
}

describe('parseEntityPath', () => {
  it.each([
    ['/fr/intervenants/x', { locale: 'fr', route: { locale: 'fr', kind: 'people', slug: 'x', view: 'page' } }],
    ['/en/organisations/x/feed.json', { locale: 'en', route: { locale: 'en', kind: 'organizations', slug: 'x', view: 'feed' } }],
    ['/fr/evenements/x/feed.xml', { locale: 'fr', route: { locale: 'fr', kind: 'events', slug: 'x', view: 'feed' } }],
    ['/en/topics/x/page/2', { locale: 'en', route: { locale: 'en', kind: 'topics', slug: 'x', view: 'list', page: 2 } }],
    ['/fr/sujets/x/page/31', { locale: 'fr', route: { locale: 'fr', kind: 'topics', slug: 'x', view: 'list', page: 31 } }],
  ])('%s names a page of an entity', (path, expected) => {
    expect(parseEntityPath(path)).toEqual(expected);
  });

  it.each([
    '/fr/intervenants/x/feed.rss',
    '/fr/intervenants/x/y',
    '/fr/intervenants/x/feed.xml/y',
    // Page 1 is the entity's page; a number has one spelling.
    '/fr/intervenants/x/page/1',
    '/fr/intervenants/x/page/02',
    '/fr/intervenants/x/page/2.0',
    '/fr/intervenants/x/page/-2',
    '/fr/intervenants/x/page/0',
    '/fr/intervenants/x/page',
    '/fr/intervenants/x/page/2/3',
    '/fr/intervenants/x/page/99999999999',
    // Another language's word for the index.
    '/fr/speakers/x',
    '/en/intervenants/x/feed.xml',
  ])('%s is a path no route serves', (path) => {
    expect(parseEntityPath(path)?.route).toBeUndefined();
  });

  it.each(['/fr/intervenants', '/en/intervenants', '/fr/articles/x', '/fr/intervenants/x/', '/de/speakers/x'])(
    '%s is not for the entity routes to judge',
    (path) => {
      expect(parseEntityPath(path)).toBeUndefined();
    },
  );
});

describe('requests for pages that may not exist', () => {
  const site = getSite();
  const story = site.articles('fr')[0]!;

  it.each([
    `/fr/articles/${story.slug}`,
    `/fr/articles/${story.slug}/bilingue`,
    '/fr/intervenants/dmitry-chanine',
    '/en/speakers/dmitry-shanin',
    '/fr/intervenants/dmitry-chanine/feed.xml',
    '/en/organisations/moscow-government/feed.json',
    '/fr/recherche?q=intervenants',
    '/fr/intervenants',
    // Static routes and the indexes' route: what Next has no page for, it answers 404 itself.
    '/fr',
    '/en/feed.xml',
    '/fr/nulle-part',
    '/fr/un/deux/',
    '/xx/un/deux',
    '/_next/static/chunks/x.js',
  ])('%s goes on to Next as it is', (url) => {
    expect(request(url)).toEqual({ url, answered: false, ended: false });
  });

  it.each([
    ['/fr/articles/no-such-story', '/fr/page-not-found'],
    [`/en/articles/${story.slug}`, '/en/page-not-found'],
    ['/fr/intervenants/nobody', '/fr/page-not-found'],
    // The French slug under the English word.
    ['/en/speakers/dmitry-chanine', '/en/page-not-found'],
    // An entity under another language's word for its index.
    ['/fr/speakers/dmitry-chanine', '/fr/page-not-found'],
    ['/en/sujets/x', '/en/page-not-found'],
    // Any other path below a language's first segment.
    ['/fr/un/deux', '/fr/page-not-found'],
    ['/en/search/x', '/en/page-not-found'],
    ['/fr/recherche/x?q=y', '/fr/page-not-found'],
    ['/en/opengraph-image/x', '/en/page-not-found'],
    // An old address has a page only: its feeds never existed.
    ['/fr/intervenants/dmitry-shanin/feed.xml', '/fr/page-not-found'],
    ['/fr/intervenants/dmitry-chanine/feed.rss', '/fr/page-not-found'],
    // Past the last page of a list (the real content has one story: every list is one page).
    ['/fr/page/2', '/fr/page-not-found'],
    ['/en/page/3', '/en/page-not-found'],
    ['/fr/page/1', '/fr/page-not-found'],
    ['/fr/page/x', '/fr/page-not-found'],
    ['/fr/page', '/fr/page-not-found'],
    ['/en/speakers/dmitry-shanin/page/2', '/en/page-not-found'],
    ['/en/speakers/nobody/page/2', '/en/page-not-found'],
    // An old address has a page only, as for feeds.
    ['/fr/intervenants/dmitry-shanin/page/2', '/fr/page-not-found'],
  ])('%s is sent to the localized 404 page', (url, to) => {
    expect(request(url)).toMatchObject({ url: to, answered: false });
  });

  it("an entity's old address (its id) answers a 308 to its page, with the pages' short shared cache", () => {
    expect(request('/fr/intervenants/dmitry-shanin')).toMatchObject({
      answered: true,
      ended: true,
      status: 308,
      headers: { Location: '/fr/intervenants/dmitry-chanine', 'Cache-Control': HTML_CACHE_CONTROL },
    });
  });
});

describe('prerenderedEntities', () => {
  it('the pages the recent stories link to, in each language; no page that lists no story there', () => {
    const registry = siteOf(buildSite(loadContent(path.resolve('tests/fixtures/registry')).content));
    // The newest stories of each language alone (one, and any of the same day) are prerendered: older ones' entities are not.
    process.env.PRERENDER_NEWEST = '1';
    process.env.PRERENDER_DAYS = '0';
    onTestFinished(() => {
      delete process.env.PRERENDER_NEWEST;
      delete process.env.PRERENDER_DAYS;
    });
    let tail = 0;
    for (const locale of routing.locales) {
      const prerendered = prerenderedEntities(registry, locale);
      const recent = new Set(registry.prerendered(locale).map((a) => a.storyId));
      expect(prerendered.length).toBeGreaterThan(0);
      for (const kind of entityKindList) {
        for (const entity of kind.list(registry, locale)) {
          const lists = kind.stories(registry, entity.id, locale).some((a) => recent.has(a.storyId));
          expect(
            prerendered.some((p) => p.kind === kind && p.entity === entity),
            `${kind.kind} ${entity.id} in ${locale}`,
          ).toBe(lists);
          if (!lists && kind.stories(registry, entity.id, locale).length > 0) tail++;
        }
      }
    }
    // Entities of older stories only: left to their first request.
    expect(tail).toBeGreaterThan(0);
  });
});
