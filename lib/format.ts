import { localeSettings, type Locale } from '@/lib/i18n/routing';

/** "19 septembre 2025" / "19 September 2025". Content dates are days, so UTC keeps the day. */
export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeSettings[locale].intl, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Month-precision dates ("septembre 2025") or full days, as precise as the source. */
export function formatPartialDate(value: string, locale: Locale): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
  return new Intl.DateTimeFormat(localeSettings[locale].intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value}-01T00:00:00Z`));
}

const WORDS_PER_MINUTE = 230;

/** Whole minutes to read, at least one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** A language's name in the reader's language: "anglais", "French". */
export function languageName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([localeSettings[locale].intl], { type: 'language' }).of(code) ?? code;
}

/** "A, B et C" / "A, B and C". */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(localeSettings[locale].intl, { style: 'long', type: 'conjunction' }).format(items);
}
