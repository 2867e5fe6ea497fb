import { expect, test } from '@playwright/test';
import { HTML_CACHE_CONTROL } from '../../../lib/security/policy';

/*
 * Lists of stories in pages. The fixture site is built with LIST_PAGE_SIZE=2 (package.json
 * `build:fixture`): French has three stories (20, 19 and 1 September 2025), so its home page
 * shows two and `/fr/page/2` the oldest; every story is on the topic Industrie, whose page shows
 * two per language too. The numbered pages are rendered on their first request.
 */

const oldestFrench = 'Un paragraphe coupé en deux';

test.describe('a home page whose stories fill two pages, with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the newest stories, then a link to the older ones, and back', async ({ page }) => {
    await page.goto('/fr');
    await expect(page.getByRole('heading', { name: 'Une histoire en français seulement' })).toBeVisible();
    await expect(page.getByRole('link', { name: oldestFrench })).toHaveCount(0);
    const pages = page.getByRole('navigation', { name: 'Pages de la liste' });
    await expect(pages).toContainText('Page 1 sur 2');
    await expect(pages.getByRole('link', { name: /Articles plus récents/ })).toHaveCount(0);

    await pages.getByRole('link', { name: /Articles plus anciens/ }).click();
    await expect(page).toHaveURL(/\/fr\/page\/2$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Tous les articles, page 2' })).toBeAttached();
    await expect(page.getByRole('link', { name: oldestFrench })).toHaveAttribute('href', '/fr/articles/un-paragraphe-coupe');
    await expect(page.getByRole('link', { name: 'Un titre\u00A0: exemple' })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Pages de la liste' })).toContainText('Page 2 sur 2');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/fr\/page\/2$/);

    await page.getByRole('link', { name: /Articles plus récents/ }).click();
    await expect(page).toHaveURL(/\/fr$/);
  });

  test('in English too, in its own words', async ({ page }) => {
    await page.goto('/en/page/2');
    await expect(page.getByRole('heading', { level: 1, name: 'All stories, page 2' })).toBeAttached();
    await expect(page.getByRole('link', { name: 'A paragraph split in two' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Pages of the list' }).getByRole('link', { name: /Newer stories/ })).toHaveAttribute('href', '/en');
  });

  test('a page past the last, or a number written otherwise, is the localized 404 page', async ({ page }) => {
    for (const [path, title] of [
      ['/fr/page/3', 'Page introuvable'],
      ['/fr/page/1', 'Page introuvable'],
      ['/fr/page/02', 'Page introuvable'],
      ['/en/page/3', 'Page not found'],
      ['/fr/sujets/industrie/page/3', 'Page introuvable'],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(title);
    }
  });
});

test.describe("an entity's stories in pages", () => {
  test.use({ javaScriptEnabled: false });

  test("the topic's page shows the newest, its second page the oldest", async ({ page }) => {
    await page.goto('/fr/sujets/industrie');
    await expect(page.getByRole('link', { name: oldestFrench })).toHaveCount(0);
    await page
      .getByRole('navigation', { name: 'Pages de la liste' })
      .getByRole('link', { name: /Articles plus anciens/ })
      .click();
    await expect(page).toHaveURL(/\/fr\/sujets\/industrie\/page\/2$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Industrie\u00A0: articles, page 2');
    await expect(page.getByRole('link', { name: oldestFrench })).toBeVisible();
    // The breadcrumbs lead back to the topic's own page.
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Industrie' })).toHaveAttribute(
      'href',
      '/fr/sujets/industrie',
    );
  });
});

test('a numbered page rendered on request carries the pages’ headers: Cache-Control, a policy without unsafe-inline, no cookie', async ({ request }) => {
  for (const path of ['/fr/page/2', '/en/topics/industry/page/2']) {
    for (const round of ['first', 'cached']) {
      const response = await request.get(path);
      expect(response.status(), `${path} ${round}`).toBe(200);
      const headers = response.headers();
      expect(headers['cache-control'], `${path} ${round}`).toBe(HTML_CACHE_CONTROL);
      expect(headers['content-security-policy'], `${path} ${round}`).not.toContain("'unsafe-inline'");
      expect(headers['set-cookie'], `${path} ${round}`).toBeUndefined();
    }
  }
});
