import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/not-found-view';
import { isLocale } from '@/lib/i18n/routing';

/*
 * The localized 404 page's visible content lives in this layout, not in the page: the page only
 * marks the response as not found (see page.tsx). When the browser hydrates, that mark throws
 * notFound() again and Next swaps in the nearest not-found boundary. The boundary of this segment
 * (not-found.tsx, empty) sits inside this layout, so only the empty mark is replaced: the header
 * and <main> a reader may already have focused, scrolled or selected stay the same elements.
 */
export default async function PageNotFoundLayout({ children, params }: LayoutProps<'/[locale]/page-not-found'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <>
      <NotFoundView locale={locale} />
      {children}
    </>
  );
}
