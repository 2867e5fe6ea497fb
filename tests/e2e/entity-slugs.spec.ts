import { expect, test } from '@playwright/test';
import {
  entityIdPath,
  entityIndexPath,
  entityPath,
  events,
  locales,
  organizations,
  otherLocale,
  people,
  t,
  topics,
  type EntityKind,
  type Sluggable,
} from './content';

/*
 * Entity pages at their slug in each language (`/fr/intervenants/dmitry-chanine`,
 * `/en/speakers/dmitry-shanin`), and their old addresses (the id) answering a permanent redirect
 * to the page, so links made before slugs keep working. Slugs come from the entity files (or the
 * name, slugified), read by the tests' own reading of content/.
 */

const kinds: [EntityKind, Iterable<Sluggable & { name: Record<string, string> }>][] = [
  ['speakers', people.values()],
  ['organizations', organizations.values()],
  ['topics', topics.values()],
  ['events', events.values()],
];

test('Dmitry Shanin is at dmitry-chanine in French and dmitry-shanin in English, and the switcher goes between them', async ({ page }) => {
  const shanin = people.get('dmitry-shanin')!;
  await page.goto('/fr/intervenants/dmitry-chanine');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(shanin.name.fr);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/speakers\/dmitry-shanin$/);
  await page
    .getByRole('navigation', { name: t('fr', 'LanguageSwitcher.label') })
    .getByRole('link', { name: t('en', 'LanguageSwitcher.readIn') })
    .click();
  await expect(page).toHaveURL('/en/speakers/dmitry-shanin');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(shanin.name.en);
  await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', /\/fr\/intervenants\/dmitry-chanine$/);
  await page
    .getByRole('navigation', { name: t('en', 'LanguageSwitcher.label') })
    .getByRole('link', { name: t('fr', 'LanguageSwitcher.readIn') })
    .click();
  await expect(page).toHaveURL('/fr/intervenants/dmitry-chanine');
});

test("Dmitry Shanin's feeds are below his page at its slug in each language; the other language's slug has none", async ({ request }) => {
  const shanin = people.get('dmitry-shanin')!;
  for (const locale of locales) {
    const page = entityPath('speakers', locale, shanin);
    const rss = await request.get(`${page}/feed.xml`);
    expect(rss.status(), `${page}/feed.xml`).toBe(200);
    expect(await rss.text(), `${page}/feed.xml`).toMatch(new RegExp(`<link>https?://[^<]*${page}</link>`));
    const json = await request.get(`${page}/feed.json`);
    expect(json.status(), `${page}/feed.json`).toBe(200);
    expect(((await json.json()) as { feed_url: string }).feed_url).toMatch(new RegExp(`${page}/feed\\.json$`));
    // The other language's slug has no feed here (in French it is also his id, whose page only redirects).
    const foreign = `${entityIndexPath('speakers', locale)}/${shanin.slug[otherLocale(locale)]}/feed.xml`;
    expect((await request.get(foreign, { maxRedirects: 0 })).status(), foreign).toBe(404);
  }
});

for (const [kind, entities] of kinds) {
  for (const entity of entities) {
    test(`${kind} ${entity.id}: a page at its slug in each language, its old address redirected there`, async ({ request }) => {
      for (const locale of locales) {
        const path = entityPath(kind, locale, entity);
        const response = await request.get(path, { maxRedirects: 0 });
        expect(response.status(), path).toBe(200);
        const html = await response.text();
        // Its alternates are the two slug pages; the switcher targets the other one.
        const other = otherLocale(locale);
        expect(html, `${path} hreflang ${other}`).toMatch(
          new RegExp(`<link rel="alternate" hreflang="${other}" href="[^"]*${entityPath(kind, other, entity)}"`, 'i'),
        );
        expect(html, `${path} switcher`).toContain(`/switch-language?to=${encodeURIComponent(entityPath(kind, other, entity))}`);

        const old = entityIdPath(kind, locale, entity);
        if (old === path) continue;
        const redirected = await request.get(old, { maxRedirects: 0 });
        expect(redirected.status(), old).toBe(308);
        expect(new URL(redirected.headers()['location'] ?? '', 'http://site.invalid').pathname, old).toBe(path);
      }
    });
  }
}
