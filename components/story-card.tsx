import { getTranslations } from 'next-intl/server';
import { formatList } from '@/lib/format';
import { getSite } from '@/lib/site';
import { articlePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import type { ArticleSummary } from '@/lib/site/types';
import { StoryMeta } from './story-meta';

/** A story on the home page: `lead` is the large top story, otherwise a list item. */
export async function StoryCard({ article, locale, lead = false }: { article: ArticleSummary; locale: Locale; lead?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'StoryMeta' });
  const site = getSite();
  const speakers = article.speakers.flatMap((s) => site.person(s.id)?.name[locale] ?? []);
  const Heading = lead ? 'h2' : 'h3';
  return (
    <article className={lead ? 'border-b border-rule pb-8' : 'border-t border-rule pt-5'}>
      <p className="text-xs font-bold uppercase tracking-widest text-accent">{site.section(article.section)?.name[locale]}</p>
      <Heading className={`mt-2 font-serif font-bold leading-tight ${lead ? 'text-4xl sm:text-5xl' : 'text-2xl'}`}>
        <a href={articlePath(locale, article.slug)} className="hover:text-accent hover:underline">
          {article.title}
        </a>
      </Heading>
      <p className={`mt-3 font-serif text-muted ${lead ? 'text-xl' : 'text-lg'} max-w-measure`}>{article.standfirst}</p>
      <div className="mt-3 space-y-1">
        <StoryMeta article={article} locale={locale} />
        {speakers.length > 0 && <p className="text-sm">{t('withSpeakers', { names: formatList(speakers, locale) })}</p>}
      </div>
    </article>
  );
}
