import { liteArticleDocument } from '@/components/lite/lite-article';
import { isLocale, type Locale } from '@/lib/i18n/routing';
import { scriptHash } from '@/lib/security/inline-scripts';
import { HTML_CACHE_CONTROL, inlineStylePagePolicy } from '@/lib/security/policy';
import { getSite } from '@/lib/site';

/*
 * What the lite pages' route folders share (`leger/route.ts` in French, `lite/route.ts` in
 * English): their params and their response. A route handler, not a page, because an App
 * Router page always brings Next's scripts. Rendered on its first request, for every story,
 * then kept (lib/site/prerender.ts). The response carries its
 * own Content-Security-Policy (the hash of its one inline stylesheet; no script), which the
 * post-build step keeps, and the pages' Cache-Control; the other security headers come from
 * next.config.ts like everywhere. No cookie is read or set.
 */

/**
 * The lite page of a story of `folder`'s language, and only under that language (the word under
 * the other one is a 404). A route handler has no layout above it, so it names the locale itself.
 */
export async function liteResponse(folder: Locale, params: Promise<{ locale: string; slug: string }>): Promise<Response> {
  const { locale, slug } = await params;
  const article = isLocale(locale) && locale === folder ? getSite().article(locale, slug) : undefined;
  if (!article) return new Response('Not found', { status: 404 });
  const { html, stylesheet } = await liteArticleDocument(article);
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': inlineStylePagePolicy([scriptHash(stylesheet)]),
      'Cache-Control': HTML_CACHE_CONTROL,
    },
  });
}
