import type { MetadataRoute } from 'next';
import { SWITCH_LANGUAGE_PATH } from '@/lib/i18n/paths';
import { absoluteUrl } from '@/lib/seo/site-url';

/** /robots.txt: everything may be crawled except the language-switch redirect endpoint. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: SWITCH_LANGUAGE_PATH },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
