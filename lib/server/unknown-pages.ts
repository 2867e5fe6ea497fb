import type { IncomingMessage, ServerResponse } from 'node:http';
import { entityKinds as entityKindNames, notFoundPath, PAGE_SEGMENT, parseArticlePath, parseEntityPath, parseHomeListPath } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { HTML_CACHE_CONTROL } from '@/lib/security/policy';
import { entityKinds, getSite, resolveEntity } from '@/lib/site';
import { pageCount } from '@/lib/site/pagination';
import type { RequestHook } from './request-hooks';

/*
 * Older stories' pages, and the pages of entities no recent story names, are rendered on their
 * first request and kept in Next's cache, so those routes accept any slug (`dynamicParams`). A
 * request for a page that does not exist must not be rendered, nor kept: an attacker's endless
 * made-up slugs would fill the disk with cached 404s. Such a request is sent, before Next sees
 * it, to the prerendered localized 404 page (full HTML, status 404), as every unknown path inside
 * a language is (next.config fallback). An entity's old address (its id, where its slug differs)
 * is answered here with a 308 to its page. Numbered pages of a list (a home's, an entity's
 * stories: lib/site/pagination.ts) are rendered on request too, so a number past the list's last
 * page goes to the 404 page the same way, as does any other path below a language's first
 * segment (`/fr/x/y`), which Next would route to the entity pages. Every question is answered
 * from the site's indexes in memory: a map lookup per request under `/articles/`, `/page/` or an
 * entity index, one split of the path for any other.
 */

/** The first segment of every path this hook looks at, in any language: `articles`, `page` and the entity indexes' words. */
const WATCHED = new Set(['articles', PAGE_SEGMENT, ...entityKindNames.flatMap((kind) => Object.values(entityKinds[kind].segment))]);

export const unknownPagesToNotFound: RequestHook = (req: IncomingMessage, res: ServerResponse) => {
  const url = req.url ?? '/';
  const pathname = url.split('?', 1)[0] ?? url;
  const [, locale, word, below] = pathname.split('/', 4);
  // A path of two segments or more inside a language (`/fr/x/y`) that none of the watched words
  // opens would reach the entity route (`[section]/[slug]`, which accepts any slug): none of its
  // pages. Shorter paths are static routes, or `[section]` (its words generated, no others), and
  // a trailing slash is the proxy's to redirect.
  if (!WATCHED.has(word ?? '')) {
    if (isLocale(locale) && below !== undefined && !pathname.endsWith('/')) req.url = notFoundPath(locale);
    return false;
  }
  const site = getSite();
  const article = parseArticlePath(pathname);
  if (article) {
    if (!article.route || !site.hasArticleRoute(article.route)) req.url = notFoundPath(article.locale);
    return false;
  }
  const home = parseHomeListPath(pathname);
  if (home) {
    if (!home.page || home.page > pageCount(site.articles(home.locale).length)) req.url = notFoundPath(home.locale);
    return false;
  }
  const entity = parseEntityPath(pathname);
  if (!entity) return false;
  const route = entity.route;
  const target = route && resolveEntity(site, entityKinds[route.kind], route.slug, entity.locale);
  if (target && 'movedTo' in target && route?.view === 'page') {
    res.writeHead(308, { Location: target.movedTo, 'Cache-Control': HTML_CACHE_CONTROL, 'Content-Length': '0' });
    res.end();
    return true;
  }
  const past =
    route?.view === 'list' && target && 'entity' in target && (route.page ?? 0) > pageCount(target.kind.stories(site, target.entity.id, entity.locale).length);
  if (!target || 'movedTo' in target || past) req.url = notFoundPath(entity.locale);
  return false;
};
