import { expect, test, type APIResponse } from '@playwright/test';
import { articlePath, bilingualStory, homePath, t } from './content';

const story = bilingualStory();

/** The path (and query) a redirect points to, checking that it stays on this site. */
function redirectTarget(response: APIResponse, baseURL: string | undefined): string {
  const location = response.headers()['location'];
  expect(location, 'redirect has a Location header').toBeTruthy();
  const url = new URL(location ?? '', baseURL);
  expect(url.origin, 'redirect stays on the site').toBe(new URL(baseURL ?? 'http://localhost').origin);
  return `${url.pathname}${url.search}`;
}

test.describe('language of /', () => {
  const cases: { name: string; headers: Record<string, string>; expected: string }[] = [
    { name: 'Accept-Language en → /en', headers: { 'Accept-Language': 'en' }, expected: homePath('en') },
    { name: 'Accept-Language en-GB,en;q=0.9 → /en', headers: { 'Accept-Language': 'en-GB,en;q=0.9' }, expected: homePath('en') },
    { name: 'Accept-Language fr → /fr', headers: { 'Accept-Language': 'fr' }, expected: homePath('fr') },
    { name: 'Accept-Language fr-CA,en;q=0.5 → /fr', headers: { 'Accept-Language': 'fr-CA,en;q=0.5' }, expected: homePath('fr') },
    { name: 'Accept-Language de only → /fr (default)', headers: { 'Accept-Language': 'de' }, expected: homePath('fr') },
    { name: 'no Accept-Language → /fr (default)', headers: {}, expected: homePath('fr') },
    {
      name: 'cookie NEXT_LOCALE=en beats Accept-Language fr → /en',
      headers: { 'Accept-Language': 'fr', Cookie: 'NEXT_LOCALE=en' },
      expected: homePath('en'),
    },
    {
      name: 'cookie NEXT_LOCALE=fr beats Accept-Language en → /fr',
      headers: { 'Accept-Language': 'en', Cookie: 'NEXT_LOCALE=fr' },
      expected: homePath('fr'),
    },
    {
      name: 'an unknown cookie value is ignored → Accept-Language en → /en',
      headers: { 'Accept-Language': 'en', Cookie: 'NEXT_LOCALE=xx' },
      expected: homePath('en'),
    },
  ];

  for (const { name, headers, expected } of cases) {
    test(name, async ({ request, baseURL }) => {
      const response = await request.get('/', { headers, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(redirectTarget(response, baseURL)).toBe(expected);
      // The answer depends on the reader: it must not be cached for everyone.
      expect(response.headers()['cache-control'] ?? '').toMatch(/private|no-store/);
    });
  }
});

test.describe('language switcher', () => {
  test('the switch endpoint remembers the choice and redirects to the page', async ({ request, baseURL }) => {
    const target = articlePath(story.en);
    const response = await request.get(`/switch-language?to=${encodeURIComponent(target)}`, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(redirectTarget(response, baseURL)).toBe(target);
    const setCookie = response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === 'set-cookie')
      .map((h) => h.value);
    expect(
      setCookie.some((value) => /^NEXT_LOCALE=en(;|$)/.test(value)),
      `Set-Cookie: ${setCookie.join(' | ')}`,
    ).toBe(true);
  });

  test('the switch endpoint refuses targets outside the site or outside one language', async ({ request }) => {
    for (const to of [
      'https://example.com/',
      '//example.com/en',
      '/de/x',
      '/en//example.com',
      '/en/../../x',
      '/en/../fr',
      '/en/%2e%2e/x',
      '/en/.%2E/fr',
      '/fr/./x',
    ]) {
      const response = await request.get(`/switch-language?to=${encodeURIComponent(to)}`, { maxRedirects: 0 });
      expect(response.status(), `to=${to}`).toBe(404);
      expect(response.headers()['location'], `to=${to}`).toBeUndefined();
    }
  });

  test('a search switches language with its query, whatever the reader typed', async ({ page }) => {
    for (const query of ["l'industrie", 'robotique (IA)!', 'énergie*', 'café & “villes”']) {
      await page.goto(`/fr/recherche?q=${encodeURIComponent(query)}`);
      await page
        .getByRole('navigation', { name: t('fr', 'LanguageSwitcher.label') })
        .getByRole('link', { name: t('en', 'LanguageSwitcher.readIn') })
        .click();
      await expect(page, query).toHaveURL(/\/en\/search\?q=/);
      await expect(page.getByRole('main').getByRole('searchbox', { name: t('en', 'Search.label') })).toHaveValue(query);
    }
  });

  test.describe('in a French-speaking browser', () => {
    test.use({ locale: 'fr-FR' });

    test('goes from the French article to the English one (translated slug) and back', async ({ page }) => {
      await page.goto(articlePath(story.fr));
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

      const toEnglish = page
        .getByRole('navigation', { name: t('fr', 'LanguageSwitcher.label') })
        .getByRole('link', { name: t('en', 'LanguageSwitcher.readIn') });
      await toEnglish.click();
      await expect(page).toHaveURL(articlePath(story.en));
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.en.title);

      const toFrench = page
        .getByRole('navigation', { name: t('en', 'LanguageSwitcher.label') })
        .getByRole('link', { name: t('fr', 'LanguageSwitcher.readIn') });
      await toFrench.click();
      await expect(page).toHaveURL(articlePath(story.fr));
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    });

    test('after switching to English, / opens the English home page; after switching back, the French one', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(homePath('fr'));

      await page
        .getByRole('navigation', { name: t('fr', 'LanguageSwitcher.label') })
        .getByRole('link', { name: t('en', 'LanguageSwitcher.readIn') })
        .click();
      await expect(page).toHaveURL(homePath('en'));
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');

      await page.goto('/');
      await expect(page).toHaveURL(homePath('en'));

      await page
        .getByRole('navigation', { name: t('en', 'LanguageSwitcher.label') })
        .getByRole('link', { name: t('fr', 'LanguageSwitcher.readIn') })
        .click();
      await expect(page).toHaveURL(homePath('fr'));

      await page.goto('/');
      await expect(page).toHaveURL(homePath('fr'));
    });
  });
});

test.describe('static pages set no cookie', () => {
  const paths = [homePath('fr'), homePath('en'), articlePath(story.fr), articlePath(story.en)];
  for (const path of paths) {
    test(`${path} sends no Set-Cookie`, async ({ request }) => {
      // Even for a reader who already has a language cookie and another preference.
      const variants: Record<string, string>[] = [{}, { 'Accept-Language': 'de', Cookie: 'NEXT_LOCALE=en' }];
      for (const headers of variants) {
        const response = await request.get(path, { headers, maxRedirects: 0 });
        expect(response.status()).toBe(200);
        const setCookie = response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie');
        expect(setCookie, `Set-Cookie on ${path}`).toEqual([]);
      }
    });
  }
});
