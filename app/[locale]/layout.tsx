import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteFooter } from '@/components/site-footer';
import { isLocale, routing } from '@/lib/i18n/routing';
import { feedAlternates } from '@/lib/seo/feeds';
import { siteUrl } from '@/lib/seo/site-url';
import { titleTemplate } from '@/lib/seo/title';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    // The base of generated image URLs (og:image): the configured site address, not the host
    // that happened to build the site.
    metadataBase: new URL(`${siteUrl()}/`),
    title: { default: t('siteName'), template: titleTemplate(t('siteName')) },
    description: t('description'),
    // Pages without alternates of their own (the 404 page) still advertise the feeds.
    alternates: { types: feedAlternates(locale) },
  };
}

/** Root layout: one per language, so `<html lang>` is right in the static HTML. */
export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:px-4 focus:py-2 focus:font-semibold"
        >
          {t('skipToContent')}
        </a>
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
