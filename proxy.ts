import { NextResponse, type NextRequest } from 'next/server';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { homePath, notFoundPath, parseSwitchTarget, SWITCH_LANGUAGE_PATH } from '@/lib/i18n/paths';
import { isLocale, localeCookie, routing } from '@/lib/i18n/routing';
import { HTML_CACHE_CONTROL, PRIVATE_CACHE_CONTROL } from '@/lib/security/policy';

/*
 * Runs only where a language must be chosen: `/`, the language switcher's endpoint, and paths
 * outside every language prefix; and on paths ending in a slash, to drop it. Localized pages never reach it (see `config.matcher`): they
 * are static files served as they are, cacheable, and never set a cookie.
 */

export function proxy(request: NextRequest) {
  const { pathname, search, searchParams } = request.nextUrl;
  if (pathname.length > 1 && pathname.endsWith('/')) return withoutTrailingSlash(request);
  const cookieLocale = request.cookies.get(localeCookie.name)?.value;

  if (pathname === SWITCH_LANGUAGE_PATH) {
    const target = parseSwitchTarget(searchParams.get('to'));
    if (!target) return notFound(request, negotiateLocale(cookieLocale, request.headers.get('accept-language')));
    const response = NextResponse.redirect(new URL(target.path, request.url), 307);
    // Read by this proxy only (no client code): HttpOnly; Secure whenever the reader came over HTTPS
    // (directly or through a TLS-terminating front server), so it never travels in clear afterwards.
    response.cookies.set(localeCookie.name, target.locale, {
      path: '/',
      maxAge: localeCookie.maxAge,
      sameSite: localeCookie.sameSite,
      httpOnly: true,
      secure: isHttps(request),
    });
    response.headers.set('Cache-Control', PRIVATE_CACHE_CONTROL);
    return response;
  }

  const locale = negotiateLocale(cookieLocale, request.headers.get('accept-language'));
  if (pathname === '/') {
    const response = NextResponse.redirect(new URL(`${homePath(locale)}${search}`, request.url), 307);
    response.headers.set('Cache-Control', PRIVATE_CACHE_CONTROL);
    response.headers.set('Vary', 'Accept-Language, Cookie');
    return response;
  }
  return notFound(request, locale);
}

/**
 * `/fr/articles/x/` → `/fr/articles/x`, in one hop, whatever the number of slashes. Next's own
 * trailing-slash redirect (turned off in next.config.ts) answers before any configured header,
 * so it carried none of the security headers; this one does. Empty segments are dropped, so the
 * target always starts with a single slash and can never be read as another host (`//evil/`).
 */
function withoutTrailingSlash(request: NextRequest) {
  const bare = `/${request.nextUrl.pathname.split('/').filter(Boolean).join('/')}`;
  const response = NextResponse.redirect(new URL(`${bare}${request.nextUrl.search}`, request.url), 308);
  response.headers.set('Cache-Control', HTML_CACHE_CONTROL);
  return response;
}

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/**
 * The localized 404 page, with a 404 status, at the requested URL. Its language is this
 * reader's, so its Vary names Accept-Language and Cookie (added by lib/i18n/negotiated-not-found.ts:
 * the page's renderer would replace a Vary set here).
 */
function notFound(request: NextRequest, locale: string) {
  return NextResponse.rewrite(new URL(notFoundPath(isLocale(locale) ? locale : routing.defaultLocale), request.url), { status: 404 });
}

export const config = {
  // Everything except the language prefixes (keep in step with routing.locales: a unit test
  // checks it), Next's own assets and the files served from public/ or by metadata routes.
  // Any path ending in a slash, inside a language or not: the trailing-slash redirect.
  matcher: [
    '/((?!(?:fr|en)(?:/|$)|_next/|favicon\\.ico$|icon\\.svg$|apple-icon\\.png$|apple-touch-icon\\.png$|logo\\.png$|robots\\.txt$|sitemap\\.xml$|news-sitemap\\.xml$).*)',
    '/(.+/)',
  ],
};
