import { JsonLd } from '@/components/json-ld';
import { getTranslations } from 'next-intl/server';
import { EntityHeading } from '@/components/entity-heading';
import { OrganizationLinks } from '@/components/organization-links';
import { OtherLanguageStories } from '@/components/other-language-stories';
import { Statement } from '@/components/statement';
import { PageFrame } from '@/components/page-frame';
import { Pager } from '@/components/pager';
import { SectionHeading } from '@/components/section-heading';
import { StoryHeading } from '@/components/story-list';
import { articlePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import type { Person } from '@/lib/site/types';
import { entityKinds, getSite } from '@/lib/site';
import { firstPage } from '@/lib/site/pagination';
import { entityPaths } from '@/lib/seo/alternates';
import { EntityBreadcrumbs } from './entity-breadcrumbs';
import { FollowFeeds } from './follow-feeds';

/**
 * A person: name (and other spellings), current role and organization, then the stories in the
 * page's language they appear in, newest first (a page of them: the pager leads to the older
 * ones), with the role that story gave them and what they were quoted saying there (each
 * statement linking to its place in the story).
 */
export async function PersonView({ person, locale }: { person: Person; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'PersonPage' });
  const site = getSite();
  const appearances = firstPage(site.appearancesOf(person.id, locale));
  const organizations = site.organizationsOf(person.id);
  return (
    <PageFrame locale={locale} alternates={entityPaths('people', person)}>
      <JsonLd data={entityKinds.people.jsonLd(site, person, locale)} />
      <EntityBreadcrumbs kind="people" locale={locale} name={person.name[locale]} />
      <article lang={locale}>
        <EntityHeading name={person.name} locale={locale} />
        <FollowFeeds kind="people" entity={person} name={person.name[locale]} locale={locale} />
        <dl className="mt-6 grid max-w-measure gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t('role')}</dt>
          <dd>{person.role[locale]}</dd>
          {organizations.length > 0 && (
            <>
              <dt className="font-semibold">{t('organizations', { count: organizations.length })}</dt>
              <dd>
                <OrganizationLinks organizations={organizations} locale={locale} />
              </dd>
            </>
          )}
        </dl>

        <section aria-labelledby="appearances-heading" className="mt-10">
          <SectionHeading id="appearances-heading">{t('appearances')}</SectionHeading>
          {appearances.items.length === 0 ? (
            <p className="mt-3 text-muted">{t('noAppearances')}</p>
          ) : (
            <ol className="mt-4 divide-y divide-rule border-y border-rule">
              {appearances.items.map(({ article, role, quotes }) => (
                <li key={article.storyId} className="py-5" data-story={article.storyId}>
                  <StoryHeading article={article} locale={locale} dateline={t('roleInStory', { role })} />
                  <ul className="mt-3 space-y-3">
                    {quotes.map((quote) => (
                      <li key={quote.anchor}>
                        <Statement quote={quote} locale={locale} caption={quote.kind === 'quote' ? t('quoted') : t('reported')} />
                        {/* A plain link: a full page load lands on the anchor before any script runs. */}
                        <a
                          href={`${articlePath(locale, article.slug)}#${quote.anchor}`}
                          className="mt-1 inline-block text-sm underline underline-offset-2 print:hidden"
                        >
                          {t.rich('inStory', { title: article.title, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
                        </a>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
          <Pager locale={locale} listPath={entityKinds.people.path(locale, person)} page={1} pages={appearances.pages} />
          <OtherLanguageStories locale={locale} kind="people" entity={person} />
        </section>
      </article>
    </PageFrame>
  );
}
