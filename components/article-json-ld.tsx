import { getTranslations } from 'next-intl/server';
import { getSite } from '@/lib/site';
import type { ArticleBody, ArticleSummary } from '@/lib/site/types';
import { articlePath } from '@/lib/i18n/paths';
import { articleJsonLd, SITE_LOGO_PATH } from '@/lib/seo/json-ld';
import { socialImagePath } from '@/lib/seo/social-image-path';
import { JsonLd } from './json-ld';

/** The structured data of an article page: NewsArticle and BreadcrumbList, one graph. */
export async function ArticleJsonLd({ article }: { article: ArticleSummary & Pick<ArticleBody, 'quotes'> }) {
  const { locale } = article;
  const meta = await getTranslations({ locale, namespace: 'Metadata' });
  const site = getSite();
  const organization = (id: string) => site.organization(id) ?? [];
  const event = article.event ? site.event(article.event) : undefined;
  const data = articleJsonLd(article, {
    site: { name: meta('siteName'), logoPath: SITE_LOGO_PATH },
    section: site.section(article.section)?.name[locale] ?? article.section,
    topics: article.tags.flatMap((tag) => site.topic(tag)?.name[locale] ?? []),
    people: article.speakers.flatMap((s) => site.person(s.id) ?? []),
    organizations: [...new Set(article.organizations)].flatMap(organization),
    // Only the organisers a source states: an organization the event is merely associated with organised nothing.
    event: event && { event, organizers: event.organizers.flatMap(organization) },
    translations: Object.values(site.translations(article)),
    imagePath: socialImagePath(articlePath(locale, article.slug)),
  });
  return <JsonLd data={data} />;
}
