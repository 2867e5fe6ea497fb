import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/format';
import { entityKinds, getSite } from '@/lib/site';
import type { Locale } from '@/lib/i18n/routing';
import type { ArticleSummary } from '@/lib/site/types';
import { StoryMeta } from './story-meta';

/** Section, headline, standfirst, dateline (place and date), reading time, event session. */
export async function ArticleHeader({ article, locale }: { article: ArticleSummary; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ArticlePage' });
  const site = getSite();
  const event = article.event ? site.event(article.event) : undefined;
  return (
    <header>
      <p className="text-xs font-bold uppercase tracking-widest text-accent">{site.section(article.section)?.name[locale]}</p>
      <h1 className="mt-3 font-serif text-3xl font-bold leading-tight sm:text-5xl">{article.title}</h1>
      <p className="mt-4 max-w-measure font-serif text-xl text-muted">{article.standfirst}</p>
      <div className="mt-5 space-y-1 border-t border-rule pt-3">
        <p className="text-sm font-semibold">{article.location}</p>
        <StoryMeta article={article} locale={locale} />
        {article.updated && <p className="text-sm text-muted">{t('updated', { date: formatDate(article.updated, locale) })}</p>}
        {event && (
          <p className="text-sm text-muted">
            {article.session ? t('session', { session: article.session, event: event.name[locale] }) : event.name[locale]}{' '}
            <a href={entityKinds.events.path(locale, event)} className="underline underline-offset-4 hover:text-accent print:hidden">
              {t('eventLink')}
            </a>
          </p>
        )}
      </div>
    </header>
  );
}
