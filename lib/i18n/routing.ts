import { defineRouting } from 'next-intl/routing';

/**
 * The one list of site languages. Static params, the proxy's negotiation, paths, message
 * catalogues and the content schema all derive from it. French first: it is the language of
 * the newsroom's sources and the default when nothing else tells.
 */
/** Remembers a reader's explicit language choice; set only by the switcher's redirect. */
export const localeCookie = { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' } as const;

export const routing = defineRouting({
  locales: ['fr', 'en'],
  defaultLocale: 'fr',
  localePrefix: 'always',
  localeCookie,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}

/** Per-language settings that are not messages: formatting locale, Open Graph locale, name. */
export const localeSettings = {
  // en-GB writes "19 September 2025", the house style, rather than en-US month-first dates.
  fr: { intl: 'fr-FR', openGraph: 'fr_FR', name: 'Français' },
  en: { intl: 'en-GB', openGraph: 'en_GB', name: 'English' },
} as const satisfies Record<Locale, { intl: string; openGraph: string; name: string }>;
