import { getTranslations } from 'next-intl/server';
import { formatDate, languageName } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import type { ArticleSummary } from '@/lib/site/types';

/**
 * Visible credit of where the facts come from: the publisher with what it is (from
 * content/publishers.yaml, in the page's language), the date, the source's headline, the link.
 */
export async function SourceCredit({ article, locale }: { article: ArticleSummary; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ArticlePage' });
  const { source } = article;
  return (
    <section aria-labelledby="source-heading" className="source-credit mt-10 border-t border-rule pt-4 text-sm">
      <h2 id="source-heading" className="font-bold uppercase tracking-widest text-muted">
        {t('sourceHeading')}
      </h2>
      <p className="mt-2">
        {t.rich('sourceCredit', {
          publisher: () => <cite className="not-italic font-semibold">{source.publisher.name}</cite>,
          description: () => source.publisher.description,
          date: () => <time dateTime={source.date}>{formatDate(source.date, locale)}</time>,
        })}
        {source.title && (
          <>
            {' — '}
            <span lang={source.language}>{source.title}</span>
          </>
        )}
      </p>
      <p className="mt-1">
        <a href={source.url} rel="noopener" className="underline underline-offset-2 hover:text-accent" hrefLang={source.language}>
          {t('sourceLink', { language: languageName(source.language ?? article.original, locale) })}
        </a>
      </p>
    </section>
  );
}
