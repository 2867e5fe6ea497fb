/*
 * The site's security headers, in one place: the request guard gives every response the fixed
 * ones, `finalize-build.ts` writes each prerendered page's Content-Security-Policy (with the
 * hashes of that page's inline scripts) into the build output, next.config.ts sets the search
 * page's and the embeddable resources' own values, and the tests read the same values.
 * docs/security.md explains the choices.
 */

/** Directives shared by every policy; only `script-src` differs between pages. */
const BASE_DIRECTIVES: [string, string][] = [
  ['default-src', "'none'"],
  // Stylesheets are files (Tailwind's one CSS file): no inline <style> or style="" in the pages.
  ['style-src', "'self'"],
  // Article images may live on other HTTPS hosts (the sanitizer keeps only http/https sources).
  ['img-src', "'self' https:"],
  ['font-src', "'self'"],
  // The client router fetches the RSC payload of the next page from this origin.
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/**
 * The policy of an HTML page. `scripts` lists the `'sha256-…'` sources of its inline scripts
 * (known at build time for a static page), or is `'none'` for a page that must run no script.
 */
export function contentSecurityPolicy(scripts: readonly string[] | 'none'): string {
  const scriptSrc = scripts === 'none' ? "'none'" : ["'self'", ...scripts].join(' ');
  return [['default-src', "'none'"], ['script-src', scriptSrc], ...BASE_DIRECTIVES.slice(1)].map(([k, v]) => `${k} ${v}`).join('; ');
}

/**
 * A page that runs no script and carries its one stylesheet inline (the lite pages, route
 * handlers that set it themselves): that `<style>`, by hash, is all that may style the page;
 * nothing may run; images only from the site (the browser's own favicon request).
 */
export function inlineStylePagePolicy(styleHashes: readonly string[]): string {
  const directives: [string, string][] = [
    ['default-src', "'none'"],
    ['script-src', "'none'"],
    ['style-src', styleHashes.join(' ') || "'none'"],
    ['img-src', "'self'"],
    // No script runs to use it; tools that fetch from the page's own context need it (Lighthouse
    // reads robots.txt so, through DevTools, and a policy without it makes that fetch fail).
    ['connect-src', "'self'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map(([k, v]) => `${k} ${v}`).join('; ');
}

/**
 * For responses that are not HTML pages (feeds, sitemap, images), and for any response that
 * comes without a policy (redirects, errors, refusals): nothing may run or load.
 */
export const NON_HTML_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The search page is rendered per query, so its inline scripts (React's flight data, which
 * carries the query and the results) cannot be hashed at build time, and a nonce would need the
 * proxy on that path. It is built to work without JavaScript, so it runs none: the page that
 * reflects reader input is the one page where no script at all may execute.
 */
export const SEARCH_PAGE_CSP = contentSecurityPolicy('none');

/**
 * Sent on every response: the request guard (`lib/security/request-guard.ts`) gives each
 * response any of these it lacks as its head is written, whatever wrote it (a page, the proxy,
 * Next's own redirects and errors, the guard's refusals).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Two years, subdomains, preload: what hstspreload.org requires.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Features no page uses, refused for the page and anything it could embed.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  // frame-ancestors in the CSP is the modern form; X-Frame-Options covers older browsers.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Resources other sites may embed in their pages (no-cors `<img>`): social images, the icon,
 * feeds. Crawlers fetch them server-side, where CORP does not apply; web feed readers and
 * pages that show a link preview embed them, where `same-origin` would block them.
 */
export const EMBEDDABLE_CORP = 'cross-origin';

/**
 * HTML: browsers revalidate every time (ETag, 304), shared caches keep a page five minutes and
 * may serve it stale for a day while they refetch it. Not-found pages: one minute.
 * Hashed assets (`/_next/static/…`) keep Next's `public, max-age=31536000, immutable`.
 */
export const HTML_CACHE_CONTROL = 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400';
export const NOT_FOUND_CACHE_CONTROL = 'public, max-age=0, s-maxage=60';
/**
 * Answers chosen for one reader (the language negotiation of `/`, the switcher), failures (5xx),
 * refused requests whose form the requester chose, and any response that names no policy: no
 * cache, shared or not, keeps them.
 */
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/** Methods the site answers; anything else gets 405 (see `lib/security/request-guard.ts`). */
export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;
