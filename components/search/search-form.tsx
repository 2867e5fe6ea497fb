import { searchPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { MAX_QUERY_LENGTH } from '@/lib/search/normalize';

export interface SearchFormProps {
  locale: Locale;
  /** Unique on the page: the input's id. */
  id: string;
  /** Names the search landmark. */
  formLabel: string;
  label: string;
  submit: string;
  /** The query to show in the box. */
  query?: string;
  /** The label stays for screen readers only (the header's compact box). */
  compact?: boolean;
}

/** A plain GET form to the search page: works without JavaScript, no client code. */
export function SearchForm({ locale, id, formLabel, label, submit, query, compact = false }: SearchFormProps) {
  return (
    <form
      role="search"
      method="get"
      action={searchPath(locale)}
      aria-label={formLabel}
      className={compact ? 'flex items-center gap-2 text-sm print:hidden' : 'mt-6 flex flex-wrap items-end gap-3'}
    >
      <label htmlFor={id} className={compact ? 'sr-only' : 'w-full text-sm font-semibold'}>
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={query}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
        className={`rounded border border-rule bg-paper px-3 text-ink ${compact ? 'w-40 py-1 sm:w-52' : 'min-w-0 flex-1 py-2 text-lg'}`}
      />
      <button type="submit" className={`rounded bg-accent font-semibold text-paper hover:opacity-90 ${compact ? 'px-3 py-1' : 'px-5 py-2 text-lg'}`}>
        {submit}
      </button>
    </form>
  );
}
