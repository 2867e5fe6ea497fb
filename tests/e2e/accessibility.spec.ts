import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './hydration';
import { articlePath, bilingualStory, entityIndexPath, entityPath, events, homePath, locales, organization, person, t, topic, type Locale } from './content';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One line per failing node: rule id, impact, what is wrong, where. */
function summarize(violations: AxeResults['violations']): string {
  if (violations.length === 0) return 'no violations';
  return [
    `${violations.length} axe violation(s):`,
    ...violations.flatMap((v) => [
      `- ${v.id} [${v.impact ?? 'n/a'}] ${v.help} (${v.helpUrl})`,
      ...v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
    ]),
  ].join('\n');
}

const story = bilingualStory();
const first = {
  speakers: person(story.fr.speakers[0]!.id),
  organizations: organization(story.fr.organizations[0]!),
  topics: topic(story.fr.tags[0]!),
  events: [...events.values()][0]!,
};

const pages = locales.flatMap((locale) => [
  { name: `home (${locale})`, path: homePath(locale), locale, kind: 'home' as const },
  { name: `article (${locale})`, path: articlePath(story[locale]), locale, kind: 'article' as const },
  { name: `404 (${locale})`, path: `/${locale}/articles/nope`, locale, kind: 'not-found' as const },
  { name: `side by side (${locale})`, path: `${articlePath(story[locale])}/${locale === 'fr' ? 'bilingue' : 'bilingual'}`, locale, kind: 'bilingual' as const },
  ...(['speakers', 'organizations', 'topics', 'events'] as const).flatMap((entity) => [
    { name: `${entity} index (${locale})`, path: entityIndexPath(entity, locale), locale, kind: 'entity' as const },
    { name: `${entity} page (${locale})`, path: entityPath(entity, locale, first[entity]), locale, kind: 'entity' as const },
  ]),
]);

async function open(page: Page, path: string, locale: Locale) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

for (const { name, path, locale, kind } of pages) {
  test.describe(`${name} ${path}`, () => {
    test('has no axe violations', async ({ page }) => {
      await open(page, path, locale);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations, summarize(results.violations)).toEqual([]);
    });

    test('skip link is the first focusable element and moves focus to main', async ({ page }) => {
      await open(page, path, locale);
      // The reader who waited for the page (see hydrated() for the URL while it hydrates).
      await hydrated(page);
      const skip = page.getByRole('link', { name: t(locale, 'Layout.skipToContent') });
      await page.keyboard.press('Tab');
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main$/);
      const main = page.getByRole('main');
      await expect(main).toBeFocused();
      // Keyboard navigation continues inside main.
      await page.keyboard.press('Tab');
      await expect(main.locator(':focus')).toHaveCount(1);
    });

    test('has the page landmarks', async ({ page }) => {
      await open(page, path, locale);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: t(locale, 'LanguageSwitcher.label') })).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: t(locale, 'SiteHeader.navLabel') })).toHaveCount(1);
      if (kind === 'article') {
        await expect(page.getByRole('complementary')).toHaveCount(2);
        await expect(page.getByRole('complementary', { name: t(locale, 'SpeakersSidebar.heading') })).toHaveCount(1);
        await expect(page.getByRole('complementary', { name: t(locale, 'OrganizationsSidebar.heading') })).toHaveCount(1);
      }
    });
  });
}
