import type { ArticleSummary } from '@/lib/site/types';
import type { Locale } from '@/lib/i18n/routing';
import { OtherLanguageStories } from '@/components/other-language-stories';
import { SectionHeading } from '@/components/section-heading';
import { StoryList } from '@/components/story-list';

export interface EntityStoriesProps {
  /** Id of the section's heading, unique on the page. */
  headingId: string;
  heading: string;
  /** Said when no story in the page's language is about the entity. */
  empty: string;
  locale: Locale;
  /** The entity's stories in a language: read for the page's, then for each other one. */
  storiesIn: (locale: Locale) => ArticleSummary[];
}

/** An entity's stories in the page's language, then those it has only in another language. */
export function EntityStories({ headingId, heading, empty, locale, storiesIn }: EntityStoriesProps) {
  const stories = storiesIn(locale);
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <SectionHeading id={headingId}>{heading}</SectionHeading>
      {stories.length === 0 ? <p className="mt-3 text-muted">{empty}</p> : <StoryList articles={stories} locale={locale} />}
      <OtherLanguageStories locale={locale} storiesIn={storiesIn} />
    </section>
  );
}
