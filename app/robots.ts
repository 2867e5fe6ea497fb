import type { MetadataRoute } from 'next';
import { SWITCH_LANGUAGE_PATH } from '@/lib/i18n/paths';
import { NEWS_SITEMAP_PATH } from '@/lib/seo/news-sitemap';
import { absoluteUrl } from '@/lib/seo/site-url';

/** /robots.txt: everything may be crawled except the language-switch redirect endpoint; both sitemaps. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: SWITCH_LANGUAGE_PATH },
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl(NEWS_SITEMAP_PATH)],
  };
}
