import { getTranslations } from 'next-intl/server';
import { homePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { homePaths } from '@/lib/seo/alternates';
import { SiteHeader } from './site-header';

/** The localized not-found page body, shared by the 404 route and the not-found boundary. */
export async function NotFoundView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'NotFoundPage' });
  // The missing page has no translation: the switcher offers the other language's home.
  const alternates = homePaths();
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" tabIndex={-1} className="focus:outline-none mx-auto max-w-page px-gutter py-16">
        <p className="font-sans text-sm font-bold uppercase tracking-widest text-accent">404</p>
        <h1 className="mt-2 font-serif text-4xl font-bold">{t('title')}</h1>
        <p className="mt-4 max-w-measure text-lg">{t('body')}</p>
        <p className="mt-6">
          <a href={homePath(locale)} className="font-semibold underline underline-offset-4 hover:text-accent">
            {t('home')}
          </a>
        </p>
      </main>
    </>
  );
}
