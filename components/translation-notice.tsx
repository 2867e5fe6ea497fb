import { getTranslations } from 'next-intl/server';
import { languageName } from '@/lib/format';
import { routing, type Locale } from '@/lib/i18n/routing';
import type { ArticleSummary } from '@/lib/site/types';

/**
 * Shown when the story has no version in some site language: says so in the page's language
 * and, for a reader of the missing language, in theirs.
 */
export async function TranslationNotice({ locale, translations }: { locale: Locale; translations: Partial<Record<Locale, ArticleSummary>> }) {
  const missing = routing.locales.filter((l) => l !== locale && !translations[l]);
  if (missing.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'ArticlePage' });
  const notes = await Promise.all(
    missing.map(async (other) => ({
      other,
      text: (await getTranslations({ locale: other, namespace: 'ArticlePage' }))('onlyIn', { language: languageName(locale, other) }),
    })),
  );
  return (
    <div role="note" className="mt-6 rounded-sm border-l-4 border-accent bg-accent-soft px-4 py-3 text-sm">
      <p>{t('onlyIn', { language: languageName(locale, locale) })}</p>
      {notes.map(({ other, text }) => (
        <p key={other} lang={other} className="mt-1 text-muted">
          {text}
        </p>
      ))}
    </div>
  );
}
