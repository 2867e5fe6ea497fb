import { getTranslations } from 'next-intl/server';
import { homePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import type { ListPage } from '@/lib/site/pagination';
import type { ArticleSummary } from '@/lib/site/types';
import { Pager } from './pager';
import { StoryCard } from './story-card';

export interface HomeStoriesProps {
  locale: Locale;
  /** One page of the language's stories, newest first (lib/site/pagination.ts). */
  list: ListPage<ArticleSummary>;
}

/**
 * A language's stories, newest first, a page at a time: on the home page (page 1) the newest
 * as the lead story and the others as cards; on the older pages (`/fr/page/2`) cards only. The
 * pager links the pages.
 */
export async function HomeStories({ locale, list }: HomeStoriesProps) {
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  const first = list.page === 1;
  const lead = first ? list.items[0] : undefined;
  const rest = first ? list.items.slice(1) : list.items;
  return (
    <>
      {first && (lead ? <StoryCard article={lead} locale={locale} lead /> : <p>{t('empty')}</p>)}
      {rest.length > 0 && (
        <section aria-labelledby="latest-heading" className={first ? 'mt-10' : undefined}>
          <h2 id="latest-heading" className="font-sans text-sm font-bold uppercase tracking-widest text-muted">
            {t('latest')}
          </h2>
          <ul className="mt-4 grid gap-8 md:grid-cols-2">
            {rest.map((article) => (
              <li key={article.storyId}>
                <StoryCard article={article} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <Pager locale={locale} listPath={homePath(locale)} page={list.page} pages={list.pages} />
    </>
  );
}
