import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import nextConfig from '@/next.config';
import { entityKinds, entitySegments, foreignSearchSegments, PAGE_SEGMENT, searchPath, searchSegments } from '@/lib/i18n/paths';
import { routing } from '@/lib/i18n/routing';

/* The search page's localized words, its route folders and the rewrites that keep them apart. */

describe('search page segments', () => {
  it('each names a route folder under app/[locale]/ with a page', () => {
    for (const locale of routing.locales) {
      expect(existsSync(`app/[locale]/${searchSegments[locale]}/page.tsx`), searchSegments[locale]).toBe(true);
    }
  });

  it('are plain ASCII words that shadow no other page', () => {
    const segments = Object.values(searchSegments);
    const fixed = readdirSync('app/[locale]', { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('['))
      .map((e) => e.name);
    for (const locale of routing.locales) {
      expect(searchSegments[locale]).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      for (const kind of entityKinds) expect(segments).not.toContain(entitySegments[kind][locale]);
    }
    // Every static folder is either a search word or one of the site's fixed routes.
    expect(fixed.sort()).toEqual(['articles', 'feed.json', 'feed.xml', 'page-not-found', PAGE_SEGMENT, ...new Set(segments)].sort());
    // The numbered pages' word is no entity index's either.
    for (const kind of entityKinds) expect(Object.values(entitySegments[kind])).not.toContain(PAGE_SEGMENT);
  });

  it('builds the page path with the query encoded', () => {
    expect(searchPath('fr')).toBe('/fr/recherche');
    expect(searchPath('en', 'smart cities')).toBe('/en/search?q=smart%20cities');
    expect(searchPath('fr', 'développement & co')).toBe('/fr/recherche?q=d%C3%A9veloppement%20%26%20co');
  });

  it("sends the other language's word to the localized 404 before the folder answers", async () => {
    expect(foreignSearchSegments('en')).toEqual(['recherche']);
    expect(foreignSearchSegments('fr')).toEqual(['search']);
    const rewrites = await nextConfig.rewrites?.();
    const beforeFiles = (rewrites && !Array.isArray(rewrites) ? rewrites.beforeFiles : undefined) ?? [];
    for (const locale of routing.locales) {
      for (const segment of foreignSearchSegments(locale)) {
        expect(beforeFiles).toContainEqual({ source: `/${locale}/${segment}/:rest*`, destination: `/${locale}/page-not-found` });
      }
      expect(beforeFiles.map((r) => r.source)).not.toContain(`/${locale}/${searchSegments[locale]}/:rest*`);
    }
  });
});
