import { getTranslations } from 'next-intl/server';
import { OtherLanguageStories } from '@/components/other-language-stories';
import { PageFrame } from '@/components/page-frame';
import { Pager } from '@/components/pager';
import { StoryList } from '@/components/story-list';
import type { Locale } from '@/lib/i18n/routing';
import type { Term } from '@/lib/site/types';
import { entityKinds, getSite } from '@/lib/site';
import { firstPage } from '@/lib/site/pagination';
import { entityPaths } from '@/lib/seo/alternates';
import { EntityBreadcrumbs } from './entity-breadcrumbs';
import { FollowFeeds } from './follow-feeds';

/** The stories on one topic, newest first (a page of them, the pager to the older ones); the topic is one id with a name in each language. */
export async function TopicView({ topic, locale }: { topic: Term; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'TopicPage' });
  const site = getSite();
  const list = firstPage(site.storiesTagged(topic.id, locale));
  return (
    <PageFrame locale={locale} alternates={entityPaths('topics', topic)}>
      <EntityBreadcrumbs kind="topics" locale={locale} name={topic.name[locale]} />
      <h1 className="mt-4 font-serif text-4xl font-bold">{topic.name[locale]}</h1>
      <FollowFeeds kind="topics" entity={topic} name={topic.name[locale]} locale={locale} />
      {list.items.length === 0 ? <p className="mt-6 text-muted">{t('empty')}</p> : <StoryList articles={list.items} locale={locale} headingLevel={2} />}
      <Pager locale={locale} listPath={entityKinds.topics.path(locale, topic)} page={1} pages={list.pages} />
      <OtherLanguageStories locale={locale} kind="topics" entity={topic} />
    </PageFrame>
  );
}
