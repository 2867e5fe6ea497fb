import { routing, type Locale } from '@/lib/i18n/routing';
import { getContent } from '@/lib/content/repository';
import type { Article } from '@/lib/content/types';

/*
 * Articles and the translation map, as pages need them. Pages ask here; none reads content.
 */

/** Every version of every story in `locale`, newest first (then by title, for a stable order). */
export function getArticles(locale: Locale): Article[] {
  return [...getContent().stories.values()]
    .flatMap((versions) => versions[locale] ?? [])
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, locale));
}

export function getArticle(locale: Locale, slug: string): Article | undefined {
  return getArticles(locale).find((article) => article.slug === slug);
}

/** Translation map: story id → slug in each language the story exists in. */
export function getTranslationMap(): Map<string, Partial<Record<Locale, string>>> {
  const map = new Map<string, Partial<Record<Locale, string>>>();
  for (const [id, versions] of getContent().stories) {
    map.set(id, Object.fromEntries(Object.entries(versions).map(([locale, a]) => [locale, a.slug])));
  }
  return map;
}

/** The other versions of an article's story, by language (its own excluded). */
export function getTranslations(article: Article): Partial<Record<Locale, Article>> {
  const versions = getContent().stories.get(article.storyId) ?? {};
  return Object.fromEntries(routing.locales.filter((l) => l !== article.locale && versions[l]).map((l) => [l, versions[l]]));
}

export function getArticleParams(): { locale: Locale; slug: string }[] {
  return routing.locales.flatMap((locale) => getArticles(locale).map((a) => ({ locale, slug: a.slug })));
}
