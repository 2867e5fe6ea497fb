import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { EntityKind, EntityKindDescriptor, EntityOf } from '@/lib/site';
import { entityPaths, pageAlternates } from '@/lib/seo/alternates';
import type { OwnFeeds } from '@/lib/seo/feeds';
import { websiteCard } from '@/lib/seo/open-graph';

/*
 * <head> of the entity pages: title and description from the kind's descriptor (saying what the
 * page is about the entity, so a name spelt the same in both languages still gives each page its
 * own title), canonical and hreflang (entity pages exist in every language), Open Graph.
 */

async function withCard(locale: Locale, title: string, description: string, paths: Record<Locale, string>, ownFeeds?: OwnFeeds): Promise<Metadata> {
  const siteName = (await getTranslations({ locale, namespace: 'Metadata' }))('siteName');
  return { title, description, alternates: pageAlternates(paths, locale, ownFeeds), ...websiteCard({ title, description, siteName, locale, paths }) };
}

export async function entityIndexMetadata(kind: EntityKindDescriptor<EntityKind>, locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: kind.messages.index });
  return withCard(locale, t('title'), t('description'), entityPaths(kind.kind));
}

export async function entityMetadata<K extends EntityKind>(kind: EntityKindDescriptor<K>, entity: EntityOf[K], locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: kind.messages.page });
  const { title, description } = kind.meta(entity, locale, (key, values) => t(key, values));
  const feeds = { title: await entityFeedTitle(kind, entity, locale), paths: kind.feedPaths(locale, entity) };
  return withCard(locale, title, description, entityPaths(kind.kind, entity), feeds);
}

/** Title of an entity's feeds: "Olga Vidanova — Cloud Cities Info". */
export async function entityFeedTitle<K extends EntityKind>(kind: EntityKindDescriptor<K>, entity: EntityOf[K], locale: Locale): Promise<string> {
  const siteName = (await getTranslations({ locale, namespace: 'Metadata' }))('siteName');
  return (await getTranslations({ locale, namespace: 'FollowFeeds' }))('title', { name: kind.name(entity, locale), siteName });
}
