import type { Metadata } from 'next';
import { articlePath, entityIndexPath, entityPath, homePath, type EntityKind } from '@/lib/i18n/paths';
import { routing, type Locale } from '@/lib/i18n/routing';
import type { LocalizedText } from '@/lib/site/types';
import { feedAlternates, type OwnFeeds } from './feeds';
import { absoluteUrl } from './site-url';

/*
 * Canonical URL and hreflang alternates of a page, from the paths of the versions that REALLY
 * exist (the translation map for articles), never guessed by swapping a language prefix: an
 * untranslated story has no alternate for its missing language.
 */

/** Paths of the home page: it exists in every language. */
export function homePaths(): Record<Locale, string> {
  return Object.fromEntries(routing.locales.map((l) => [l, homePath(l)])) as Record<Locale, string>;
}

/**
 * Paths of an entity's page (at its slug in each language) or of an entity index (no entity).
 * Entities have a name in every language, so these pages exist in all of them.
 */
export function entityPaths(kind: EntityKind, entity?: { readonly slug: LocalizedText }): Record<Locale, string> {
  return Object.fromEntries(routing.locales.map((l) => [l, entity === undefined ? entityIndexPath(kind, l) : entityPath(kind, l, entity)])) as Record<
    Locale,
    string
  >;
}

/** Paths of a story's versions, from its translation-map entry (language → version, or its slug). */
export function articlePaths(versions: Partial<Record<Locale, { slug: string }>>): Partial<Record<Locale, string>> {
  return Object.fromEntries(routing.locales.flatMap((l) => (versions[l] ? [[l, articlePath(l, versions[l].slug)]] : [])));
}

/** hreflang value → absolute URL. */
export type LanguageAlternates = Partial<Record<Locale | 'x-default', string>>;

/** hreflang → absolute URL: one entry per existing version, in routing order, plus `x-default`. */
export function languageAlternates(paths: Partial<Record<Locale, string>>, current: Locale): LanguageAlternates {
  const languages: LanguageAlternates = {};
  for (const locale of routing.locales) {
    const path = paths[locale];
    if (path) languages[locale] = absoluteUrl(path);
  }
  const own = languages[current];
  if (!own) throw new Error(`pageAlternates: the page has no path in its own language "${current}"`);
  // x-default is what search engines show readers whose language matches none of the versions.
  // French when the page exists in French: it is the site's default language (what `/` answers
  // when nothing else tells) and the newsroom's working language, so every version of a
  // translated story names the same x-default. Otherwise the page's own language, which with
  // two site languages is the only version there is (were a third language added, the fallback
  // should pick the same version for every page of a story, e.g. the first in routing order).
  const defaultLocale: Locale = routing.defaultLocale;
  languages['x-default'] = languages[defaultLocale] ?? own;
  return languages;
}

/**
 * `alternates` metadata of a page: absolute canonical of the current version, hreflang links,
 * the page's own feeds when it has some (an entity page's), and the feeds of the page's
 * language (a page's `alternates` replaces the layout's whole, so the feed links the layout
 * advertises must be repeated here).
 */
export function pageAlternates(paths: Partial<Record<Locale, string>>, current: Locale, ownFeeds?: OwnFeeds): NonNullable<Metadata['alternates']> {
  const languages = languageAlternates(paths, current);
  return { canonical: languages[current] ?? null, languages, types: feedAlternates(current, ownFeeds) };
}
