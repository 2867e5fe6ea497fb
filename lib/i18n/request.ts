import { getRequestConfig } from 'next-intl/server';
import { isLocale, routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../../content/messages/${locale}.json`)).default,
    // Dates in content are calendar days: format them in UTC so no time zone shifts the day.
    timeZone: 'UTC',
  };
});
