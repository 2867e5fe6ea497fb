import { getTranslations } from 'next-intl/server';
import { alignPassages, isFullyAligned, passageCellHtml } from '@/lib/site/bilingual';
import type { Article } from '@/lib/site/types';
import { languageName } from '@/lib/format';
import { articlePath } from '@/lib/i18n/paths';
import { localeSettings, type Locale } from '@/lib/i18n/routing';
import { ArticleHeader } from './article-header';
import { LiteLink } from './lite-link';
import { SourceCredit } from './source-credit';

const cellClass = 'article-body prose max-w-none font-serif prose-headings:font-sans';

/**
 * A story in two languages, each passage beside its translation (stacked on a phone), the
 * reader's language first. Every cell carries its language, so screen readers switch voice;
 * each row carries the passage anchor (`#p-4`) of the reader's version.
 */
export async function SideBySide({ first, second }: { first: Article; second: Article }) {
  const locale = first.locale;
  const t = await getTranslations({ locale, namespace: 'BilingualPage' });
  const rows = alignPassages(first.passages, second.passages);
  const languages = [first, second].map((a) => ({ article: a, name: localeSettings[a.locale].name }));
  return (
    <article lang={locale}>
      <p className="text-xs font-bold uppercase tracking-widest text-accent">{t('kicker')}</p>
      <ArticleHeader article={first} locale={locale} />
      <p lang={second.locale} className="mt-3 max-w-measure font-serif text-xl italic text-muted">
        {second.title}
      </p>
      <div className="mt-6 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <p>{t('intro')}</p>
        {[first, second].map((a) => (
          <a key={a.locale} href={articlePath(a.locale, a.slug)} hrefLang={a.locale} className="underline underline-offset-4 hover:text-accent">
            {t('readOnly', { language: languageName(a.locale, locale) })}
          </a>
        ))}
      </div>
      <LiteLink article={first} className="mt-2" />
      {!isFullyAligned(rows) && (
        <p role="note" className="mt-4 rounded-sm border-l-4 border-accent bg-accent-soft px-4 py-3 text-sm">
          {t('unaligned')}
        </p>
      )}
      <div className="mt-8 hidden gap-x-10 border-b border-rule pb-2 md:grid md:grid-cols-2" aria-hidden="true">
        {languages.map(({ article, name }) => (
          <p key={article.locale} lang={article.locale} className="font-sans text-sm font-bold uppercase tracking-widest text-muted">
            {name}
          </p>
        ))}
      </div>
      <ol className="mt-2 list-none p-0">
        {rows.map((row, index) => (
          <li
            key={row.first?.anchor ?? `${second.locale}-${row.second?.anchor ?? index}`}
            id={row.first?.anchor}
            className="grid scroll-mt-4 gap-x-10 gap-y-2 border-b border-rule py-4 md:grid-cols-2"
          >
            <Cell article={first} html={row.first && passageCellHtml(row.first)} missing={t('missingHere')} readerLocale={locale} />
            <Cell
              article={second}
              html={row.second && passageCellHtml(row.second, { quotePrefix: `${second.locale}-` })}
              missing={t('missingHere')}
              readerLocale={locale}
            />
          </li>
        ))}
      </ol>
      <SourceCredit article={first} locale={locale} />
    </article>
  );
}

function Cell({ article, html, missing, readerLocale }: { article: Article; html?: string; missing: string; readerLocale: Locale }) {
  const label = localeSettings[article.locale].name;
  return (
    <div lang={article.locale} className="min-w-0">
      <p className="font-sans text-xs font-bold uppercase tracking-widest text-muted md:sr-only">{label}</p>
      {html ? (
        <div className={cellClass} dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <p lang={readerLocale} className="text-sm italic text-muted">
          {missing}
        </p>
      )}
    </div>
  );
}
