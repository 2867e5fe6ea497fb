import { expect, test } from '@playwright/test';
import {
  articlePath,
  bilingualStory,
  entityIndexPath,
  entityPath,
  homePath,
  leadStory,
  locales,
  organization,
  otherLocale,
  person,
  t,
  typeset,
} from './content';

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

      const switcher = page
        .getByRole('navigation', { name: t(locale, 'LanguageSwitcher.label') })
        .getByRole('link', { name: t(other, 'LanguageSwitcher.readIn') });
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

    test('the first mention of each speaker and organization in the text links to its page', async ({ page }) => {
      const article = story[locale];
      await page.goto(articlePath(article));
      const body = page.getByRole('main').getByRole('article');
      for (const { id } of article.speakers) {
        const name = person(id).name[locale];
        // Once only: later mentions of the same person stay plain text.
        const links = body.getByRole('link', { name, exact: true });
        await expect(links, name).toHaveCount(1);
        await expect(links).toHaveAttribute('href', entityPath('speakers', locale, person(id)));
      }
      for (const id of article.organizations) {
        await expect(body.locator(`a[href="${entityPath('organizations', locale, organization(id))}"]`), id).toHaveCount(1);
      }
      // A plain link: it works with JavaScript off.
      const first = person(article.speakers[0]!.id);
      await body.getByRole('link', { name: first.name[locale], exact: true }).click();
      await expect(page).toHaveURL(entityPath('speakers', locale, first));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.name[locale]);
    });

    test('entity pages are complete without JavaScript', async ({ page }) => {
      const { id } = story[locale].speakers[0]!;
      await page.goto(entityPath('speakers', locale, person(id)));
      await expect(page.getByRole('main').getByRole('link', { name: typeset(story[locale].title, { whole: true }) })).toHaveAttribute(
        'href',
        articlePath(story[locale]),
      );
      await page.goto(entityIndexPath('organizations', locale));
      await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
    });
  });
}
