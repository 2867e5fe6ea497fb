import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { entityViews } from '@/components/entity-pages/views';
import { isLocale } from '@/lib/i18n/routing';
import { entityIndexMetadata } from './entity-metadata';
import { entityKindBySegment, entityKindList } from '@/lib/site';

/*
 * Index pages of people, organizations, topics and events under each language's own word
 * (`/fr/intervenants`, `/en/speakers`). Only those segments are generated: any other, such as
 * `/en/intervenants`, matches nothing and gets the localized 404.
 */
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  const { locale } = params;
  return isLocale(locale) ? entityKindList.map((kind) => ({ section: kind.segment[locale] })) : [];
}

async function load(params: PageProps<'/[locale]/[section]'>['params']) {
  const { locale, section } = await params;
  const kind = isLocale(locale) ? entityKindBySegment(locale, section) : undefined;
  if (!isLocale(locale) || !kind) notFound();
  return { locale, kind };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[section]'>): Promise<Metadata> {
  const { locale, kind } = await load(params);
  return entityIndexMetadata(kind, locale);
}

export default async function EntityIndexPage({ params }: PageProps<'/[locale]/[section]'>) {
  const { locale, kind } = await load(params);
  setRequestLocale(locale);
  const { Index } = entityViews[kind.kind];
  return <Index locale={locale} />;
}
