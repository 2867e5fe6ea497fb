import { getTranslations } from 'next-intl/server';
import { listPagePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';

export interface PagerProps {
  locale: Locale;
  /** The list's own page (a home, an entity's page): its page 1. */
  listPath: string;
  page: number;
  pages: number;
}

/**
 * Links between the pages of a list of stories, newest first: to the newer page and the older
 * one, and where this page is ("Page 2 of 7"). Plain links with `rel`, no script. Nothing on a
 * list that fits on one page.
 */
export async function Pager({ locale, listPath, page, pages }: PagerProps) {
  if (pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Pager' });
  const link = 'font-sans text-sm font-bold underline underline-offset-4 hover:text-accent';
  return (
    <nav aria-label={t('label')} className="mt-8 flex flex-wrap items-baseline justify-between gap-4 border-t border-rule pt-4 print:hidden">
      {page > 1 ? (
        <a href={listPagePath(listPath, page - 1)} rel="prev" className={link}>
          <span aria-hidden="true">← </span>
          {t('newer')}
        </a>
      ) : (
        <span />
      )}
      <p className="text-sm text-muted">{t('position', { page, pages })}</p>
      {page < pages ? (
        <a href={listPagePath(listPath, page + 1)} rel="next" className={link}>
          {t('older')}
          <span aria-hidden="true"> →</span>
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
