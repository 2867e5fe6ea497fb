import { getTranslations } from 'next-intl/server';
import { litePath } from '@/lib/i18n/paths';
import type { Article } from '@/lib/site/types';

/** A visible link to the story's lite version in its language, saying what it is for. */
export async function LiteLink({ article, className = '' }: { article: Article; className?: string }) {
  const t = await getTranslations({ locale: article.locale, namespace: 'LitePage' });
  return (
    <p className={`text-sm print:hidden ${className}`}>
      <a href={litePath(article.locale, article.slug)} className="font-semibold underline underline-offset-4 hover:text-accent">
        {t('link')}
      </a>
      <span className="text-muted"> — {t('linkHint')}</span>
    </p>
  );
}
