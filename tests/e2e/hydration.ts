import type { Page } from '@playwright/test';

/**
 * Waits until React has hydrated the page: its elements carry React's fiber keys. The pages load
 * their scripts after the first paint (docs/decisions/0014), so what only the browser's code
 * does (the switcher keeping the passage) starts then.
 */
export async function hydrated(page: Page) {
  await page.waitForFunction(
    () => {
      const main = document.querySelector('main');
      return Boolean(main && Object.keys(main).some((key) => key.startsWith('__reactFiber')));
    },
    undefined,
    { timeout: 10_000 },
  );
}
