import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { articlePath, bilingualStory, homePath } from './content';

/*
 * The theme's colours (tailwind.config.ts) in each of the reader's situations: light and dark
 * colour scheme on screen, and printed from either. Text must stay readable in all four, and
 * a page printed in dark mode comes out as dark ink on light paper.
 */

const story = bilingualStory();
const pages = { home: homePath('fr'), article: articlePath(story.fr) };

const situations = [
  { name: 'light screen', colorScheme: 'light', media: 'screen' },
  { name: 'dark screen', colorScheme: 'dark', media: 'screen' },
  { name: 'printed in light mode', colorScheme: 'light', media: 'print' },
  { name: 'printed in dark mode', colorScheme: 'dark', media: 'print' },
] as const;

/** Relative luminance (WCAG) of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const channels = rgb
    .match(/\d+(\.\d+)?/g)
    ?.slice(0, 3)
    .map(Number);
  if (channels?.length !== 3) throw new Error(`not an rgb() colour: ${rgb}`);
  const [r, g, b] = channels.map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The page's paper and the ink of its body text (the article's paragraphs, else the body). */
async function paperAndInk(page: Page) {
  return page.evaluate(() => {
    const text = document.querySelector('.article-body p') ?? document.body;
    return { paper: getComputedStyle(document.body).backgroundColor, ink: getComputedStyle(text).color };
  });
}

for (const [kind, path] of Object.entries(pages)) {
  for (const { name, colorScheme, media } of situations) {
    test(`${kind} ${name}: text contrasts with its background`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, media });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
      const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      const failures = results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
      expect(failures).toEqual([]);

      const { paper, ink } = await paperAndInk(page);
      // Dark mode on screen is light text on a dark page; everything else, paper included, dark on light.
      if (colorScheme === 'dark' && media === 'screen') expect(luminance(paper)).toBeLessThan(luminance(ink));
      else expect(luminance(paper)).toBeGreaterThan(luminance(ink));
    });
  }
}
