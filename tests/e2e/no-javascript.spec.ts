import { expect, test } from '@playwright/test';
import { articlePath, bilingualStory, homePath, leadStory, locales, organization, otherLocale, person, t, typeset } from './content';

/* Every page is complete as server HTML: nothing needs JavaScript to appear. */
test.use({ javaScriptEnabled: false });

const story = bilingualStory();

for (const locale of locales) {
  const other = otherLocale(locale);

  test.describe(`without JavaScript (${locale})`, () => {
    test('home page shows the lead story and the switcher', async ({ page }) => {
      const lead = leadStory(locale);
      await page.goto(homePath(locale));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const main = page.getByRole('main');
      await expect(main.getByRole('link', { name: typeset(lead.title, { whole: true }) })).toHaveAttribute('href', articlePath(lead));
      for (const { id } of lead.speakers) await expect(main).toContainText(person(id).name[locale]);
      await expect(
        page.getByRole('navigation', { name: t(locale, 'LanguageSwitcher.label') }).getByRole('link', { name: t(other, 'LanguageSwitcher.readIn') }),
      ).toBeVisible();
    });

    test('article page: headline, speakers, organizations, source, switcher', async ({ page }) => {
      const article = story[locale];
      await page.goto(articlePath(article));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(typeset(article.title, { whole: true }));

      const speakers = page.getByRole('complementary', { name: t(locale, 'SpeakersSidebar.heading') });
      await expect(speakers.getByRole('heading', { level: 3 })).toHaveText(article.speakers.map(({ id }) => person(id).name[locale]));
      await expect(speakers.getByRole('heading', { level: 3 })).toHaveCount(5);

      const organizations = page.getByRole('complementary', { name: t(locale, 'OrganizationsSidebar.heading') });
      await expect(organizations.getByRole('heading', { level: 3 })).toHaveText(
        article.organizations.map((id) => typeset(organization(id).name[locale], { whole: true })),
      );

      const source = main.getByRole('region', { name: t(locale, 'ArticlePage.sourceHeading') });
      await expect(source.getByRole('link')).toHaveAttribute('href', article.source.url);

      const switcher = page.getByRole('navigation', { name: t(locale, 'LanguageSwitcher.label') }).getByRole('link', { name: t(other, 'LanguageSwitcher.readIn') });
      await expect(switcher).toBeVisible();
      // The switcher is a plain link: it works without JavaScript too.
      await switcher.click();
      await expect(page).toHaveURL(articlePath(story[other]));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
    });

    test('404 page shows its localized heading', async ({ page }) => {
      const response = await page.goto(`/${locale}/articles/nope`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(t(locale, 'NotFoundPage.title'));
      await expect(page.getByRole('main').getByRole('link', { name: t(locale, 'NotFoundPage.home') })).toBeVisible();
      await expect(page.getByRole('banner')).toBeVisible();
    });
  });
}
