import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { searchPath } from '@/lib/i18n/paths';
import { routing, type Locale } from '@/lib/i18n/routing';
import { cleanQuery } from '@/lib/search/normalize';
import { pageAlternates } from './alternates';

/**
 * <head> of the search page: the query in the title, canonical and hreflang without `q` (one
 * search page per language), and result pages kept out of search engines' indexes (their links
 * are still followed).
 */
export async function searchMetadata(locale: Locale, rawQuery: unknown): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Search' });
  const query = cleanQuery(rawQuery);
  const paths = Object.fromEntries(routing.locales.map((l) => [l, searchPath(l)]));
  const withQuery = query.kind === 'terms' || query.kind === 'no-terms';
  return {
    title: withQuery && query.text ? t('metaTitleQuery', { query: query.text }) : t('title'),
    description: t('description'),
    alternates: pageAlternates(paths, locale),
    robots: query.kind === 'empty' ? undefined : { index: false, follow: true },
  };
}
