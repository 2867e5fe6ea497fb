import { expect, test } from '@playwright/test';

/*
 * Runs against a build of tests/fixtures/site: a story translated into both languages and one
 * that exists only in French. The real content has no untranslated story yet.
 */

const frenchOnly = '/fr/articles/histoire-en-francais-seulement';

test.describe('a story with no English version', () => {
  test('tells the reader, in French and in English, that it exists only in French', async ({ page }) => {
    await page.goto(frenchOnly);
    const note = page.getByRole('note');
    await expect(note).toContainText('Cet article n’existe qu’en français.');
    await expect(note.locator('[lang="en"]')).toHaveText('This story is only available in French.');
  });

  test('the switcher says so and leads to the English home page', async ({ page }) => {
    await page.goto(frenchOnly);
    const switcher = page.getByRole('navigation', { name: 'Langue' });
    await expect(switcher).toContainText('This story is not available in English.');
    await switcher.getByRole('link', { name: 'English home page' }).click();
    await expect(page).toHaveURL('/en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('appears on the French home page only, newest first', async ({ page }) => {
    await page.goto('/fr');
    const main = page.getByRole('main');
    const headlines = main.getByRole('heading', { level: 2 }).or(main.getByRole('heading', { level: 3 }));
    await expect(headlines).toHaveText(['Une histoire en français seulement', 'Tous les articles', 'Un titre\u00A0: exemple']);
    // Two stories a page in this build (LIST_PAGE_SIZE): the oldest is on the next page.
    await page.goto('/fr/page/2');
    await expect(headlines).toHaveText(['Tous les articles', 'Un paragraphe coupé en deux']);
    await page.goto('/en');
    await expect(page.getByRole('main').getByRole('link', { name: 'Une histoire en français seulement' })).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(['A title: example', 'All stories']);
  });

  test('has no English URL', async ({ request }) => {
    const response = await request.get('/en/articles/histoire-en-francais-seulement');
    expect(response.status()).toBe(404);
  });
});

test.describe('a translated story in the same build', () => {
  test('offers the English version in the switcher and no notice', async ({ page }) => {
    await page.goto('/fr/articles/un-titre-exemple');
    await expect(page.getByRole('note')).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'Read in English' }).click();
    await expect(page).toHaveURL('/en/articles/a-title-example');
  });
});

test('the French-only story announces no English version to search engines or social networks', async ({ page }) => {
  await page.goto(frenchOnly);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0);
  await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveCount(1);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'fr_FR');
  await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveCount(0);
});

test('a story in one language offers no side-by-side reading', async ({ page, request }) => {
  await page.goto(frenchOnly);
  await expect(page.getByRole('link', { name: 'Lire en version bilingue' })).toHaveCount(0);
  expect((await request.get(`${frenchOnly}/bilingue`)).status()).toBe(404);
  await page.goto('/fr/articles/un-titre-exemple');
  await expect(page.getByRole('link', { name: 'Lire en version bilingue' })).toHaveAttribute('href', '/fr/articles/un-titre-exemple/bilingue');
});

test('a translation that split a paragraph is shown honestly side by side', async ({ page }) => {
  await page.goto('/fr/articles/un-paragraphe-coupe/bilingue');
  await expect(page.getByRole('note')).toContainText('Les deux versions n’ont pas exactement les mêmes paragraphes');
  // French first: 3 passages, English 4. The quotation still sits beside its translation.
  const quoteRow = page.locator('[id^="p-"]', { has: page.locator('#quote-1') });
  await expect(quoteRow.locator('#en-quote-1')).toHaveText('The city is built with its residents.');
  // Nothing dropped: every English passage is on the page, the extra one on its own row.
  for (const text of ['A long first paragraph,', 'which the translation splits in two.', 'A last paragraph.']) {
    await expect(page.locator('div[lang="en"]', { hasText: text })).toHaveCount(1);
  }
  await expect(page.getByText('Pas d’équivalent dans cette version.')).toHaveCount(1);
});
