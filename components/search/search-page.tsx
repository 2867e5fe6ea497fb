import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { SearchView } from '@/components/search/search-view';
import type { Locale } from '@/lib/i18n/routing';
import { searchMetadata } from '@/lib/seo/search-metadata';
import { getSearchIndex } from '@/lib/site';

/*
 * The search page of one language, rendered on the server for each query from the index built
 * at build time. Each language has its own route folder, named with its word
 * (lib/i18n/paths.ts `searchSegments`: app/[locale]/recherche, app/[locale]/search), and both
 * export what this makes. The same folder under the other language is rewritten to the 404
 * page by next.config, so the locale check never fails in practice.
 */
interface SearchPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}

export function searchPage(pageLocale: Locale) {
  async function load({ params, searchParams }: SearchPageProps) {
    const [{ locale }, { q }] = await Promise.all([params, searchParams]);
    if (locale !== pageLocale) notFound();
    return q;
  }

  async function generateMetadata(props: SearchPageProps): Promise<Metadata> {
    return searchMetadata(pageLocale, await load(props));
  }

  async function SearchPage(props: SearchPageProps) {
    const q = await load(props);
    setRequestLocale(pageLocale);
    const index = getSearchIndex();
    return <SearchView locale={pageLocale} response={index.search(q, pageLocale)} examples={index.documents} />;
  }

  return { generateMetadata, SearchPage };
}
