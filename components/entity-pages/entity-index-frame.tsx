import type { ReactNode } from 'react';
import { PageFrame } from '@/components/page-frame';
import type { EntityKind } from '@/lib/site';
import type { Locale } from '@/lib/i18n/routing';
import { entityPaths } from '@/lib/seo/alternates';
import { EntityBreadcrumbs } from './entity-breadcrumbs';

export interface EntityIndexFrameProps {
  kind: EntityKind;
  locale: Locale;
  title: string;
  description: string;
  /** The index itself (or what it says when empty). */
  children: ReactNode;
}

/** What every index of people, organizations, topics and events opens with: crumbs, title, what it lists. */
export function EntityIndexFrame({ kind, locale, title, description, children }: EntityIndexFrameProps) {
  return (
    <PageFrame locale={locale} alternates={entityPaths(kind)}>
      <EntityBreadcrumbs kind={kind} locale={locale} />
      <h1 className="mt-4 font-serif text-4xl font-bold">{title}</h1>
      <p className="mt-2 max-w-measure text-muted">{description}</p>
      {children}
    </PageFrame>
  );
}
