import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { SiteHeader } from './site-header';

/** Masthead (with the switcher to `alternates`) and the main landmark every listing page shares. */
export function PageFrame({
  locale,
  alternates,
  searchBox,
  children,
}: {
  locale: Locale;
  alternates: Partial<Record<Locale, string>>;
  /** The header's search box (default: shown). */
  searchBox?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} searchBox={searchBox} />
      <main id="main" tabIndex={-1} className="focus:outline-none mx-auto max-w-page px-gutter py-8">
        {children}
      </main>
    </>
  );
}
