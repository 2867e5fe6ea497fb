import { getTranslations } from 'next-intl/server';
import { languageName } from '@/lib/format';
import { articlePath } from '@/lib/i18n/paths';
import { routing, type Locale } from '@/lib/i18n/routing';
import type { ArticleSummary } from '@/lib/site/types';
import { getSite } from '@/lib/site';

/**
 * Stories of an entity that exist only in another language: listed honestly rather than
 * hidden, with their title in their own language and a link that says where it goes.
 * `storiesIn` gives the entity's stories in a language (e.g. the organization's mentions).
 */
export async function OtherLanguageStories({ locale, storiesIn }: { locale: Locale; storiesIn: (locale: Locale) => ArticleSummary[] }) {
  const t = await getTranslations({ locale, namespace: 'EntityPage' });
  const site = getSite();
  const groups = routing.locales
    .filter((l) => l !== locale)
    .map((l) => ({ language: l, articles: storiesIn(l).filter((a) => !site.versions(a.storyId)[locale]) }))
    .filter((g) => g.articles.length > 0);
  if (groups.length === 0) return null;
  return (
    <>
      {groups.map(({ language, articles }) => (
        <section key={language} aria-labelledby={`only-in-${language}`} className="mt-8">
          <h3 id={`only-in-${language}`} className="font-sans text-sm font-bold uppercase tracking-widest text-muted">
            {t('onlyIn', { language: languageName(language, locale) })}
          </h3>
          <p className="mt-1 text-sm text-muted">{t('onlyInNote')}</p>
          <ul className="mt-3 space-y-2">
            {articles.map((article) => (
              <li key={article.storyId} lang={language}>
                <a href={articlePath(language, article.slug)} hrefLang={language} className="font-serif underline underline-offset-4 hover:text-accent">
                  {article.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
