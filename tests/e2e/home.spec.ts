import { expect, test } from '@playwright/test';
import { articlePath, formatDate, homePath, leadStory, locales, person, readingTimePattern, typeset } from './content';

for (const locale of locales) {
  const lead = leadStory(locale);

  test.describe(`home page (${locale})`, () => {
    test('shows the lead story: link, standfirst, local date, speakers', async ({ page }) => {
      const response = await page.goto(homePath(locale));
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);

      const main = page.getByRole('main');
      const card = main.getByRole('article').first();
      const link = card.getByRole('heading', { level: 2 }).getByRole('link', { name: typeset(lead.title, { whole: true }) });
      await expect(link).toHaveAttribute('href', articlePath(lead));
      await expect(card.getByText(typeset(lead.standfirst, { whole: true }))).toBeVisible();
      await expect(card.locator(`time[datetime="${lead.date}"]`)).toHaveText(formatDate(lead.date, locale));
      await expect(card).toContainText(readingTimePattern[locale]);
      for (const { id } of lead.speakers) await expect(card, id).toContainText(person(id).name[locale]);

      await link.click();
      await expect(page).toHaveURL(articlePath(lead));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(typeset(lead.title, { whole: true }));
    });
  });
}
