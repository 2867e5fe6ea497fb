import type { Organization } from '@/lib/site/types';
import { entityPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';

/** Organizations as a list of links to their pages, in the page's language. */
export function OrganizationLinks({ organizations, locale }: { organizations: readonly Organization[]; locale: Locale }) {
  return (
    <ul>
      {organizations.map((org) => (
        <li key={org.id}>
          <a href={entityPath('organizations', locale, org.id)} className="underline underline-offset-4 hover:text-accent">
            {org.name[locale]}
          </a>
        </li>
      ))}
    </ul>
  );
}
