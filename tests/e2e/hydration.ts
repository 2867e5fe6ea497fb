import type { Page } from '@playwright/test';

/**
 * Waits until React has hydrated the page and Next's router has committed its first render: the
 * elements carry React's fiber keys (set while hydrating), and the router has written its own
 * history entry (`history.state.__NA`, written when that render commits). The pages load their
 * scripts after the first paint (docs/decisions/0014), so what only the browser's code does (the
 * switcher keeping the passage) starts then.
 *
 * Both, because either alone can come first: React attaches fiber keys before the commit, and
 * until the commit the router may still replace the URL with the one it read when it started —
 * an in-page link followed in between (`#main`, `#p-3`) keeps its scroll and focus but its
 * fragment leaves the address bar. That is Next's behaviour, not the site's; a test that reads
 * the URL after following such a link waits for this first.
 */
export async function hydrated(page: Page) {
  await page.waitForFunction(
    () => {
      const main = document.querySelector('main');
      const fibers = Boolean(main && Object.keys(main).some((key) => key.startsWith('__reactFiber')));
      const routerCommitted = (window.history.state as { __NA?: boolean } | null)?.__NA === true;
      return fibers && routerCommitted;
    },
    undefined,
    { timeout: 10_000 },
  );
}
