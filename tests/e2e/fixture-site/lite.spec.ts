import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { GZIP_LEVEL, LITE_BUDGET_GZIP_BYTES } from '../../../bench/page-assets';

/*
 * Lite pages of the fixture site (tests/fixtures/site): a 2,000-word story that exists only in
 * English, still within one round trip, and what a story without a translation says.
 */

const LONG = '/en/articles/long-report-example-forum/lite';

test(`a 2,000-word story's lite page fits TCP's first window: ≤ ${LITE_BUDGET_GZIP_BYTES} bytes gzip, with the whole body`, async ({ request, page }) => {
  const response = await request.get(LONG, { headers: { 'Accept-Encoding': 'identity' } });
  expect(response.status()).toBe(200);
  const body = await response.body();
  const gzip = gzipSync(body, { level: GZIP_LEVEL }).length;
  test.info().annotations.push({ type: 'lite-weight', description: `${LONG}: ${body.length} B raw, ${gzip} B gzip -${GZIP_LEVEL}` });
  expect(gzip).toBeLessThanOrEqual(LITE_BUDGET_GZIP_BYTES);
  await page.goto(LONG);
  const words = (await page.locator('main .body').innerText()).split(/\s+/).filter((w) => /\p{L}/u.test(w));
  expect(words.length).toBeGreaterThanOrEqual(2000);
  await expect(page.locator('main [id^="quote-"]')).toHaveCount(4);
  await expect(page.locator('script')).toHaveCount(0);
});

test('a story in one language: the switcher says so and offers the other home page; hreflang names only itself', async ({ page }) => {
  await page.goto(LONG);
  const switcher = page.getByRole('navigation', { name: 'Language' });
  // Written in the language it offers, as the site's switcher does.
  await expect(switcher).toContainText('Cet article n’existe pas en français.');
  const home = switcher.getByRole('link', { name: 'Accueil en français' });
  await expect(home).toHaveAttribute('href', '/switch-language?to=%2Ffr');
  const hreflang = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((els) => els.map((e) => e.getAttribute('hreflang')));
  expect(hreflang).toEqual(['en', 'x-default']);
  expect(await (await page.request.get('/fr/articles/long-report-example-forum/leger')).status()).toBe(404);
});
