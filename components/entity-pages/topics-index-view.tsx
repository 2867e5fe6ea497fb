import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { entityKinds, getSite } from '@/lib/site';
import { EntityIndexFrame } from './entity-index-frame';

/** Every topic, alphabetically by its name in the page's language, with its number of stories. */
export async function TopicsIndexView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'TopicsIndex' });
  const tEntity = await getTranslations({ locale, namespace: 'EntityPage' });
  const site = getSite();
  return (
    <EntityIndexFrame kind="topics" locale={locale} title={t('title')} description={t('description')}>
      <ul className="mt-6 grid gap-x-8 gap-y-3 sm:grid-cols-2 md:grid-cols-3">
        {site.topics(locale).map((topic) => (
          <li key={topic.id} data-topic={topic.id}>
            <a
              href={entityKinds.topics.path(locale, topic)}
              className="font-serif text-lg font-bold underline decoration-rule underline-offset-4 hover:text-accent"
            >
              {topic.name[locale]}
            </a>
            <span className="ml-2 text-sm text-muted">{tEntity('storyCount', { count: site.storiesTagged(topic.id, locale).length })}</span>
          </li>
        ))}
      </ul>
    </EntityIndexFrame>
  );
}
