import { getTranslations } from 'next-intl/server';
import { formatDate, formatPartialDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import type { NewsEvent } from '@/lib/site/types';

/** Whether there is anything to say of when an event was: its date, or when it was reported. */
export const hasEventDate = (event: NewsEvent) => event.date !== undefined || event.reportedOn.length > 0;

/**
 * When an event took place, as precise as its source ("septembre 2025"); where no source dates
 * it, when it was reported: the dates of its stories' sources ("Reported on 19 September 2025"),
 * never a date of our own making. `inline` for the middle of a line (lower case).
 */
export async function EventDate({ event, locale, inline = false }: { event: NewsEvent; locale: Locale; inline?: boolean }) {
  if (event.date) return <time dateTime={event.date}>{formatPartialDate(event.date, locale)}</time>;
  const [first, last] = [event.reportedOn[0], event.reportedOn.at(-1)];
  if (!first || !last) return null;
  const t = await getTranslations({ locale, namespace: 'EventPage' });
  const day = (date: string) => <time dateTime={date}>{formatDate(date, locale)}</time>;
  return <>{t.rich(inline ? 'reportedInline' : 'reported', { count: event.reportedOn.length, first: () => day(first), last: () => day(last) })}</>;
}
