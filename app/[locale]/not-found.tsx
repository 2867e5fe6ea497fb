import { getLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/not-found-view';
import { isLocale, routing } from '@/lib/i18n/routing';

/** The not-found boundary: what the browser shows once the 404 page's marker is hydrated. */
export default async function NotFound() {
  const locale = await getLocale();
  return <NotFoundView locale={isLocale(locale) ? locale : routing.defaultLocale} />;
}
