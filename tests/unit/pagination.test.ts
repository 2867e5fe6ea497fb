import { describe, expect, it } from 'vitest';
import { listPagePath, parseHomeListPath, parsePageNumber } from '@/lib/i18n/paths';
import { firstPage, listPage, listPageSize, pageCount } from '@/lib/site/pagination';

/* Lists of stories in pages (lib/site/pagination.ts) and the addresses of those pages (lib/i18n/paths.ts). */

const stories = Array.from({ length: 7 }, (_, i) => `story-${i + 1}`);

describe('pages of a list', () => {
  it('the newest first, a page at a time, the last page holding what is left', () => {
    expect(firstPage(stories, 3)).toEqual({ items: ['story-1', 'story-2', 'story-3'], page: 1, pages: 3 });
    expect(listPage(stories, 2, 3)).toEqual({ items: ['story-4', 'story-5', 'story-6'], page: 2, pages: 3 });
    expect(listPage(stories, 3, 3)).toEqual({ items: ['story-7'], page: 3, pages: 3 });
  });

  it('no page past the last, nor before the first', () => {
    for (const page of [0, -1, 4, 2.5, Number.NaN]) expect(listPage(stories, page, 3), String(page)).toBeUndefined();
  });

  it('an empty list is one page, which says there is nothing', () => {
    expect(pageCount(0, 30)).toBe(1);
    expect(firstPage([], 30)).toEqual({ items: [], page: 1, pages: 1 });
    expect(listPage([], 2, 30)).toBeUndefined();
  });

  it('a list that exactly fills its pages has no empty page after them', () => {
    expect(pageCount(6, 3)).toBe(2);
    expect(listPage(stories.slice(0, 6), 3, 3)).toBeUndefined();
  });

  it('the page size is LIST_PAGE_SIZE when it is a whole number from 1, else 30', () => {
    expect(listPageSize(undefined)).toBe(30);
    expect(listPageSize('')).toBe(30);
    expect(listPageSize('12')).toBe(12);
    for (const bad of ['0', '-3', '2.5', 'ten']) expect(listPageSize(bad), bad).toBe(30);
  });
});

describe('addresses of the pages', () => {
  it('page 1 is the list itself; the others are below it', () => {
    expect(listPagePath('/fr', 1)).toBe('/fr');
    expect(listPagePath('/fr', 2)).toBe('/fr/page/2');
    expect(listPagePath('/en/speakers/dmitry-shanin', 12)).toBe('/en/speakers/dmitry-shanin/page/12');
  });

  it('a page number has one spelling: from 2, no sign, no leading zero, no decimals', () => {
    expect(parsePageNumber('2')).toBe(2);
    expect(parsePageNumber('120')).toBe(120);
    for (const bad of ['1', '0', '02', '+2', '-2', '2.0', '2e1', ' 2', '', undefined, '1234567890']) expect(parsePageNumber(bad), String(bad)).toBeUndefined();
  });

  it('every page path parses back to its number', () => {
    for (const page of [2, 3, 57]) expect(parseHomeListPath(listPagePath('/en', page))).toEqual({ locale: 'en', page });
  });

  it('a home list path: the language and the number, none when the rest is no page number', () => {
    expect(parseHomeListPath('/fr/page/2')).toEqual({ locale: 'fr', page: 2 });
    expect(parseHomeListPath('/fr/page/2/3')).toEqual({ locale: 'fr' });
    expect(parseHomeListPath('/fr/page')).toEqual({ locale: 'fr' });
    for (const other of ['/fr/articles/x', '/de/page/2', '/fr/page/2/', '/page/2']) expect(parseHomeListPath(other), other).toBeUndefined();
  });
});
