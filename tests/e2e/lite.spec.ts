import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { executableInlineScripts, scriptHash } from '@/lib/security/inline-scripts';
import { HTML_CACHE_CONTROL, SECURITY_HEADERS } from '@/lib/security/policy';
import { GZIP_LEVEL, LITE_BUDGET_GZIP_BYTES } from '../../bench/page-assets';
import { observatoryScan } from '../support/observatory';
import { articlePath, bilingualStory, entityPath, locales, organization, otherLocale, person, publisher, t, typeset, type Locale } from './content';
import { parseSitemap, SITE_URL } from './seo/site';

/*
 * The lite version of each story (components/lite/lite-article.ts): reached from the article
 * and side-by-side pages, the whole story with its quotations, people and source, no script,
 * no external resource, one round trip, its own policy, canonical to the full page.
 */

const story = bilingualStory();
const liteWord: Record<Locale, string> = { fr: 'leger', en: 'lite' };
const litePath = (locale: Locale) => `${articlePath(story[locale])}/${liteWord[locale]}`;

for (const locale of locales) {
  const other = otherLocale(locale);
  const article = story[locale];

  test.describe(`${locale}: ${litePath(locale)}`, () => {
    test('is linked visibly from the article page and the side-by-side page', async ({ page }) => {
      await page.goto(articlePath(article));
      await page
        .getByRole('main')
        .getByRole('link', { name: t(locale, 'LitePage.link'), exact: true })
        .click();
      await expect(page).toHaveURL(litePath(locale));
      await page.goto(`${articlePath(article)}/${locale === 'fr' ? 'bilingue' : 'bilingual'}`);
      await expect(page.getByRole('main').getByRole('link', { name: t(locale, 'LitePage.link'), exact: true })).toHaveAttribute('href', litePath(locale));
    });

    test('has the whole story: headline, standfirst, dateline, date, body with passages and quotations, people, source', async ({ page, request }) => {
      const full = await (await request.get(articlePath(article))).text();
      const passages = [...full.matchAll(/ id="(p-\d+)"/g)].map((m) => m[1]);
      const quotes = [...full.matchAll(/ id="(quote-\d+)"/g)].map((m) => m[1]);
      // The standfirst as the full page shows it (typeset: its description).
      await page.goto(articlePath(article));
      const standfirst = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
      await page.goto(litePath(locale));
      const main = page.getByRole('main');
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(article.title);
      await expect(main.locator('.standfirst')).toHaveText(standfirst);
      await expect(main).toContainText(article.location);
      await expect(main.locator(`time[datetime="${article.date}"]`)).toBeVisible();
      // The same passages and quotations, with the same anchors as the full page (#p-4 names the same passage).
      expect(passages.length).toBeGreaterThan(3);
      expect(await main.locator('[id^="p-"]').evaluateAll((els) => els.map((e) => e.id))).toEqual(passages);
      expect(await main.locator('[id^="quote-"]').evaluateAll((els) => els.map((e) => e.id))).toEqual(quotes);
      // People and organisations link to their pages at their slugs in the page's language.
      const speakers = main.getByRole('complementary', { name: t(locale, 'SpeakersSidebar.heading') });
      for (const { id, role } of article.speakers) {
        await expect(speakers).toContainText(`${person(id).name[locale]}, ${role}`);
        await expect(speakers.getByRole('link', { name: person(id).name[locale], exact: true })).toHaveAttribute(
          'href',
          entityPath('speakers', locale, person(id)),
        );
      }
      const orgs = main.getByRole('complementary', { name: t(locale, 'OrganizationsSidebar.heading') });
      for (const id of article.organizations)
        await expect(orgs.getByRole('link', { name: organization(id).name[locale], exact: true })).toHaveAttribute(
          'href',
          entityPath('organizations', locale, organization(id)),
        );
      // The source credit as the full page gives it: the publisher and what it is (content/publishers.yaml).
      const source = main.getByRole('region', { name: t(locale, 'ArticlePage.sourceHeading') });
      const { name, description } = publisher(article.source.publisher);
      await expect(source).toContainText(typeset(`${name[locale]} (${description[locale]})`));
      await expect(source.locator(`a[href="${article.source.url}"]`)).toBeVisible();
    });

    test('links to the full page, and to the other language’s lite version through the switcher, without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(litePath(locale));
      await expect(page.getByRole('link', { name: t(locale, 'LitePage.fullVersion') }).first()).toHaveAttribute('href', articlePath(article));
      const switcher = page.getByRole('navigation', { name: t(locale, 'LanguageSwitcher.label') });
      const link = switcher.getByRole('link', { name: t(other, 'LitePage.readIn') });
      await expect(link).toHaveAttribute('href', `/switch-language?to=${encodeURIComponent(litePath(other))}`);
      await link.click();
      await expect(page).toHaveURL(litePath(other));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      expect((await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe(other);
      await context.close();
    });

    test('runs no script and loads nothing else: no external stylesheet, font or image; one inline stylesheet allowed by hash', async ({ page }) => {
      const requests: string[] = [];
      const violations: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      page.on('console', (m) => {
        if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
      });
      const response = await page.goto(litePath(locale));
      const html = (await response?.text()) ?? '';
      expect(executableInlineScripts(html)).toEqual([]);
      expect(html).not.toMatch(/<script\b/i);
      await expect(page.locator('link[rel="stylesheet"], img, iframe, object, embed')).toHaveCount(0);
      const styles = await page.locator('style').allTextContents();
      expect(styles).toHaveLength(1);
      const policy = response?.headers()['content-security-policy'] ?? '';
      expect(policy).toMatch(/(?:^|; )script-src 'none'(?:;|$)/);
      expect(policy).toMatch(/(?:^|; )default-src 'none'(?:;|$)/);
      expect(/(?:^|; )style-src ([^;]*)/.exec(policy)?.[1]).toBe(scriptHash(styles[0] ?? ''));
      expect(policy).not.toContain('unsafe-inline');
      // The stylesheet applies (the policy let it): the body is one column of the house width.
      expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).not.toBe('none');
      await page.waitForLoadState('load');
      expect(
        requests.filter((p) => p !== litePath(locale) && p !== '/icon.svg' && p !== '/favicon.ico'),
        'other requests',
      ).toEqual([]);
      expect(violations).toEqual([]);
    });

    test(`fits TCP's first window: HTML and CSS together ≤ ${LITE_BUDGET_GZIP_BYTES} bytes gzip`, async ({ request }) => {
      const response = await request.get(litePath(locale), { headers: { 'Accept-Encoding': 'identity' } });
      const body = await response.body();
      const gzip = gzipSync(body, { level: GZIP_LEVEL }).length;
      test.info().annotations.push({ type: 'lite-weight', description: `${litePath(locale)}: ${body.length} B raw, ${gzip} B gzip -${GZIP_LEVEL}` });
      expect(gzip).toBeLessThanOrEqual(LITE_BUDGET_GZIP_BYTES);
    });

    test('answers as static HTML: its headers, the pages’ cache, no cookie, Observatory A+', async ({ request }) => {
      for (const headers of [{}, { Cookie: `NEXT_LOCALE=${other}` }] as Record<string, string>[]) {
        const response = await request.get(litePath(locale), { headers });
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
        expect(response.headers()['cache-control']).toBe(HTML_CACHE_CONTROL);
        expect(response.headers()['set-cookie']).toBeUndefined();
        const all = response.headersArray();
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          expect(
            all.filter((h) => h.name.toLowerCase() === name.toLowerCase()).map((h) => h.value),
            name,
          ).toEqual([value]);
        expect(all.filter((h) => h.name.toLowerCase() === 'content-security-policy')).toHaveLength(1);
        const scanned: Record<string, string[]> = {};
        for (const { name, value } of all) (scanned[name.toLowerCase()] ??= []).push(value);
        expect(observatoryScan({ headers: scanned }).grade).toBe('A+');
      }
    });

    test('is canonical to the full page, hreflang to the lite versions, and in no sitemap', async ({ page, request }) => {
      await page.goto(litePath(locale));
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE_URL}${articlePath(article)}`);
      const hreflang = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((els) => els.map((e) => [e.getAttribute('hreflang'), e.getAttribute('href')]));
      expect(Object.fromEntries(hreflang)).toEqual({
        fr: `${SITE_URL}${litePath('fr')}`,
        en: `${SITE_URL}${litePath('en')}`,
        'x-default': `${SITE_URL}${litePath('fr')}`,
      });
      const sitemap = parseSitemap(await (await request.get('/sitemap.xml')).text());
      expect(sitemap.filter((e) => e.loc.includes(`/${liteWord[locale]}`))).toEqual([]);
    });

    test('is readable on a 320 px screen and printed without its navigation', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(litePath(locale));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(16);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation')).toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    });

    test('has no axe violations', async ({ page }) => {
      await page.goto(litePath(locale));
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('the other language’s word, an unknown slug and the other language’s slug are 404s', async ({ request }) => {
      for (const path of [
        `${articlePath(article)}/${liteWord[other]}`,
        `/${locale}/articles/nope/${liteWord[locale]}`,
        `/${locale}/articles/${story[other].slug}/${liteWord[locale]}`,
        `${litePath(locale)}/x`,
      ]) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(404);
        expect(await response.text(), path).toContain(t(locale, 'NotFoundPage.title'));
      }
    });
  });
}
