import { getTranslations } from 'next-intl/server';
import { formatList } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import type { ArticleSummary } from '@/lib/site/types';
import { getSite } from '@/lib/site';
import { SectionHeading } from './section-heading';
import { StoryList } from './story-list';

const LIMIT = 5;

/**
 * "More on these people and organisations": other stories in the page's language sharing a
 * speaker or an organization with this one, most shared first, each saying what it shares.
 */
export async function RelatedStories({ article, locale }: { article: ArticleSummary; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'RelatedStories' });
  const site = getSite();
  const related = site.relatedStories(article, LIMIT);
  const shared = (other: ArticleSummary): string[] => {
    const speakers = new Set(other.speakers.map((s) => s.id));
    const organizations = new Set(other.organizations);
    return [
      ...article.speakers.filter((s) => speakers.has(s.id)).flatMap((s) => site.person(s.id)?.name[locale] ?? []),
      ...article.organizations.filter((id) => organizations.has(id)).flatMap((id) => site.organization(id)?.name[locale] ?? []),
    ];
  };
  return (
    <section aria-labelledby="related-heading" className="mt-12 border-t-2 border-ink pt-6 print:hidden">
      <SectionHeading id="related-heading">{t('heading')}</SectionHeading>
      {related.length === 0 ? (
        <p className="mt-3 text-muted">{t('empty')}</p>
      ) : (
        <StoryList
          articles={related}
          locale={locale}
          detail={(other) => <p className="mt-2 text-sm">{t('shared', { names: formatList(shared(other), locale) })}</p>}
        />
      )}
    </section>
  );
}
