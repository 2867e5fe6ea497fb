import type { Locale } from '@/lib/i18n/routing';
import type { LocalizedText } from '@/lib/site/types';
import { applyFrenchTypography } from './french';

/**
 * Typography of plain-text fields (titles, standfirsts, roles, descriptions): French rules for
 * French, English left untouched. Markdown bodies get the same rules through the remark plugin.
 */
export function typeset(text: string, locale: Locale): string {
  return locale === 'fr' ? applyFrenchTypography(text) : text;
}

export function typesetLocalized(text: LocalizedText): LocalizedText {
  return { fr: typeset(text.fr, 'fr'), en: typeset(text.en, 'en') };
}
