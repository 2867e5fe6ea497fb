import type { Organization } from '@/lib/site/types';
import { entityKinds } from '@/lib/site';
import type { Locale } from '@/lib/i18n/routing';

/** Organizations as a list of links to their pages, in the page's language. */
export function OrganizationLinks({ organizations, locale }: { organizations: readonly Organization[]; locale: Locale }) {
  return (
    <ul>
      {organizations.map((org) => (
        <li key={org.id}>
          <a href={entityKinds.organizations.path(locale, org)} className="underline underline-offset-4 hover:text-accent">
            {org.name[locale]}
          </a>
        </li>
      ))}
    </ul>
  );
}
