/*
 * Lists of stories come in pages: a language's home and each entity's page show the newest
 * stories, and older ones are on numbered pages behind them (`/fr/page/2`,
 * `/en/speakers/<slug>/page/2`). So no page grows with the archive: at 10,000 stories a home
 * page is still a page, and a build renders it at the same cost. Numbered pages are rendered on
 * their first request (lib/site/prerender.ts); numbers past the last page never reach a route
 * (lib/server/unknown-pages.ts).
 */

/** The default number of stories on a page of a list. */
const DEFAULT_PAGE_SIZE = 30;

/**
 * Stories per page: `LIST_PAGE_SIZE` read when the site is built (next.config passes it into the
 * server's bundle, so the build and every instance agree), the default otherwise. The fixture
 * site is built with a small one, so its few stories fill more than one page.
 */
export function listPageSize(value: string | undefined = process.env.LIST_PAGE_SIZE): number {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 1 ? n : DEFAULT_PAGE_SIZE;
}

/** How many pages a list of `total` items fills: one at least (an empty list is a page that says so). */
export const pageCount = (total: number, size = listPageSize()) => Math.max(1, Math.ceil(total / size));

/** One page of a list: its items, its number (from 1), and how many pages the list fills. */
export interface ListPage<T> {
  items: T[];
  page: number;
  pages: number;
}

/** The first page of a list, which every list has. */
export const firstPage = <T>(items: readonly T[], size = listPageSize()): ListPage<T> => ({
  items: items.slice(0, size),
  page: 1,
  pages: pageCount(items.length, size),
});

/** Page `page` (from 1) of a list, or undefined past its last page. */
export function listPage<T>(items: readonly T[], page: number, size = listPageSize()): ListPage<T> | undefined {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  return { items: items.slice((page - 1) * size, page * size), page, pages };
}
