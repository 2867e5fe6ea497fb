import type { ReactNode } from 'react';
import type { QuoteTie } from '@/lib/site/types';
import type { Locale } from '@/lib/i18n/routing';
import { quotationMarks } from '@/lib/typography/quotation-marks';

/**
 * One statement tied to a speaker, shown away from its story (a sidebar, a person's page): its
 * kind as a caption, then its words, then whatever link the caller adds. A direct quotation is a
 * quotation: a <blockquote> in the language's quotation marks, set off by a rule. Reported speech
 * (`:said`) is the story's own paraphrase, not the speaker's words: plain text, as in the story,
 * with no quotation element, marks, italics or rule, so no reader takes it for a quotation.
 */
export function Statement({
  quote,
  locale,
  caption,
  className,
  children,
}: {
  quote: QuoteTie;
  locale: Locale;
  /** "Quote" / "Paraphrase", in the page's language. */
  caption: string;
  /** Layout only (spacing, size): how each kind looks is decided here. */
  className?: string;
  children?: ReactNode;
}) {
  const label = <p className="text-xs font-semibold uppercase tracking-wide text-muted">{caption}</p>;
  if (quote.kind === 'said') {
    return (
      <div className={className}>
        {label}
        <p className="mt-1">{quote.text}</p>
        {children}
      </div>
    );
  }
  const [open, close] = quotationMarks(locale);
  return (
    <figure className={className}>
      <figcaption>{label}</figcaption>
      <blockquote className="mt-1 border-l-2 border-accent pl-3 font-serif italic">{`${open}${quote.text}${close}`}</blockquote>
      {children}
    </figure>
  );
}
