import { expect, test } from '@playwright/test';
import { articlePath, bilingualStory, locales, otherLocale, t } from './content';
import { hydrated } from './hydration';

/*
 * The side-by-side page: each passage beside its translation, the reader's language first,
 * anchors shared with the single-language pages, and a switcher that keeps the passage.
 */

const story = bilingualStory();
const bilingualWord = { fr: 'bilingue', en: 'bilingual' } as const;
const bilingualPath = (locale: 'fr' | 'en') => `${articlePath(story[locale])}/${bilingualWord[locale]}`;

for (const locale of locales) {
  const other = otherLocale(locale);

  test.describe(`side by side (${locale} first)`, () => {
    test('is linked from the article and pairs every passage, each cell in its language', async ({ page }) => {
      await page.goto(articlePath(story[locale]));
      await page.getByRole('link', { name: t(locale, 'ArticlePage.sideBySide') }).click();
      await expect(page).toHaveURL(bilingualPath(locale));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);

      const passagesHere = page.locator('[id^="p-"]');
      const count = await passagesHere.count();
      expect(count).toBeGreaterThan(3);
      // Same number of passages as the article page in each language.
      for (const l of [locale, other]) {
        const single = await page.context().newPage();
        await single.goto(articlePath(story[l]));
        await expect(single.getByRole('main').getByRole('article').locator('[id^="p-"]')).toHaveCount(count);
        await single.close();
      }
      for (let n = 1; n <= count; n += 1) {
        const cells = page.locator(`#p-${n} > div`);
        await expect(cells).toHaveCount(2);
        await expect(cells.nth(0)).toHaveAttribute('lang', locale);
        await expect(cells.nth(1)).toHaveAttribute('lang', other);
      }
      await expect(page.getByRole('note')).toHaveCount(0); // fully aligned: no warning
    });

    test('#p-N is the same passage on the article page and the side-by-side page', async ({ page }) => {
      await page.goto(`${articlePath(story[locale])}#p-4`);
      const single = (await page.locator('#p-4').innerText()).trim();
      await page.goto(`${articlePath(story[other])}#p-4`);
      const translated = (await page.locator('#p-4').innerText()).trim();
      await page.goto(`${bilingualPath(locale)}#p-4`);
      const row = page.locator('#p-4');
      await expect(row).toBeInViewport();
      await expect(row.locator(`> div[lang="${locale}"]`)).toContainText(single.slice(0, 40));
      await expect(row.locator(`> div[lang="${other}"]`)).toContainText(translated.slice(0, 40));
    });

    test('quotations line up with their translation', async ({ page }) => {
      await page.goto(bilingualPath(locale));
      const quoteRow = page.locator('[id^="p-"]', { has: page.locator('#quote-1') });
      await expect(quoteRow).toHaveCount(1);
      await expect(quoteRow.locator(`#${other}-quote-1`)).toHaveCount(1);
      await expect(quoteRow.locator('#quote-1')).toHaveAttribute('data-speaker', /.+/);
      const speaker = await quoteRow.locator('#quote-1').getAttribute('data-speaker');
      await expect(quoteRow.locator(`#${other}-quote-1`)).toHaveAttribute('data-speaker', speaker!);
    });

    test('the language switcher keeps the passage the reader was sent to', async ({ page }) => {
      await page.goto(`${bilingualPath(locale)}#p-5`);
      // Without JavaScript (or before it runs) the link switches to the top of the page.
      await hydrated(page);
      await page
        .getByRole('navigation', { name: t(locale, 'LanguageSwitcher.label') })
        .getByRole('link', { name: t(other, 'LanguageSwitcher.readIn') })
        .click();
      await expect(page).toHaveURL(`${bilingualPath(other)}#p-5`);
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.locator('#p-5')).toBeInViewport();

      await page.goto(`${articlePath(story[locale])}#p-6`);
      await hydrated(page);
      await page
        .getByRole('navigation', { name: t(locale, 'LanguageSwitcher.label') })
        .getByRole('link', { name: t(other, 'LanguageSwitcher.readIn') })
        .click();
      await expect(page).toHaveURL(`${articlePath(story[other])}#p-6`);
      await expect(page.locator('#p-6')).toBeInViewport();
    });

    test('is complete without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(bilingualPath(locale));
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('#p-1 > div')).toHaveCount(2);
      // Without JavaScript the switcher still switches, to the top of the other page.
      await page
        .getByRole('navigation', { name: t(locale, 'LanguageSwitcher.label') })
        .getByRole('link', { name: t(other, 'LanguageSwitcher.readIn') })
        .click();
      await expect(page).toHaveURL(bilingualPath(other));
      await context.close();
    });

    test("is not a page under the other language's word", async ({ request }) => {
      const response = await request.get(`${articlePath(story[locale])}/${bilingualWord[other]}`);
      expect(response.status()).toBe(404);
    });
  });
}
