import { expect, test } from '@playwright/test';
import { articlePath, bilingualStory, homePath } from './content';

/*
 * The framework's scripts are requested only once the page has painted its content
 * (lib/delivery/scripts-after-paint.ts): the first paint never waits for them, and the page
 * still hydrates afterwards.
 */

const story = bilingualStory();

for (const [what, path] of [
  ['article', articlePath(story.en)],
  ['home', homePath('fr')],
] as const) {
  test(`${what}: every script starts loading after the first contentful paint, and the page hydrates`, async ({ page }) => {
    await page.goto(path);
    await page.waitForFunction(() => {
      const main = document.querySelector('main');
      return Boolean(main && Object.keys(main).some((key) => key.startsWith('__reactFiber')));
    });
    const { fcp, scripts } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => /\/_next\/static\/.+\.js(\?|$)/.test(e.name))
        .map((e) => ({ name: e.name, startTime: e.startTime })),
    }));
    expect(Number.isFinite(fcp), 'a first contentful paint was reported').toBe(true);
    expect(scripts.length, 'framework scripts loaded').toBeGreaterThan(0);
    for (const script of scripts) expect(script.startTime, `${script.name} requested after the first contentful paint (${fcp} ms)`).toBeGreaterThanOrEqual(fcp);
  });
}
