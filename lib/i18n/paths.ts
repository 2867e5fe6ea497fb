import type { Locale } from './routing';

/* Every URL of the site is built here, so links, the switcher and metadata agree. */

export const homePath = (locale: Locale) => `/${locale}`;

export const articlePath = (locale: Locale, slug: string) => `/${locale}/articles/${slug}`;

/** Internal page the proxy and unknown paths answer with, with a 404 status. */
export const notFoundPath = (locale: Locale) => `/${locale}/page-not-found`;

/** Path of the proxy endpoint that remembers a language choice, then redirects. */
export const SWITCH_LANGUAGE_PATH = '/switch-language';

/** Link for the language switcher: stores the choice for the next visit to `/`, then goes to `target`. */
export const switchLanguagePath = (target: string) => `${SWITCH_LANGUAGE_PATH}?to=${encodeURIComponent(target)}`;
