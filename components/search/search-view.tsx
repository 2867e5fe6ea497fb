import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PageFrame } from '@/components/page-frame';
import { formatDate, languageName } from '@/lib/format';
import { articlePath, searchPath } from '@/lib/i18n/paths';
import { routing, type Locale } from '@/lib/i18n/routing';
import { entityKinds } from '@/lib/site/entity-kinds';
import type { LocalizedText } from '@/lib/site/types';
import type { IndexedDocument, SearchResponse, SearchResult } from '@/lib/search/index';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from '@/lib/search/normalize';
import type { Segment } from '@/lib/search/snippet';
import { SearchForm } from './search-form';

/*
 * The search page, rendered on the server for each query (`?q=`): the form, then the results,
 * or a helpful state when there is nothing to show. Highlighted words come as segments and are
 * rendered as <mark>: no HTML string is ever injected.
 */

export interface SearchViewProps {
  locale: Locale;
  response: SearchResponse;
  /** A few documents to suggest on the empty page. */
  examples: readonly IndexedDocument[];
}

const kindKeys = { story: 'kindStory', person: 'kindPerson', organization: 'kindOrganization' } as const;

const capitalize = (text: string, locale: Locale) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** The reader's language first, then the others in routing order. */
const readerFirst = (languages: readonly Locale[], locale: Locale) =>
  [locale, ...routing.locales.filter((l) => l !== locale)].filter((l) => languages.includes(l));

function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.match ? (
          <mark key={i} className="rounded-sm bg-accent-soft px-0.5 text-ink">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}

/** A person's or organization's slugs: their pages exist in every language, so the document has one for each. */
const entitySlugs = (document: IndexedDocument) => ({ slug: Object.fromEntries(routing.locales.map((l) => [l, document.slug[l] ?? ''])) as LocalizedText });

function hrefOf(result: SearchResult, locale: Locale): string {
  const { document } = result;
  switch (document.kind) {
    case 'story':
      return articlePath(result.titleLocale, document.slug[result.titleLocale] ?? '');
    case 'person':
      return entityKinds.people.path(locale, entitySlugs(document));
    case 'organization':
      return entityKinds.organizations.path(locale, entitySlugs(document));
  }
}

async function ResultItem({ result, locale }: { result: SearchResult; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  const { document, titleLocale, snippetLocale } = result;
  const foreignTitle = titleLocale !== locale ? titleLocale : undefined;
  const foreignSnippet = snippetLocale !== locale ? snippetLocale : undefined;
  const languages = readerFirst(document.languages, locale).map((l) => capitalize(languageName(l, locale), locale));
  return (
    <li className="py-5">
      <article>
        <p className="text-xs font-bold uppercase tracking-widest text-accent">{t(kindKeys[document.kind])}</p>
        <h3 className="mt-1 font-serif text-xl font-bold leading-snug">
          <a href={hrefOf(result, locale)} lang={foreignTitle} hrefLang={foreignTitle} className="hover:text-accent hover:underline">
            <Highlighted segments={result.title} />
          </a>
        </h3>
        {result.alsoWritten && (
          <p className="mt-1 text-sm text-muted">{t.rich('alsoWritten', { name: () => <Highlighted segments={result.alsoWritten ?? []} /> })}</p>
        )}
        <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-muted">
          <span>
            {t('languages')} <span className="font-semibold">{languages.join(' · ')}</span>
          </span>
          {document.date && <time dateTime={document.date}>{formatDate(document.date, locale)}</time>}
        </p>
        {result.snippet.length > 0 && (
          <p className="mt-2 max-w-measure font-serif text-muted">
            {foreignSnippet && <span className="sr-only">{t('snippetIn', { language: languageName(foreignSnippet, locale) })} </span>}
            <span lang={foreignSnippet}>
              <Highlighted segments={result.snippet} />
            </span>
          </p>
        )}
      </article>
    </li>
  );
}

async function Notice({ locale, children, tips = false }: { locale: Locale; children: ReactNode; tips?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <div className="mt-8 max-w-measure">
      <p role="status" className="font-serif text-lg">
        {children}
      </p>
      {tips && (
        <section aria-labelledby="search-tips" className="mt-6">
          <h2 id="search-tips" className="font-sans text-sm font-bold uppercase tracking-widest text-muted">
            {t('tipsHeading')}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>{t('tipSpelling')}</li>
            <li>{t('tipFewerWords')}</li>
            <li>{t('tipNames')}</li>
          </ul>
        </section>
      )}
    </div>
  );
}

async function EmptyState({ locale, examples }: { locale: Locale; examples: readonly IndexedDocument[] }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  // A person under the other language's spelling shows off names by any spelling.
  const other = routing.locales.find((l) => l !== locale) ?? locale;
  const person = examples.find((d) => d.kind === 'person');
  const organization = examples.find((d) => d.kind === 'organization');
  const queries = [t('exampleTopic'), person?.title[other], organization?.title[locale]].filter((q): q is string => !!q);
  return (
    <div className="mt-8 max-w-measure">
      <h2 className="font-serif text-2xl font-bold">{t('emptyHeading')}</h2>
      <p className="mt-2 font-serif text-lg">{t('emptyIntro')}</p>
      <section aria-labelledby="search-examples" className="mt-6">
        <h3 id="search-examples" className="font-sans text-sm font-bold uppercase tracking-widest text-muted">
          {t('examplesHeading')}
        </h3>
        <ul className="mt-2 flex flex-wrap gap-3">
          {queries.map((q) => (
            <li key={q}>
              <a href={searchPath(locale, q)} className="inline-block rounded border border-rule px-3 py-1 hover:border-accent hover:text-accent">
                {q}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export async function SearchView({ locale, response, examples }: SearchViewProps) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  const shownQuery = response.kind === 'empty' ? '' : response.text;
  // The switcher carries a valid query over: the same search, in the other language.
  const carried = response.kind === 'terms' ? response.text : undefined;
  const alternates = Object.fromEntries(routing.locales.map((l) => [l, searchPath(l, carried)]));
  return (
    <PageFrame locale={locale} alternates={alternates} searchBox={false}>
      <h1 className="font-serif text-4xl font-bold">{t('title')}</h1>
      <SearchForm locale={locale} id="search-query" formLabel={t('formLabel')} label={t('label')} submit={t('submit')} query={shownQuery} />
      {response.kind === 'empty' && <EmptyState locale={locale} examples={examples} />}
      {response.kind === 'too-long' && <Notice locale={locale}>{t('tooLong', { maxLength: MAX_QUERY_LENGTH, maxWords: MAX_QUERY_WORDS })}</Notice>}
      {response.kind === 'no-terms' && <Notice locale={locale}>{t('noTerms')}</Notice>}
      {response.kind === 'terms' && response.total === 0 && (
        <Notice locale={locale} tips>
          {t('noResults', { query: response.text })}
        </Notice>
      )}
      {response.kind === 'terms' && response.total > 0 && (
        <section aria-labelledby="search-results" className="mt-8">
          <h2 id="search-results" className="sr-only">
            {t('results')}
          </h2>
          <p role="status" className="font-sans text-sm font-bold uppercase tracking-widest text-muted">
            {t('resultCount', { count: response.total, query: response.text })}
            {response.results.length < response.total && <> {t('shown', { shown: response.results.length })}</>}
          </p>
          <ol className="mt-4 divide-y divide-rule border-y border-rule">
            {response.results.map((result) => (
              <ResultItem key={result.document.id} result={result} locale={locale} />
            ))}
          </ol>
        </section>
      )}
    </PageFrame>
  );
}
