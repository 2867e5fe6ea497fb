import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { foreignSearchSegments, foreignWords, liteSegments, searchSegments } from './lib/i18n/paths';
import { routing } from './lib/i18n/routing';
import { SITE_IMAGES } from './lib/seo/site-images';
import { FONT_FILES } from './lib/seo/social-image-fonts';
import { EMBEDDABLE_CORP, HTML_CACHE_CONTROL, SEARCH_PAGE_CSP } from './lib/security/policy';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const localeGroup = routing.locales.join('|');

/** The build's folder (`.next`; the test builds have their own). */
const distDir = process.env.NEXT_DIST_DIR ?? '.next';

/**
 * The search page has a route folder per language (`app/[locale]/recherche`, `app/[locale]/search`),
 * and a folder matches under every language: the other language's word (`/en/recherche`, and
 * anything below it) is sent to the localized 404 before the folder can answer.
 */
const foreignSearchRewrites = routing.locales.flatMap((locale) =>
  foreignSearchSegments(locale).map((segment) => ({ source: `/${locale}/${segment}/:rest*`, destination: `/${locale}/page-not-found` })),
);

/** Likewise for the lite pages' folders (`/en/articles/<slug>/leger`). */
const foreignLiteRewrites = routing.locales.flatMap((locale) =>
  foreignWords(liteSegments, locale).map((segment) => ({ source: `/${locale}/articles/:slug/${segment}/:rest*`, destination: `/${locale}/page-not-found` })),
);

/** The images of public/ clients ask for by name (favicon.ico, apple-touch-icon.png, logo.png). */
const publicImages = Object.values(SITE_IMAGES).map((image) => image.path);

/*
 * Headers that differ from the site's defaults (docs/security.md). The fixed security headers
 * are given to every response by the request guard (lib/security/request-guard.ts), which also
 * reaches what Next answers before these rules apply. The Content-Security-Policy and
 * Cache-Control of prerendered responses are not set here either: each page's policy carries the
 * hashes of its own inline scripts, written into the build output by `npm run security:finalize`
 * after `next build` (a second CSP header from here would be enforced too and block them). Only
 * the search page, rendered per request, gets its policy here.
 */
const securityHeaders = [
  // Embeddable by other sites' pages (link previews, web feed readers): see EMBEDDABLE_CORP.
  ...[
    '/icon.svg',
    ...publicImages,
    `/:locale(${localeGroup})/opengraph-image`,
    `/:locale(${localeGroup})/articles/:slug/opengraph-image`,
    `/:locale(${localeGroup})/feed.:format(xml|json)`,
    // An entity's own feeds (`/fr/intervenants/<slug>/feed.xml`).
    `/:locale(${localeGroup})/:section/:slug/feed.:format(xml|json)`,
  ].map((source) => ({ source, headers: [{ key: 'Cross-Origin-Resource-Policy', value: EMBEDDABLE_CORP }] })),
  // In development the search page keeps its scripts (hot reload); the policy is for production builds.
  ...(process.env.NODE_ENV === 'development' ? [] : routing.locales).map((locale) => ({
    source: `/${locale}/${searchSegments[locale]}`,
    headers: [
      { key: 'Content-Security-Policy', value: SEARCH_PAGE_CSP },
      // The same answer for every reader of a query (no cookie is read): shareable, briefly.
      // (Router requests, whose answers differ, never get here: the request guard refuses them.)
      { key: 'Cache-Control', value: HTML_CACHE_CONTROL },
    ],
  })),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // proxy.ts answers the trailing-slash redirect itself, with the HTML's short shared cache.
  skipTrailingSlashRedirect: true,
  // No page uses next/image: the optimizer at /_next/image (which resized any local image to
  // every width asked, and wrote each to disk) is off, and that path answers 404.
  images: { unoptimized: true },
  experimental: {
    // Static generation in as many workers as there are cores: Next's default leaves one for its
    // main process, which only waits meanwhile (docs/decisions/0006).
    cpus: availableParallelism(),
  },
  // A second build of fixture content (CONTENT_DIR) goes to its own folder for the browser tests.
  distDir,
  // The server's code finds the site's store (lib/site/store.ts) in its own copy of this folder;
  // lists have the page size the build gave them (lib/site/pagination.ts), whatever an instance's environment.
  env: { SITE_DIST_DIR: distDir, LIST_PAGE_SIZE: process.env.LIST_PAGE_SIZE ?? '' },
  // Pages rendered after the build are kept on disk only (`<dist>/server/route-cache`), and shared
  // caches in front keep them too: an instance's memory does not grow with the pages it renders.
  cacheMaxMemorySize: 0,
  // A self-contained server (`<distDir>/standalone/server.js` with the node_modules it needs), so
  // any number of identical, stateless instances run from one build: docs/deployment.md.
  output: 'standalone',
  // Social images read their fonts by path, which tracing cannot see: older stories' images are
  // drawn by the running server, so its folder gets the files.
  // (Keys are globs matched anywhere in a route's name: brackets would be a character class.)
  outputFileTracingIncludes: { 'opengraph-image': FONT_FILES.map((file) => `./${file}`) },
  async headers() {
    return securityHeaders;
  },
  async rewrites() {
    return {
      // Slugs and ids are ASCII, so a %-escape inside a language can never name a page; answering
      // 404 here also keeps malformed escapes (`%ff`) away from Next's param decoding (a 500).
      beforeFiles: [
        { source: `/:locale(${localeGroup})/:rest(.*%.*)`, destination: '/:locale/page-not-found' },
        // Likewise for Next's own assets (hashed names, never a %): Next answers a malformed escape there with a 500.
        { source: '/_next/:rest(.*%.*)', destination: `/${routing.defaultLocale}/page-not-found` },
        ...foreignSearchRewrites,
        ...foreignLiteRewrites,
      ],
      afterFiles: [],
      // Any path inside a language that no page matched: the localized 404 page, status 404.
      fallback: [{ source: `/:locale(${localeGroup})/:rest*`, destination: '/:locale/page-not-found' }],
    };
  },
};

export default withNextIntl(nextConfig);
