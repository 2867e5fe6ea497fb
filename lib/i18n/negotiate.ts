import Negotiator from 'negotiator';
import { isLocale, routing, type Locale } from './routing';

/*
 * The reader's language where the URL does not say (`/`, the switcher's refusals, 404s outside a
 * language): the `NEXT_LOCALE` cookie (an explicit choice made in the language switcher), else
 * the first language of `Accept-Language` the site has, else French.
 *
 * This runs on requests no cache can absorb, so its work is bounded whatever the header: only
 * its first MAX_ACCEPT_LANGUAGE_LENGTH characters and, within them, its first
 * MAX_LANGUAGE_RANGES ranges are read (a browser sends a few dozen characters), and nothing is
 * remembered between requests. The nginx template cuts the header at the same length.
 */

/** Characters of `Accept-Language` read; the rest is ignored (deploy/nginx.conf.template cuts it too). */
export const MAX_ACCEPT_LANGUAGE_LENGTH = 1024;
/** Language ranges read, in the order the header gives them. */
export const MAX_LANGUAGE_RANGES = 32;

/** The part of an `Accept-Language` value that is read: a bounded prefix, at most MAX_LANGUAGE_RANGES ranges. */
export function boundedAcceptLanguage(value: string): string {
  return value.slice(0, MAX_ACCEPT_LANGUAGE_LENGTH).split(',', MAX_LANGUAGE_RANGES).join(',');
}

/**
 * The site language the reader ranks first. `negotiator` parses the ranges and orders them by
 * q-value (ties keep the header's order; `q=0` and malformed q-values drop a range); the first
 * whose primary subtag is a site language wins (`en-US` → `en`, `fr-CA` → `fr`): RFC 4647
 * "lookup" against languages that have no region. `*` names no language in particular and is
 * skipped; nothing usable gives the default.
 */
export function preferredLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return routing.defaultLocale;
  const ranked = new Negotiator({ headers: { 'accept-language': boundedAcceptLanguage(acceptLanguage) } }).languages();
  for (const range of ranked) {
    const primary = range.split('-', 1)[0]?.toLowerCase();
    if (isLocale(primary)) return primary;
  }
  return routing.defaultLocale;
}

export function negotiateLocale(cookieLocale: string | undefined, acceptLanguage: string | null): Locale {
  return isLocale(cookieLocale) ? cookieLocale : preferredLocale(acceptLanguage);
}
