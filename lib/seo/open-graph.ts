import type { Metadata } from 'next';
import { localeSettings, routing, type Locale } from '@/lib/i18n/routing';
import type { ArticleSummary } from '@/lib/site/types';
import { articlePath, homePath } from '@/lib/i18n/paths';
import { absoluteUrl } from './site-url';
import { SOCIAL_IMAGE_SIZE, SOCIAL_IMAGE_TYPE, socialImagePath } from './social-image-path';

/*
 * Open Graph and Twitter card tags. `og:locale:alternate` lists only the languages the page
 * really exists in, like hreflang: `paths` comes from the translation map. The images are drawn
 * by the `opengraph-image` routes (one per article version, a default per language); they are
 * named here rather than left to the file convention so that each has its alt text (the
 * convention's `alt` is one string for every language). Next copies them to twitter:image.
 */

interface SharedCard {
  title: string;
  description: string;
  siteName: string;
  locale: Locale;
  /** Path of the page in each language it exists in. */
  paths: Partial<Record<Locale, string>>;
}

/** og:image of a page: the image drawn for the page at `pagePath`, with its alt text. */
function image(pagePath: string, alt: string) {
  return [{ url: absoluteUrl(socialImagePath(pagePath)), ...SOCIAL_IMAGE_SIZE, type: SOCIAL_IMAGE_TYPE, alt }];
}

function base({ title, description, siteName, locale, paths }: SharedCard) {
  const alternateLocale = routing.locales.filter((l) => l !== locale && paths[l]).map((l) => localeSettings[l].openGraph);
  const url = paths[locale] ? absoluteUrl(paths[locale]) : undefined;
  return { title, description, siteName, url, locale: localeSettings[locale].openGraph, alternateLocale };
}

/** A page with no image of its own shows its language's default image (the site's name and tagline). */
export function websiteCard(card: SharedCard): Pick<Metadata, 'openGraph' | 'twitter'> {
  return {
    openGraph: { ...base(card), type: 'website', images: image(homePath(card.locale), card.siteName) },
    twitter: { card: 'summary_large_image', title: card.title, description: card.description },
  };
}

export function articleCard(card: SharedCard, article: ArticleSummary, section: string, tags: string[]): Pick<Metadata, 'openGraph' | 'twitter'> {
  return {
    openGraph: {
      ...base(card),
      type: 'article',
      // The article's own image shows its headline: the headline is its text alternative.
      images: image(articlePath(article.locale, article.slug), article.title),
      publishedTime: article.date,
      modifiedTime: article.updated ?? article.date,
      section,
      tags,
    },
    twitter: { card: 'summary_large_image', title: card.title, description: card.description },
  };
}
