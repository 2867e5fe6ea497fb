import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { foreignSearchSegments } from './lib/i18n/paths';
import { routing } from './lib/i18n/routing';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const localeGroup = routing.locales.join('|');

/**
 * The search page has a route folder per language (`app/[locale]/recherche`, `app/[locale]/search`),
 * and a folder matches under every language: the other language's word (`/en/recherche`, and
 * anything below it) is sent to the localized 404 before the folder can answer.
 */
const foreignSearchRewrites = routing.locales.flatMap((locale) =>
  foreignSearchSegments(locale).map((segment) => ({ source: `/${locale}/${segment}/:rest*`, destination: `/${locale}/page-not-found` })),
);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A second build of fixture content (CONTENT_DIR) goes to its own folder for the browser tests.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  async rewrites() {
    return {
      // Slugs and ids are ASCII, so a %-escape inside a language can never name a page; answering
      // 404 here also keeps malformed escapes (`%ff`) away from Next's param decoding (a 500).
      beforeFiles: [
        { source: `/:locale(${localeGroup})/:rest(.*%.*)`, destination: '/:locale/page-not-found' },
        ...foreignSearchRewrites,
      ],
      afterFiles: [],
      // Any path inside a language that no page matched: the localized 404 page, status 404.
      fallback: [{ source: `/:locale(${localeGroup})/:rest*`, destination: '/:locale/page-not-found' }],
    };
  },
};

export default withNextIntl(nextConfig);
