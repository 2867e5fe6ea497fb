import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

export interface Crumb {
  label: string;
  /** Absent on the current page, the last crumb. */
  href?: string;
}

/** Where the page sits: home › index › page. The last crumb is the page itself. */
export async function Breadcrumbs({ locale, crumbs }: { locale: Locale; crumbs: Crumb[] }) {
  const t = await getTranslations({ locale, namespace: 'EntityPage' });
  return (
    <nav aria-label={t('breadcrumb')} className="text-sm text-muted print:hidden">
      <ol className="flex flex-wrap gap-x-2">
        {crumbs.map((crumb, i) => (
          <li key={crumb.href ?? crumb.label} className="flex gap-x-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            {crumb.href ? (
              <a href={crumb.href} className="underline decoration-rule underline-offset-4 hover:text-accent">
                {crumb.label}
              </a>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
