import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SiteFooter' });
  const tMeta = await getTranslations({ locale, namespace: 'Metadata' });
  return (
    <footer className="mt-16 border-t border-rule print:hidden">
      <div className="mx-auto max-w-page px-gutter py-8 text-sm text-muted">
        <p className="font-serif text-base font-bold text-ink">{tMeta('siteName')}</p>
        <p className="mt-2 max-w-measure">{t('about')}</p>
      </div>
    </footer>
  );
}
