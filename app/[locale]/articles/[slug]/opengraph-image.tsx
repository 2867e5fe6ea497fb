import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { formatDate, formatList } from '@/lib/format';
import { isLocale } from '@/lib/i18n/routing';
import { articleImage, SOCIAL_IMAGE_SIZE, SOCIAL_IMAGE_TYPE } from '@/lib/seo/social-image';
import { getSite } from '@/lib/site';
import { noneAtBuildTime } from '@/lib/site/prerender';

/* The social image of one article version (one per language and slug): drawn on its first request (a link preview's), then kept; none at build time (lib/site/prerender.ts). */

export const size = SOCIAL_IMAGE_SIZE;
export const contentType = SOCIAL_IMAGE_TYPE;
export const dynamicParams = true;
export const generateStaticParams = noneAtBuildTime;

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const site = getSite();
  const article = site.article(locale, slug);
  if (!article) notFound();
  const meta = await getTranslations({ locale, namespace: 'Metadata' });
  const t = await getTranslations({ locale, namespace: 'StoryMeta' });
  const names = article.speakers.flatMap((s) => site.person(s.id)?.name[locale] ?? []);
  return articleImage({
    siteName: meta('siteName'),
    section: site.section(article.section)?.name[locale] ?? '',
    title: article.title,
    date: formatDate(article.date, locale),
    location: article.location,
    speakers: names.length ? t('withSpeakers', { names: formatList(names, locale) }) : '',
  });
}
