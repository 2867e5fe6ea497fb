import { expect, test, type Page } from '@playwright/test';
import { homePath, t, type Locale } from './content';

/*
 * Unknown paths answer 404 with the localized "page not found" page inside the site layout.
 * Inside a language prefix the page is in that language; elsewhere in the reader's language
 * (cookie, then Accept-Language), French when nothing tells.
 */
const insideALanguage: { path: string; locale: Locale }[] = [
  { path: '/fr/articles/nope', locale: 'fr' },
  { path: '/fr/un/deux', locale: 'fr' },
  { path: '/fr/articles/%ff', locale: 'fr' },
  { path: '/en/articles/nope', locale: 'en' },
  { path: '/en/nope', locale: 'en' },
  { path: '/en/x/y', locale: 'en' },
  { path: '/en/articles/%ff', locale: 'en' },
];
const outsideEveryLanguage = ['/de/x', '/nope', '/%ff'];

async function expectNotFoundPage(page: Page, path: string, locale: Locale) {
  const serverErrors: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.url()}`);
  });
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.getByRole('banner')).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(t(locale, 'NotFoundPage.title'));
  await expect(main.getByRole('link', { name: t(locale, 'NotFoundPage.home') })).toHaveAttribute('href', homePath(locale));
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(t(locale, 'NotFoundPage.metaTitle')));
  // The page was not swapped for another URL on the way.
  expect(new URL(page.url()).pathname).toBe(path);
  expect(serverErrors, 'no request answered with a server error').toEqual([]);
}

test.describe('not found, inside a language prefix', () => {
  // The reader's preference is the other language: the URL's prefix must win.
  for (const { path, locale } of insideALanguage) {
    test.describe(`${path}`, () => {
      test.use({ locale: locale === 'fr' ? 'en-GB' : 'fr-FR' });
      test(`404 page in ${locale}`, async ({ page }) => {
        await expectNotFoundPage(page, path, locale);
      });
    });
  }
});

test.describe('not found, outside every language', () => {
  test.describe('reader with no French or English preference', () => {
    test.use({ locale: 'de-DE' });
    for (const path of outsideEveryLanguage) {
      test(`${path}: 404 page in French (default)`, async ({ page }) => {
        await expectNotFoundPage(page, path, 'fr');
      });
    }
  });

  test.describe('English-speaking reader', () => {
    test.use({ locale: 'en-GB' });
    for (const path of outsideEveryLanguage) {
      test(`${path}: 404 page in English`, async ({ page }) => {
        await expectNotFoundPage(page, path, 'en');
      });
    }
  });

  test('no Accept-Language at all: 404 in French, never a 500', async ({ request }) => {
    for (const path of [...outsideEveryLanguage, ...insideALanguage.map((c) => c.path)]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      const html = await response.text();
      const expected = insideALanguage.find((c) => c.path === path)?.locale ?? 'fr';
      expect(html, `<html lang> of ${path}`).toMatch(new RegExp(`<html[^>]*\\slang="${expected}"`));
      expect(html, `heading of ${path}`).toContain(t(expected, 'NotFoundPage.title'));
    }
  });
});

test.describe('a reader who reaches the content before the scripts run', () => {
  for (const locale of ['fr', 'en'] as const) {
    test(`${locale}: keeps the focused <main> when the page hydrates`, async ({ page }) => {
      // Hold the page's scripts, as a slow network would, until the reader has moved.
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/_next/static/**/*.js', async (route) => {
        await released;
        await route.continue();
      });
      await page.goto(`/${locale}/articles/nope`, { waitUntil: 'commit' });
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(t(locale, 'NotFoundPage.title'));
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(main).toBeFocused();
      await main.evaluate((element) => ((window as unknown as { focusedMain: Element }).focusedMain = element));

      release();
      // The server's "not found" mark is gone once React has handled it in the browser.
      await expect(page.locator('template[data-dgst^="NEXT_HTTP_ERROR_FALLBACK"]')).toHaveCount(0);
      await expect(main).toBeFocused();
      const kept = await page.evaluate(() => document.activeElement === (window as unknown as { focusedMain: Element }).focusedMain);
      expect(kept, 'the focused <main> is the one the server sent, not a copy').toBe(true);
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(t(locale, 'NotFoundPage.title'));
    });
  }
});
