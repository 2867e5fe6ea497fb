import type { Metadata } from 'next';
import { localeSettings, routing, type Locale } from '@/lib/i18n/routing';
import type { Article } from '@/lib/content/types';
import { absoluteUrl } from './site-url';

/*
 * Open Graph and Twitter card tags. `og:locale:alternate` lists only the languages the page
 * really exists in, like hreflang: `paths` comes from the translation map.
 */

interface SharedCard {
  title: string;
  description: string;
  siteName: string;
  locale: Locale;
  /** Path of the page in each language it exists in. */
  paths: Partial<Record<Locale, string>>;
}

function base({ title, description, siteName, locale, paths }: SharedCard) {
  const alternateLocale = routing.locales.filter((l) => l !== locale && paths[l]).map((l) => localeSettings[l].openGraph);
  const url = paths[locale] ? absoluteUrl(paths[locale]) : undefined;
  return { title, description, siteName, url, locale: localeSettings[locale].openGraph, alternateLocale };
}

export function websiteCard(card: SharedCard): Pick<Metadata, 'openGraph' | 'twitter'> {
  return {
    openGraph: { ...base(card), type: 'website' },
    twitter: { card: 'summary', title: card.title, description: card.description },
  };
}

export function articleCard(card: SharedCard, article: Article, section: string, tags: string[]): Pick<Metadata, 'openGraph' | 'twitter'> {
  return {
    openGraph: {
      ...base(card),
      type: 'article',
      publishedTime: article.date,
      modifiedTime: article.updated ?? article.date,
      section,
      tags,
    },
    twitter: { card: 'summary', title: card.title, description: card.description },
  };
}
