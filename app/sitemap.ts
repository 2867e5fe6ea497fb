import type { MetadataRoute } from 'next';
import { articlePath } from '@/lib/i18n/paths';
import { routing, type Locale } from '@/lib/i18n/routing';
import { articlePaths, entityPaths, homePaths, languageAlternates } from '@/lib/seo/alternates';
import { absoluteUrl } from '@/lib/seo/site-url';
import { entityKindList, getSite } from '@/lib/site';
import type { ArticleSummary } from '@/lib/site/types';

/*
 * /sitemap.xml: every page a reader can land on — each language's home, every version of
 * every story, and the people, organization, topic and event pages and their indexes — with the
 * same hreflang alternates as the page's <head> (only the languages the page exists in, plus
 * x-default). The 404 page is not listed. Static: built with the pages.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const site = getSite();
  const homes = homePaths();
  return routing.locales.flatMap((locale) => {
    const articles = site.articles(locale);
    // A home (and an index) changes when a story in its language does: its newest story's date.
    const homeModified = newestDate(articles);
    const home = page(homes, locale, homeModified);
    const versions = articles.map((article) =>
      page(articlePaths(site.versions(article.storyId)), locale, article.updated ?? article.date, articlePath(locale, article.slug)),
    );
    const entityPages = entityKindList.flatMap((kind) => [
      page(entityPaths(kind.kind), locale, homeModified),
      // An entity page changes when one of the stories it lists does.
      ...kind
        .list(site, locale)
        .map((entity) => page(entityPaths(kind.kind, entity), locale, newestDate(kind.stories(site, entity.id, locale)) ?? homeModified)),
    ]);
    return [home, ...versions, ...entityPages];
  });
}

/** The entry of the page at `paths[locale]` (or `own`), with its alternates: the languages it exists in. */
function page(paths: Partial<Record<Locale, string>>, locale: Locale, lastModified: string | undefined, own = paths[locale]): MetadataRoute.Sitemap[number] {
  return { url: absoluteUrl(own ?? ''), lastModified, alternates: { languages: languageAlternates(paths, locale) } };
}

function newestDate(articles: readonly ArticleSummary[]): string | undefined {
  return articles
    .map((a) => a.updated ?? a.date)
    .sort()
    .at(-1);
}
