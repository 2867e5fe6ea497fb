import { getTranslations } from 'next-intl/server';
import { getSite } from '@/lib/site';
import { PersonSummary } from './person-summary';
import { Statement } from './statement';
import type { Locale } from '@/lib/i18n/routing';
import type { ArticleBody, ArticleSummary } from '@/lib/site/types';

/**
 * Everyone quoted in the story: name in the page's spelling, role as this story states it,
 * organization, and each statement tied to them in the body (with a link to it).
 */
export async function SpeakersSidebar({ article, locale }: { article: ArticleSummary & Pick<ArticleBody, 'quotes'>; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SpeakersSidebar' });
  const site = getSite();
  const speakers = article.speakers.flatMap(({ id, role }) => {
    const person = site.person(id);
    return person ? [{ person, role }] : [];
  });
  if (speakers.length === 0) return null;
  return (
    <aside aria-labelledby="speakers-heading" className="rounded-sm bg-panel p-5">
      <h2 id="speakers-heading" className="font-sans text-sm font-bold uppercase tracking-widest text-accent">
        {t('heading')}
      </h2>
      <ul className="mt-3 divide-y divide-rule">
        {speakers.map(({ person, role }) => {
          const { id } = person;
          const [organization] = site.organizationsOf(id);
          const quotes = article.quotes.filter((q) => q.speaker === id);
          return (
            <li key={id} className="py-4 first:pt-2" data-person={id}>
              <PersonSummary person={person} role={role} organization={organization} locale={locale} level="h3" />
              {quotes.map((quote) => (
                <Statement
                  key={quote.anchor}
                  quote={quote}
                  locale={locale}
                  caption={quote.kind === 'quote' ? t('quoted') : t('reported')}
                  className="mt-3 text-sm"
                >
                  <a href={`#${quote.anchor}`} className="mt-1 inline-block text-xs underline underline-offset-2 print:hidden">
                    {t('inText')}
                  </a>
                </Statement>
              ))}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
