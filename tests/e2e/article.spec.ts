import { expect, test } from '@playwright/test';
import { articlePath, bilingualStory, foreignSpellings, formatDate, locales, organization, person, publisher, readingTimePattern, t, typeset } from './content';

const story = bilingualStory();

for (const locale of locales) {
  const article = story[locale];

  test.describe(`article page (${locale}) ${articlePath(article)}`, () => {
    test.beforeEach(async ({ page }) => {
      const response = await page.goto(articlePath(article));
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
    });

    test('header: title, standfirst, local date, location, reading time', async ({ page }) => {
      const main = page.getByRole('main');
      const story = main.getByRole('article');
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(typeset(article.title, { whole: true }));
      await expect(page).toHaveTitle(typeset(article.title));
      await expect(story.getByText(typeset(article.standfirst, { whole: true }))).toBeVisible();

      const header = story.locator('header').first();
      const date = header.locator(`time[datetime="${article.date}"]`);
      await expect(date).toHaveText(formatDate(article.date, locale));
      await expect(header.getByText(article.location, { exact: true })).toBeVisible();
      await expect(header).toContainText(readingTimePattern[locale]);
    });

    test('source credit names the publisher, says what it is, and links to the source', async ({ page }) => {
      const source = page.getByRole('main').getByRole('region', { name: t(locale, 'ArticlePage.sourceHeading') });
      const { name, description } = publisher(article.source.publisher);
      await expect(source.locator('cite')).toHaveText(name[locale]);
      // What the publisher is, from content/publishers.yaml in the page's language, beside its name.
      await expect(source).toContainText(typeset(`${name[locale]} (${description[locale]})`));
      const nodes = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap(
        (text) => (JSON.parse(text) as { '@graph'?: { '@type': string; isBasedOn?: { publisher?: unknown } }[] })['@graph'] ?? [],
      );
      expect(nodes.find((node) => node['@type'] === 'NewsArticle')?.isBasedOn?.publisher).toEqual({
        '@type': 'Organization',
        name: name[locale],
        description: expect.stringMatching(typeset(description[locale], { whole: true })),
      });
      await expect(source.locator(`time[datetime="${article.source.date}"]`)).toHaveText(formatDate(article.source.date, locale));
      const link = source.getByRole('link');
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAttribute('href', article.source.url);
      await expect(link).toHaveAccessibleName(/\S/);
    });

    test(`speakers sidebar lists every speaker in the ${locale} spelling, with their role`, async ({ page }) => {
      const sidebar = page.getByRole('complementary', { name: t(locale, 'SpeakersSidebar.heading') });
      await expect(sidebar).toBeVisible();
      const names = article.speakers.map(({ id }) => person(id).name[locale]);
      expect(names.length, 'speakers in the front matter').toBe(5);
      await expect(sidebar.getByRole('heading', { level: 3 })).toHaveText(names);

      for (const { id, role } of article.speakers) {
        const name = person(id).name[locale];
        const entry = sidebar.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
        await expect(entry, name).toHaveCount(1);
        await expect(entry, `role of ${name}`).toContainText(typeset(role));
      }
    });

    test(`no speaker appears under the other language's spelling`, async ({ page }) => {
      const foreign = article.speakers.flatMap(({ id }) => foreignSpellings(person(id), locale));
      // The content has names that differ by language (Chanine/Shanin…): the check must bite.
      expect(foreign.length, 'names that differ between French and English').toBeGreaterThan(0);
      const body = page.locator('body');
      for (const word of foreign) await expect(body, `"${word}" on the ${locale} page`).not.toContainText(word);
    });

    test('organizations sidebar lists every organization by its localized name', async ({ page }) => {
      const sidebar = page.getByRole('complementary', { name: t(locale, 'OrganizationsSidebar.heading') });
      await expect(sidebar).toBeVisible();
      const names = article.organizations.map((id) => organization(id).name[locale]);
      expect(names.length, 'organizations in the front matter').toBe(7);
      await expect(sidebar.getByRole('heading', { level: 3 })).toHaveText(names.map((name) => typeset(name, { whole: true })));
    });

    test(locale === 'fr' ? 'French title has a no-break space before ":"' : 'English title has no no-break space', async ({ page }) => {
      const h1 = page.getByRole('main').getByRole('heading', { level: 1 });
      // textContent, not Playwright's whitespace-normalized text: the kind of space is the point.
      const text = () => h1.evaluate((el) => el.textContent ?? '');
      if (locale === 'fr') {
        expect(article.title, 'the French title has a colon to typeset').toContain(':');
        await expect.poll(text).toMatch(/[\u00A0\u202F]:/);
        await expect.poll(text).not.toMatch(/[ \t]:/);
      } else {
        await expect.poll(text).not.toMatch(/[\u00A0\u202F]/);
      }
    });
  });
}
