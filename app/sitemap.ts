import type { MetadataRoute } from 'next';
import { getArticles, getTranslationMap } from '@/lib/articles';
import { articlePath } from '@/lib/i18n/paths';
import { routing } from '@/lib/i18n/routing';
import { articlePaths, homePaths, languageAlternates } from '@/lib/seo/alternates';
import { absoluteUrl } from '@/lib/seo/site-url';

/*
 * /sitemap.xml: every page a reader can land on — each language's home and every version of
 * every story — with the same hreflang alternates as the page's <head> (only the languages the
 * page exists in, plus x-default). The 404 page is not listed. Static: built with the pages.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const translations = getTranslationMap();
  const homes = homePaths();
  return routing.locales.flatMap((locale) => {
    const articles = getArticles(locale);
    // A home changes when a story in its language does: its newest story's date.
    const homeModified = articles.map((a) => a.updated ?? a.date).sort().at(-1);
    const home: MetadataRoute.Sitemap[number] = {
      url: absoluteUrl(homes[locale]),
      lastModified: homeModified,
      alternates: { languages: languageAlternates(homes, locale) },
    };
    const versions = articles.map((article): MetadataRoute.Sitemap[number] => {
      const paths = articlePaths(translations.get(article.storyId) ?? { [locale]: article.slug });
      return {
        url: absoluteUrl(articlePath(locale, article.slug)),
        lastModified: article.updated ?? article.date,
        alternates: { languages: languageAlternates(paths, locale) },
      };
    });
    return [home, ...versions];
  });
}
