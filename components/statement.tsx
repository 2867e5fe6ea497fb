import type { ReactNode } from 'react';
import type { QuoteTie } from '@/lib/site/types';
import type { Locale } from '@/lib/i18n/routing';
import { quotationMarks } from '@/lib/typography/quotation-marks';

/**
 * One statement tied to a speaker: its kind as a caption, its words (in the language's
 * quotation marks when quoted directly, plain when reported), and whatever link the caller adds.
 */
export function Statement({ quote, locale, caption, className, children }: {
  quote: QuoteTie;
  locale: Locale;
  /** "Quote" / "Paraphrase", in the page's language. */
  caption: string;
  className?: string;
  children?: ReactNode;
}) {
  const [open, close] = quotationMarks(locale);
  return (
    <figure className={className}>
      <figcaption className="text-xs font-semibold uppercase tracking-wide text-muted">{caption}</figcaption>
      <blockquote className="mt-1 font-serif italic">{quote.kind === 'quote' ? `${open}${quote.text}${close}` : quote.text}</blockquote>
      {children}
    </figure>
  );
}
