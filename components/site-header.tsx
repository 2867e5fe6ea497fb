import { getTranslations } from 'next-intl/server';
import { homePath } from '@/lib/i18n/paths';
import { entityKinds } from '@/lib/site';
import { LanguageSwitcher, type LanguageSwitcherProps } from './language-switcher';
import { SearchForm } from './search/search-form';

export interface SiteHeaderProps extends LanguageSwitcherProps {
  /** The compact search box; the search page, which has its own, leaves it out. */
  searchBox?: boolean;
}

/** Masthead with the search box and the language switcher; each page passes where its translations live. */
export async function SiteHeader({ locale, alternates, searchBox = true }: SiteHeaderProps) {
  const t = await getTranslations({ locale, namespace: 'SiteHeader' });
  const tMeta = await getTranslations({ locale, namespace: 'Metadata' });
  // The navigation names each index by its own title.
  const sections = await Promise.all(
    [entityKinds.people, entityKinds.organizations, entityKinds.topics].map(async (kind) => ({
      kind: kind.kind,
      href: kind.indexPath(locale),
      label: (await getTranslations({ locale, namespace: kind.messages.index }))('title'),
    })),
  );
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-page flex-wrap items-end justify-between gap-4 px-gutter py-4">
        <div>
          <a href={homePath(locale)} className="font-serif text-3xl font-bold tracking-tight text-ink no-underline">
            <span className="sr-only">{t('homeLink')}</span>
            <span aria-hidden="true">{tMeta('siteName')}</span>
          </a>
          <p className="mt-1 text-sm text-muted">{t('tagline')}</p>
        </div>
        <div className="flex flex-col items-end gap-3">
          <LanguageSwitcher locale={locale} alternates={alternates} />
          {searchBox && <SearchForm locale={locale} id="site-search" formLabel={t('searchForm')} label={t('searchLabel')} submit={t('searchSubmit')} compact />}
        </div>
      </div>
      <nav aria-label={t('navLabel')} className="border-t border-rule print:hidden">
        <ul className="mx-auto flex max-w-page flex-wrap gap-x-6 gap-y-1 px-gutter py-2 text-sm font-semibold uppercase tracking-wide">
          <li>
            <a href={homePath(locale)} className="hover:text-accent">
              {t('home')}
            </a>
          </li>
          {sections.map(({ kind, href, label }) => (
            <li key={kind}>
              <a href={href} className="hover:text-accent">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
