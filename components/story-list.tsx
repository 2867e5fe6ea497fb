import type { ReactNode } from 'react';
import { formatDate } from '@/lib/format';
import { articlePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import type { ArticleSummary } from '@/lib/site/types';

export interface StoryListProps {
  articles: readonly ArticleSummary[];
  locale: Locale;
  /** Level of each story's title, below the section heading that holds the list. */
  headingLevel?: 2 | 3;
  /** What this page adds under a story (the role it gave someone, what was shared…). */
  detail?: (article: ArticleSummary) => ReactNode;
}

/** A compact list of stories in the page's language: title, date, standfirst. */
export function StoryList({ articles, locale, headingLevel = 3, detail }: StoryListProps) {
  return (
    <ul className="mt-4 divide-y divide-rule border-y border-rule">
      {articles.map((article) => (
        <li key={article.storyId} className="py-5">
          <article>
            <StoryHeading article={article} locale={locale} level={headingLevel} />
            <p className="mt-2 max-w-measure font-serif text-muted">{article.standfirst}</p>
            {detail?.(article)}
          </article>
        </li>
      ))}
    </ul>
  );
}

export interface StoryHeadingProps {
  article: ArticleSummary;
  locale: Locale;
  level?: 2 | 3;
  /** Said after the date, on its line (the role the story gave someone). */
  dateline?: ReactNode;
}

/** A story's title linking to it, and its date: how every list of stories starts an entry. */
export function StoryHeading({ article, locale, level = 3, dateline }: StoryHeadingProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading className="font-serif text-xl font-bold leading-snug">
        <a href={articlePath(locale, article.slug)} className="hover:text-accent hover:underline">
          {article.title}
        </a>
      </Heading>
      <p className="mt-1 text-sm text-muted">
        <time dateTime={article.date}>{formatDate(article.date, locale)}</time>
        {dateline && (
          <>
            <span aria-hidden="true"> · </span>
            {dateline}
          </>
        )}
      </p>
    </>
  );
}
