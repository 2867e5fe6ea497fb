import type { MetadataRoute } from 'next';
import { getArticles, getTranslationMap } from '@/lib/articles';
import type { Article } from '@/lib/content/types';
import { entityIds } from '@/lib/entity-pages';
import { articlePath, entityKinds, type EntityKind } from '@/lib/i18n/paths';
import { routing, type Locale } from '@/lib/i18n/routing';
import { getRegistry } from '@/lib/registry';
import { articlePaths, entityPaths, homePaths, languageAlternates } from '@/lib/seo/alternates';
import { absoluteUrl } from '@/lib/seo/site-url';

/*
 * /sitemap.xml: every page a reader can land on — each language's home, every version of
 * every story, and the people, organization, topic and event pages and their indexes — with the same hreflang alternates as the page's <head> (only the languages the
 * page exists in, plus x-default). The 404 page is not listed. Static: built with the pages.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const translations = getTranslationMap();
  const homes = homePaths();
  return routing.locales.flatMap((locale) => {
    const articles = getArticles(locale);
    // A home (and an index) changes when a story in its language does: its newest story's date.
    const homeModified = newestDate(articles);
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
    const entityPages = entityKinds.flatMap((kind) => [
      page(entityPaths(kind), locale, homeModified),
      ...entityIds(kind).map((id) => page(entityPaths(kind, id), locale, newestDate(entityStories(kind, id, locale)) ?? homeModified)),
    ]);
    return [home, ...versions, ...entityPages];
  });
}

/** An entry for a page that exists in every language. */
function page(paths: Record<Locale, string>, locale: Locale, lastModified: string | undefined): MetadataRoute.Sitemap[number] {
  return { url: absoluteUrl(paths[locale]), lastModified, alternates: { languages: languageAlternates(paths, locale) } };
}

/** The stories an entity page in `locale` lists: it changes when one of them does. */
function entityStories(kind: EntityKind, id: string, locale: Locale): Article[] {
  const registry = getRegistry();
  switch (kind) {
    case 'speakers':
      return registry.appearancesOf(id, locale).map((a) => a.article);
    case 'organizations':
      return registry.storiesMentioning(id, locale);
    case 'topics':
      return registry.storiesTagged(id, locale);
    case 'events':
      return registry.storiesAbout(id, locale);
  }
}

function newestDate(articles: readonly Article[]): string | undefined {
  return articles.map((a) => a.updated ?? a.date).sort().at(-1);
}
