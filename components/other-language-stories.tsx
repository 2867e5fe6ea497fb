import { getTranslations } from 'next-intl/server';
import { languageName } from '@/lib/format';
import { articlePath } from '@/lib/i18n/paths';
import { routing, type Locale } from '@/lib/i18n/routing';
import { entityKinds, getSite, type EntityKind } from '@/lib/site';
import { firstPage } from '@/lib/site/pagination';
import type { LocalizedText } from '@/lib/site/types';

/**
 * Stories of an entity that exist only in another language: listed honestly rather than
 * hidden, with their title in their own language and a link that says where it goes.
 * The entity's stories in a language are its kind's (`stories` of its descriptor: a person's
 * appearances, an organization's mentions…); the newest of each language's fill a page at most,
 * and a link to the entity's page in that language, which has them all, says how many more there are.
 */
export async function OtherLanguageStories({
  locale,
  kind,
  entity,
}: {
  locale: Locale;
  kind: EntityKind;
  entity: { readonly id: string; readonly slug: LocalizedText };
}) {
  const descriptor = entityKinds[kind];
  const t = await getTranslations({ locale, namespace: 'EntityPage' });
  const site = getSite();
  const groups = routing.locales
    .filter((l) => l !== locale)
    .map((l) => ({ language: l, only: descriptor.stories(site, entity.id, l).filter((a) => !site.versions(a.storyId)[locale]) }))
    .filter((g) => g.only.length > 0)
    .map(({ language, only }) => {
      const list = firstPage(only);
      return { language, list, more: only.length - list.items.length };
    });
  if (groups.length === 0) return null;
  return (
    <>
      {groups.map(({ language, list, more }) => (
        <section key={language} aria-labelledby={`only-in-${language}`} className="mt-8">
          <h3 id={`only-in-${language}`} className="font-sans text-sm font-bold uppercase tracking-widest text-muted">
            {t('onlyIn', { language: languageName(language, locale) })}
          </h3>
          <p className="mt-1 text-sm text-muted">{t('onlyInNote')}</p>
          <ul className="mt-3 space-y-2">
            {list.items.map((article) => (
              <li key={article.storyId} lang={language}>
                <a href={articlePath(language, article.slug)} hrefLang={language} className="font-serif underline underline-offset-4 hover:text-accent">
                  {article.title}
                </a>
              </li>
            ))}
          </ul>
          {more > 0 && (
            <p className="mt-2 text-sm">
              <a href={descriptor.path(language, entity)} hrefLang={language} className="underline underline-offset-4 hover:text-accent">
                {t('onlyInMore', { count: more, language: languageName(language, locale) })}
              </a>
            </p>
          )}
        </section>
      ))}
    </>
  );
}
