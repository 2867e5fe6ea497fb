import { getTranslations } from 'next-intl/server';
import { formatDate, readingMinutes } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import type { ArticleSummary } from '@/lib/site/types';

/** Date (machine-readable too) and reading time, as one line. */
export async function StoryMeta({ article, locale }: { article: ArticleSummary; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'StoryMeta' });
  return (
    <p className="text-sm text-muted">
      <time dateTime={article.date}>{formatDate(article.date, locale)}</time>
      <span aria-hidden="true"> · </span>
      <span>{t('readingTime', { minutes: readingMinutes(article.wordCount) })}</span>
    </p>
  );
}
