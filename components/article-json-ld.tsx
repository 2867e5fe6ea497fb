import { getTranslations } from 'next-intl/server';
import { getOtherVersions } from '@/lib/articles';
import type { Article } from '@/lib/content/types';
import { getEvent, getOrganization, getPerson, getSection, getTopicName } from '@/lib/entities';
import { articlePath } from '@/lib/i18n/paths';
import { articleJsonLd, SITE_LOGO_PATH } from '@/lib/seo/json-ld';
import { socialImagePath } from '@/lib/seo/social-image-path';
import { JsonLd } from './json-ld';

/** The structured data of an article page: NewsArticle and BreadcrumbList, one graph. */
export async function ArticleJsonLd({ article }: { article: Article }) {
  const { locale } = article;
  const meta = await getTranslations({ locale, namespace: 'Metadata' });
  const event = article.event ? getEvent(article.event) : undefined;
  const data = articleJsonLd(article, {
    site: { name: meta('siteName'), logoPath: SITE_LOGO_PATH },
    section: getSection(article.section).name[locale],
    topics: article.tags.map((tag) => getTopicName(tag, locale)),
    people: article.speakers.map((s) => getPerson(s.id)),
    organizations: [...new Set(article.organizations)].map(getOrganization),
    event: event && { event, organizers: event.organizations.map(getOrganization) },
    translations: Object.values(getOtherVersions(article)),
    imagePath: socialImagePath(articlePath(locale, article.slug)),
  });
  return <JsonLd data={data} />;
}
