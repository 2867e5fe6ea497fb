import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { isLocale, routing } from '@/lib/i18n/routing';
import { siteImage, SOCIAL_IMAGE_SIZE, SOCIAL_IMAGE_TYPE } from '@/lib/seo/social-image';

/* The default social image of each language: every page without its own uses it. */

export const size = SOCIAL_IMAGE_SIZE;
export const contentType = SOCIAL_IMAGE_TYPE;
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const meta = await getTranslations({ locale, namespace: 'Metadata' });
  const header = await getTranslations({ locale, namespace: 'SiteHeader' });
  return siteImage({ siteName: meta('siteName'), tagline: header('tagline'), description: meta('description') });
}
