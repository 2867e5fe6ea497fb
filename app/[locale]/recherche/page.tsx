import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { SearchView } from '@/components/search/search-view';
import { searchMetadata } from '@/lib/seo/search-metadata';
import { getSearchIndex } from '@/lib/search/site-index';

/*
 * The search page in French, /fr/recherche?q=…: rendered on the server for each query, from
 * the index built at build time. The folder is this language's word (lib/i18n/paths.ts
 * `searchSegments`); the same folder under the other language is rewritten to the 404 page by
 * next.config, so the check below never fails in practice.
 */
const LOCALE = 'fr';

async function load({ params, searchParams }: PageProps<'/[locale]/recherche'>) {
  const [{ locale }, { q }] = await Promise.all([params, searchParams]);
  if (locale !== LOCALE) notFound();
  return { locale: LOCALE, q } as const;
}

export async function generateMetadata(props: PageProps<'/[locale]/recherche'>): Promise<Metadata> {
  const { locale, q } = await load(props);
  return searchMetadata(locale, q);
}

export default async function SearchPage(props: PageProps<'/[locale]/recherche'>) {
  const { locale, q } = await load(props);
  setRequestLocale(locale);
  const index = getSearchIndex();
  return <SearchView locale={locale} response={index.search(q, locale)} examples={index.documents} />;
}
