import { getTranslations } from 'next-intl/server';
import { formatList } from '@/lib/format';
import { entityKinds, getSite } from '@/lib/site';
import type { Locale } from '@/lib/i18n/routing';
import type { ArticleSummary } from '@/lib/site/types';

/** Each organization the story mentions, what it is, and which of the story's speakers belong to it. */
export async function OrganizationsSidebar({ article, locale }: { article: ArticleSummary; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'OrganizationsSidebar' });
  if (article.organizations.length === 0) return null;
  const site = getSite();
  const speakerIds = new Set(article.speakers.map((s) => s.id));
  return (
    <aside aria-labelledby="organizations-heading" className="rounded-sm border border-rule p-5">
      <h2 id="organizations-heading" className="font-sans text-sm font-bold uppercase tracking-widest text-accent">
        {t('heading')}
      </h2>
      <ul className="mt-3 divide-y divide-rule">
        {article.organizations
          .flatMap((id) => site.organization(id) ?? [])
          .map((organization) => {
            const { id } = organization;
            // Only the organization's people who speak in this story, alphabetically.
            const members = site
              .membersOf(id, locale)
              .filter((p) => speakerIds.has(p.id))
              .map((p) => p.name[locale]);
            return (
              <li key={id} className="py-4 first:pt-2" data-organization={id}>
                <h3 className="font-serif text-base font-bold leading-snug">
                  <a href={entityKinds.organizations.path(locale, organization)} className="hover:text-accent hover:underline">
                    {organization.name[locale]}
                  </a>
                </h3>
                <p className="mt-1 text-sm text-muted">{organization.description[locale]}</p>
                {members.length > 0 && (
                  <p className="mt-1 text-sm">
                    {t('members')} {formatList(members, locale)}
                  </p>
                )}
              </li>
            );
          })}
      </ul>
    </aside>
  );
}
