import { entityKinds } from '@/lib/site';
import type { Locale } from '@/lib/i18n/routing';
import type { Organization, Person } from '@/lib/site/types';

const HEADING = {
  h2: 'font-serif text-xl font-bold',
  h3: 'font-serif text-lg font-bold leading-snug',
} as const;

export interface PersonSummaryProps {
  person: Person;
  /** The role to show: the person's own, or the one a story gave them. */
  role: string;
  organization?: Organization;
  locale: Locale;
  /** `h2` in a page's own list (the people index), `h3` under a sidebar's heading. */
  level: keyof typeof HEADING;
}

/** Who someone is, in a list of people: name linking to their page, role, first organization. */
export function PersonSummary({ person, role, organization, locale, level: Heading }: PersonSummaryProps) {
  return (
    <>
      <Heading className={HEADING[Heading]}>
        <a href={entityKinds.people.path(locale, person)} className="hover:text-accent hover:underline">
          {person.name[locale]}
        </a>
      </Heading>
      <p className="mt-1 text-sm">{role}</p>
      {organization && (
        <p className="text-sm">
          <a href={entityKinds.organizations.path(locale, organization)} className="text-muted underline decoration-rule underline-offset-4 hover:text-accent">
            {organization.name[locale]}
          </a>
        </p>
      )}
    </>
  );
}
