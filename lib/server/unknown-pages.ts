import type { IncomingMessage, ServerResponse } from 'node:http';
import { entityKinds as entityKindNames, notFoundPath, parseArticlePath, parseEntityPath } from '@/lib/i18n/paths';
import { HTML_CACHE_CONTROL } from '@/lib/security/policy';
import { entityKinds, getSite, resolveEntity } from '@/lib/site';
import type { RequestHook } from './request-hooks';

/*
 * Older stories' pages, and the pages of entities no recent story names, are rendered on their
 * first request and kept in Next's cache, so those routes accept any slug (`dynamicParams`). A
 * request for a page that does not exist must not be rendered, nor kept: an attacker's endless
 * made-up slugs would fill the disk with cached 404s. Such a request is sent, before Next sees
 * it, to the prerendered localized 404 page (full HTML, status 404), as every unknown path inside
 * a language is (next.config fallback). An entity's old address (its id, where its slug differs)
 * is answered here with a 308 to its page. Both questions are answered from the site's indexes
 * in memory: a map lookup per request under `/articles/` or an entity index.
 */

/** The first segment of every path this hook looks at, in any language: `articles` and the entity indexes' words. */
const WATCHED = new Set(['articles', ...entityKindNames.flatMap((kind) => Object.values(entityKinds[kind].segment))]);

export const unknownPagesToNotFound: RequestHook = (req: IncomingMessage, res: ServerResponse) => {
  const url = req.url ?? '/';
  const pathname = url.split('?', 1)[0] ?? url;
  // `/<locale>/<word>/…`: anything else passes at the cost of one split.
  if (!WATCHED.has(pathname.split('/', 3)[2] ?? '')) return false;
  const site = getSite();
  const article = parseArticlePath(pathname);
  if (article) {
    if (!article.route || !site.hasArticleRoute(article.route)) req.url = notFoundPath(article.locale);
    return false;
  }
  const entity = parseEntityPath(pathname);
  if (!entity) return false;
  const target = entity.route && resolveEntity(site, entityKinds[entity.route.kind], entity.route.slug, entity.locale);
  if (target && 'movedTo' in target && entity.route?.view === 'page') {
    res.writeHead(308, { Location: target.movedTo, 'Cache-Control': HTML_CACHE_CONTROL, 'Content-Length': '0' });
    res.end();
    return true;
  }
  if (!target || 'movedTo' in target) req.url = notFoundPath(entity.locale);
  return false;
};
