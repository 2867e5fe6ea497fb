import { expect, test } from '@playwright/test';

/*
 * Against the build of tests/fixtures/site, where Ada Exemplova speaks in a translated story
 * and in one that exists only in French.
 */

test('an English person page lists the stories that exist only in French, marked as French', async ({ page }) => {
  await page.goto('/en/speakers/ada-example');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Ada Examplova');
  const frenchOnly = main.getByRole('region', { name: 'In French only' });
  const link = frenchOnly.getByRole('link', { name: 'Une histoire en français seulement' });
  await expect(link).toHaveAttribute('href', '/fr/articles/histoire-en-francais-seulement');
  await expect(link).toHaveAttribute('hreflang', 'fr');
  await expect(frenchOnly.getByRole('listitem')).toHaveAttribute('lang', 'fr');
  // The translated story is in the main list, in English; the French-only one after it, apart.
  await expect(main.getByRole('region', { name: 'Quoted in our stories' }).getByRole('heading', { level: 3 })).toHaveText(['A title: example', 'In French only']);
});

test('related stories rank the other story sharing a speaker, and say what it shares', async ({ page }) => {
  await page.goto('/fr/articles/un-titre-exemple');
  const related = page.getByRole('region', { name: 'Sur les mêmes personnes et organisations' });
  await expect(related.getByRole('heading', { level: 3 })).toHaveText(['Une histoire en français seulement']);
  await expect(related).toContainText(/En commun\s*:\s*Ada Exemplova et Example Works/);
  // In English the other story does not exist: the empty state.
  await page.goto('/en/articles/a-title-example');
  await expect(page.getByRole('region', { name: 'More on these people and organisations' })).toContainText('No other story covers these people or organisations yet.');
});
