import { getTranslations } from 'next-intl/server';
import { Fragment } from 'react';
import type { LocalizedText } from '@/lib/site/types';
import { routing, type Locale } from '@/lib/i18n/routing';

/**
 * The entity's name in the page's language as the page heading, and below it the spellings
 * other languages use ("Also spelled Dmitry Chanine"), each marked with its language so a
 * screen reader pronounces it right.
 */
export async function EntityHeading({ name, locale }: { name: LocalizedText; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'EntityPage' });
  const others = routing.locales.filter((l) => l !== locale && name[l] !== name[locale]);
  return (
    <header className="mt-4">
      <h1 className="font-serif text-4xl font-bold leading-tight sm:text-5xl">{name[locale]}</h1>
      {others.length > 0 && (
        <p className="mt-2 text-muted">
          {t.rich('alsoWritten', {
            names: () =>
              others.map((l, i) => (
                <Fragment key={l}>
                  {i > 0 && ', '}
                  <span lang={l} className="font-semibold">
                    {name[l]}
                  </span>
                </Fragment>
              )),
          })}
        </p>
      )}
    </header>
  );
}
