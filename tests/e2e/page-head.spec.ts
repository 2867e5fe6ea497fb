import { expect, test } from '@playwright/test';
import { articlePath, bilingualStory, homePath, locales, otherLocale } from './content';

/* What a search engine or a social network reads in the <head> of each page. */

const ogLocale = { fr: 'fr_FR', en: 'en_GB' } as const;

for (const locale of locales) {
  const story = bilingualStory();
  const paths = { home: homePath(locale), article: articlePath(story[locale]) };

  for (const [kind, path] of Object.entries(paths)) {
    test(`${path}: canonical, hreflang and Open Graph point to the real versions`, async ({ page }) => {
      await page.goto(path);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical ?? '').pathname).toBe(path);
      const other = otherLocale(locale);
      const otherPath = kind === 'home' ? homePath(other) : articlePath(story[other]);
      const hreflang = page.locator(`link[rel="alternate"][hreflang="${other}"]`);
      await expect(hreflang).toHaveCount(1);
      expect(new URL((await hreflang.getAttribute('href')) ?? '').pathname).toBe(otherPath);
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', ogLocale[locale]);
      await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute('content', ogLocale[other]);
      await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', kind === 'home' ? 'website' : 'article');
    });
  }
}
