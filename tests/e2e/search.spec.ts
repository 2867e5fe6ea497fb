import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  articlePath,
  bilingualStory,
  entityPath,
  escapeRegExp,
  foreignSpellings,
  homePath,
  locales,
  otherLocale,
  people,
  t,
  typeset,
  type Locale,
} from './content';

/*
 * Search, as a reader without JavaScript: every result, message and 404 is in the server's HTML.
 * Expectations come from content/ and the message catalogues.
 */
test.use({ javaScriptEnabled: false });

/** Each language's word for the search page, written out here to check the site's own. */
const searchSegments = { fr: 'recherche', en: 'search' } as const;
const searchPath = (locale: Locale, query?: string) => `/${locale}/${searchSegments[locale]}${query === undefined ? '' : `?q=${encodeURIComponent(query)}`}`;

/** Labels of the languages a bilingual result exists in, the reader's first. */
const bothLanguages = { fr: 'Français · Anglais', en: 'English · French' } as const;

/** The issue's examples of stemming and accents, per reader language: a query and the start of what it highlights. */
const stemmed = {
  fr: [
    { query: 'developpement', marked: /^dévelop/i },
    { query: 'industriel', marked: /^industri/i },
  ],
  en: [{ query: 'cities', marked: /^(?:city|cities)$/i }],
} as const;

const story = bilingualStory();
/** Someone whose name is spelt differently in the two languages (Chanine / Shanin). */
const respelled = [...people.values()].find((p) => p.name.fr !== p.name.en);

const message = (locale: Locale, key: string, values: Record<string, string | number> = {}) =>
  Object.entries(values).reduce((text, [name, value]) => text.replace(`{${name}}`, String(value)), t(locale, key));

async function results(page: Page, locale: Locale) {
  const list = page
    .getByRole('main')
    .getByRole('region', { name: t(locale, 'Search.results') })
    .getByRole('listitem');
  await expect(list.first()).toBeVisible();
  return list;
}

for (const locale of locales) {
  const other = otherLocale(locale);

  test.describe(`search in ${locale}, without JavaScript`, () => {
    test('empty search: what can be searched, and example searches that lead to results', async ({ page }) => {
      const response = await page.goto(searchPath(locale));
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(t(locale, 'Search.title'));
      await expect(main.getByRole('search', { name: t(locale, 'Search.formLabel') }).getByRole('searchbox', { name: t(locale, 'Search.label') })).toHaveValue(
        '',
      );
      await expect(main.getByRole('heading', { level: 2 })).toHaveText(t(locale, 'Search.emptyHeading'));
      const examples = main.getByRole('region', { name: t(locale, 'Search.examplesHeading') }).getByRole('link');
      await expect(examples.first()).toHaveAttribute('href', new RegExp(`^${escapeRegExp(searchPath(locale))}\\?q=`));
      await examples.first().click();
      await expect(page).toHaveURL(new RegExp(`${escapeRegExp(searchPath(locale))}\\?q=`));
      await results(page, locale);
      // The page's own box replaces the header's: one search landmark.
      await expect(page.getByRole('search')).toHaveCount(1);
    });

    test("the header's search box submits to the search page, which shows matches in <mark>", async ({ page }) => {
      await page.goto(homePath(locale));
      const form = page.getByRole('banner').getByRole('search', { name: t(locale, 'SiteHeader.searchForm') });
      const { query, marked } = stemmed[locale][0];
      await form.getByRole('searchbox', { name: t(locale, 'SiteHeader.searchLabel') }).fill(query);
      await form.getByRole('button', { name: t(locale, 'SiteHeader.searchSubmit') }).click();
      await expect(page).toHaveURL(searchPath(locale, query));
      await expect(page.getByRole('main').getByRole('searchbox', { name: t(locale, 'Search.label') })).toHaveValue(query);
      const items = await results(page, locale);
      await expect(items.filter({ has: page.getByRole('link', { name: typeset(story[locale].title, { whole: true }) }) })).toHaveCount(1);
      await expect(page.getByRole('main').locator('mark').first()).toHaveText(marked);
    });

    for (const { query, marked } of stemmed[locale]) {
      test(`« ${query} » finds the story in ${locale}, labelled with its languages, the matches marked`, async ({ page }) => {
        await page.goto(searchPath(locale, query));
        const items = await results(page, locale);
        await expect(page.getByRole('main').getByRole('status')).toContainText(query);
        const item = items.filter({ has: page.getByRole('link', { name: typeset(story[locale].title, { whole: true }) }) });
        await expect(item.getByRole('link').first()).toHaveAttribute('href', articlePath(story[locale]));
        await expect(item).toContainText(t(locale, 'Search.kindStory'));
        await expect(item).toContainText(bothLanguages[locale]);
        const marks = item.locator('mark');
        await expect(marks.first()).toHaveText(marked);
        for (const text of await marks.allTextContents()) expect(text).toMatch(marked);
      });
    }

    test(`a name in the other language's spelling finds the person in ${locale}`, async ({ page }) => {
      if (!respelled) throw new Error('content/people has nobody whose name differs between languages');
      const spelling = foreignSpellings(respelled, locale).at(-1)!;
      await page.goto(searchPath(locale, spelling));
      const first = (await results(page, locale)).first();
      const link = first.getByRole('link', { name: respelled.name[locale], exact: true });
      await expect(link).toHaveAttribute('href', entityPath('speakers', locale, respelled));
      await expect(first).toContainText(t(locale, 'Search.kindPerson'));
      await expect(first).toContainText(bothLanguages[locale]);
      await expect(first.locator('mark').first()).toHaveText(spelling);
      await link.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(respelled.name[locale]);
    });

    test('a query that matches nothing: "no results" with tips', async ({ page }) => {
      const response = await page.goto(searchPath(locale, 'zqxjkvbw'));
      expect(response?.status()).toBe(200);
      const main = page.getByRole('main');
      await expect(main.getByRole('status')).toContainText(message(locale, 'Search.noResults', { query: 'zqxjkvbw' }));
      await expect(main.getByRole('region', { name: t(locale, 'Search.tipsHeading') }).getByRole('listitem')).toHaveCount(3);
      await expect(main.locator('mark')).toHaveCount(0);
    });

    test('a 10 KB query is answered 200 with no results and a clear message', async ({ page }) => {
      const response = await page.goto(searchPath(locale, 'industrie '.repeat(1024)));
      expect(response?.status()).toBe(200);
      const main = page.getByRole('main');
      await expect(main.getByRole('status')).toContainText(message(locale, 'Search.tooLong', { maxLength: 200, maxWords: 12 }));
      await expect(main.getByRole('region', { name: t(locale, 'Search.results') })).toHaveCount(0);
    });

    test('control characters and invalid escapes are answered 200 with no results', async ({ request, page }) => {
      for (const q of ['%00%01%07%1B%7F', '%ff%fe', '%E2%80%8B']) {
        const response = await request.get(`${searchPath(locale)}?q=${q}`);
        expect(response.status(), q).toBe(200);
      }
      await page.goto(`${searchPath(locale)}?q=%00%01%07%1B%7F`);
      await expect(page.getByRole('main').getByRole('status')).toContainText(t(locale, 'Search.noTerms'));
    });

    test('result pages are not indexed; the canonical URL has no query', async ({ page }) => {
      await page.goto(searchPath(locale, 'industrie'));
      await expect(page).toHaveTitle(/industrie/);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical ?? '').pathname + new URL(canonical ?? '').search).toBe(searchPath(locale));
      await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute('href', new RegExp(`${escapeRegExp(searchPath(other))}$`));
    });

    test("the language switcher runs the same search on the other language's search page", async ({ page }) => {
      await page.goto(searchPath(locale, 'Moscou'));
      await page
        .getByRole('navigation', { name: t(locale, 'LanguageSwitcher.label') })
        .getByRole('link', { name: t(other, 'LanguageSwitcher.readIn') })
        .click();
      await expect(page).toHaveURL(searchPath(other, 'Moscou'));
      await expect(page.getByRole('searchbox')).toHaveValue('Moscou');
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(t(other, 'Search.title'));
    });
  });

  test.describe(`search accessibility in ${locale}`, () => {
    // axe runs in the page: this one check needs JavaScript.
    test.use({ javaScriptEnabled: true });

    test('no axe violations, with results and empty', async ({ page }) => {
      for (const path of [searchPath(locale, stemmed[locale][0].query), searchPath(locale)]) {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          path,
        ).toEqual([]);
      }
    });
  });

  test.describe(`search 404s in ${locale}`, () => {
    for (const path of [
      `/${locale}/${searchSegments[other]}`,
      `/${locale}/${searchSegments[other]}?q=industrie`,
      `/${locale}/${searchSegments[locale]}/x`,
      `/${locale}/${searchSegments[other]}/x`,
    ]) {
      test(`${path} is a localized 404`, async ({ request }) => {
        const response = await request.get(path);
        expect(response.status()).toBe(404);
        const html = await response.text();
        expect(html).toMatch(new RegExp(`<html[^>]*\\slang="${locale}"`));
        expect(html).toContain(t(locale, 'NotFoundPage.title'));
      });
    }
  });
}
