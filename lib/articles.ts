import { routing, type Locale } from '@/lib/i18n/routing';
import { getContent } from '@/lib/content/repository';
import type { Article, ContentSet } from '@/lib/content/types';

/*
 * Articles and the translation map, as pages need them. Pages ask here; none reads content.
 */

/** Newest first, then by title in the article's language, then by story id: a total, stable order. */
export function compareNewestFirst(a: Article, b: Article): number {
  return b.date.localeCompare(a.date) || a.title.localeCompare(b.title, a.locale) || a.storyId.localeCompare(b.storyId);
}

/** The versions in `locale` of every story in `content`, newest first. */
export function articlesIn(content: ContentSet, locale: Locale): Article[] {
  return [...content.stories.values()].flatMap((versions) => versions[locale] ?? []).sort(compareNewestFirst);
}

interface ArticleIndex {
  content: ContentSet;
  byLocale: Map<Locale, Article[]>;
  bySlug: Map<Locale, Map<string, Article>>;
}

let index: ArticleIndex | undefined;

/** Sorted lists and slug lookups, built once per content set (every page asks for them). */
function articleIndex(): ArticleIndex {
  const content = getContent();
  if (index?.content !== content) {
    const byLocale = new Map(routing.locales.map((locale) => [locale, articlesIn(content, locale)]));
    const bySlug = new Map(routing.locales.map((locale) => [locale, new Map((byLocale.get(locale) ?? []).map((a) => [a.slug, a]))]));
    index = { content, byLocale, bySlug };
  }
  return index;
}

/** Every version of every story in `locale`, newest first. */
export function getArticles(locale: Locale): Article[] {
  return [...(articleIndex().byLocale.get(locale) ?? [])];
}

export function getArticle(locale: Locale, slug: string): Article | undefined {
  return articleIndex().bySlug.get(locale)?.get(slug);
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
export function getOtherVersions(article: Article): Partial<Record<Locale, Article>> {
  const versions = getContent().stories.get(article.storyId) ?? {};
  return Object.fromEntries(routing.locales.filter((l) => l !== article.locale && versions[l]).map((l) => [l, versions[l]]));
}

export function getArticleParams(): { locale: Locale; slug: string }[] {
  return routing.locales.flatMap((locale) => getArticles(locale).map((a) => ({ locale, slug: a.slug })));
}
