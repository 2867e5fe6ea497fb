import type { Locale } from '@/lib/i18n/routing';
import { OtherLanguageStories } from '@/components/other-language-stories';
import { SectionHeading } from '@/components/section-heading';
import { Pager } from '@/components/pager';
import { StoryList } from '@/components/story-list';
import { entityKinds, getSite, type EntityKind } from '@/lib/site';
import { firstPage } from '@/lib/site/pagination';
import type { LocalizedText } from '@/lib/site/types';

export interface EntityStoriesProps {
  /** Id of the section's heading, unique on the page. */
  headingId: string;
  heading: string;
  /** Said when no story in the page's language is about the entity. */
  empty: string;
  locale: Locale;
  /** The entity, of its kind: the kind's descriptor says which stories are its and where its page is. */
  kind: EntityKind;
  entity: { readonly id: string; readonly slug: LocalizedText };
}

/**
 * An entity's newest stories in the page's language (the first page of them: the pager leads to
 * the older ones on its numbered pages), then those it has only in another language.
 */
export function EntityStories({ headingId, heading, empty, locale, kind, entity }: EntityStoriesProps) {
  const list = firstPage(entityKinds[kind].stories(getSite(), entity.id, locale));
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <SectionHeading id={headingId}>{heading}</SectionHeading>
      {list.items.length === 0 ? <p className="mt-3 text-muted">{empty}</p> : <StoryList articles={list.items} locale={locale} />}
      <Pager locale={locale} listPath={entityKinds[kind].path(locale, entity)} page={1} pages={list.pages} />
      <OtherLanguageStories locale={locale} kind={kind} entity={entity} />
    </section>
  );
}
