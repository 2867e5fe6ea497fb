import { getTranslations } from 'next-intl/server';
import { homePath, switchLanguagePath } from '@/lib/i18n/paths';
import { localeSettings, routing, type Locale } from '@/lib/i18n/routing';
import { PassageSwitchLink } from './passage-switch-link';

export interface LanguageSwitcherProps {
  locale: Locale;
  /** Path of this same page in each other language; a missing language has no version. */
  alternates: Partial<Record<Locale, string>>;
}

/**
 * Plain links (a small client leaf only adds the passage the reader is on). Each goes through the proxy's switch endpoint, which stores the
 * reader's choice for their next visit to `/` and redirects (static pages never set cookies).
 * Each language's entry is written in that language, for the reader who wants it.
 */
export async function LanguageSwitcher({ locale, alternates }: LanguageSwitcherProps) {
  const t = await getTranslations({ locale, namespace: 'LanguageSwitcher' });
  const others = routing.locales.filter((l) => l !== locale);
  return (
    <nav aria-label={t('label')} className="text-sm print:hidden">
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <li>
          <span aria-current="page" title={t('current')} className="font-semibold">
            {localeSettings[locale].name}
          </span>
        </li>
        {await Promise.all(
          others.map(async (other) => {
            const tOther = await getTranslations({ locale: other, namespace: 'LanguageSwitcher' });
            const target = alternates[other];
            return (
              <li key={other} lang={other}>
                {target ? (
                  <PassageSwitchLink
                    href={switchLanguagePath(target)}
                    hrefLang={other}
                    rel="nofollow"
                    className="underline decoration-rule underline-offset-4 hover:decoration-accent"
                  >
                    <span aria-hidden="true">{localeSettings[other].name}</span>
                    <span className="sr-only">{tOther('readIn')}</span>
                  </PassageSwitchLink>
                ) : (
                  <span className="text-muted">
                    {tOther('unavailable')}{' '}
                    <a href={switchLanguagePath(homePath(other))} hrefLang={other} rel="nofollow" className="underline underline-offset-4">
                      {tOther('homeInstead')}
                    </a>
                  </span>
                )}
              </li>
            );
          }),
        )}
      </ul>
    </nav>
  );
}
