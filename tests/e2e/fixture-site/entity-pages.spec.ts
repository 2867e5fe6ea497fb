import { expect, test } from '@playwright/test';

/*
 * Against the build of tests/fixtures/site, where Ada Exemplova speaks in a translated story,
 * in a long one that exists only in English and in one that exists only in French.
 */

test('an English person page lists the stories that exist only in French, marked as French', async ({ page }) => {
  await page.goto('/en/speakers/ada-examplova');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Ada Examplova');
  const frenchOnly = main.getByRole('region', { name: 'In French only' });
  const link = frenchOnly.getByRole('link', { name: 'Une histoire en français seulement' });
  await expect(link).toHaveAttribute('href', '/fr/articles/histoire-en-francais-seulement');
  await expect(link).toHaveAttribute('hreflang', 'fr');
  await expect(frenchOnly.getByRole('listitem')).toHaveAttribute('lang', 'fr');
  // The stories in English are in the main list, newest first; the French-only one after them, apart.
  await expect(main.getByRole('region', { name: 'Quoted in our stories' }).getByRole('heading', { level: 3 })).toHaveText([
    'A title: example',
    'Two days of plans, figures and promises: a long report from the Example Forum',
    'In French only',
  ]);
});

test('related stories rank the other story sharing a speaker, and say what it shares', async ({ page }) => {
  await page.goto('/fr/articles/un-titre-exemple');
  const related = page.getByRole('region', { name: 'Sur les mêmes personnes et organisations' });
  await expect(related.getByRole('heading', { level: 3 })).toHaveText(['Une histoire en français seulement']);
  await expect(related).toContainText(/En commun\s*:\s*Ada Exemplova et Example Works/);
  // In English the French-only story does not exist: the long English report is the one related.
  await page.goto('/en/articles/a-title-example');
  const english = page.getByRole('region', { name: 'More on these people and organisations' });
  await expect(english.getByRole('heading', { level: 3 })).toHaveText(['Two days of plans, figures and promises: a long report from the Example Forum']);
  // The split-paragraph story shares nothing with it: the empty state.
  await page.goto('/en/articles/a-paragraph-split');
  await expect(page.getByRole('region', { name: 'More on these people and organisations' })).toContainText(
    'No other story covers these people or organisations yet.',
  );
});
