import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Suspense } from 'react';
import { isLocale } from '@/lib/i18n/routing';

/*
 * The localized 404 page, prerendered per language. Unknown paths are rewritten here (by
 * next.config fallback rewrites inside a language, by the proxy elsewhere).
 *
 * Why not just call notFound(): in Next 16 a page that throws notFound() is answered with an
 * empty error shell that only JavaScript fills in (vercel/next.js#62228). Here the whole page
 * renders on the server (the layout beside this file) and the throw happens inside a Suspense
 * boundary after it, which gives the prerendered page its 404 status and noindex while the HTML
 * stays complete.
 */

export async function generateMetadata({ params }: PageProps<'/[locale]/page-not-found'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'NotFoundPage' });
  return { title: t('metaTitle'), robots: { index: false } };
}

function MarkAsNotFound(): never {
  notFound();
}

export default async function PageNotFound({ params }: PageProps<'/[locale]/page-not-found'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <Suspense fallback={null}>
      <MarkAsNotFound />
    </Suspense>
  );
}
