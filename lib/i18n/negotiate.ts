import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';
import { isLocale, routing, type Locale } from './routing';

/**
 * The reader's language when the URL does not say: the `NEXT_LOCALE` cookie (an explicit
 * choice made in the language switcher), else the best match of `Accept-Language`, else French.
 */
export function negotiateLocale(cookieLocale: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookieLocale)) return cookieLocale;
  const requested = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? undefined } }).languages();
  try {
    const best = match(requested, [...routing.locales], routing.defaultLocale);
    return isLocale(best) ? best : routing.defaultLocale;
  } catch {
    // A malformed Accept-Language (e.g. "*;q=x") is not the reader's fault: use the default.
    return routing.defaultLocale;
  }
}
