import type { Locale } from '@/lib/i18n/routing';
import { NBSP } from './spaces';

/** Opening and closing quotation marks, French with their no-break spaces inside. */
const MARKS: Record<Locale, readonly [string, string]> = {
  fr: [`«${NBSP}`, `${NBSP}»`],
  en: ['\u201C', '\u201D'],
};

export function quotationMarks(locale: Locale): readonly [string, string] {
  return MARKS[locale];
}
