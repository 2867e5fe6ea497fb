import type { ArticleSummary } from '@/lib/site/types';
import type { Locale } from '@/lib/i18n/routing';
import { OtherLanguageStories } from '@/components/other-language-stories';
import { SectionHeading } from '@/components/section-heading';
import { Pager } from '@/components/pager';
import { StoryList } from '@/components/story-list';
import { firstPage } from '@/lib/site/pagination';

export interface EntityStoriesProps {
  /** Id of the section's heading, unique on the page. */
  headingId: string;
  heading: string;
  /** Said when no story in the page's language is about the entity. */
  empty: string;
  locale: Locale;
  /** The entity's stories in a language: read for the page's, then for each other one. */
  storiesIn: (locale: Locale) => ArticleSummary[];
  /** The entity's page in a language: in the page's, its numbered pages hold the older stories. */
  pathIn: (locale: Locale) => string;
}

/**
 * An entity's newest stories in the page's language (the first page of them: the pager leads to
 * the older ones), then those it has only in another language.
 */
export function EntityStories({ headingId, heading, empty, locale, storiesIn, pathIn }: EntityStoriesProps) {
  const list = firstPage(storiesIn(locale));
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <SectionHeading id={headingId}>{heading}</SectionHeading>
      {list.items.length === 0 ? <p className="mt-3 text-muted">{empty}</p> : <StoryList articles={list.items} locale={locale} />}
      <Pager locale={locale} listPath={pathIn(locale)} page={1} pages={list.pages} />
      <OtherLanguageStories locale={locale} storiesIn={storiesIn} morePath={pathIn} />
    </section>
  );
}
