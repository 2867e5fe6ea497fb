import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { PageFrame } from '@/components/page-frame';
import { homePath, topicPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { getRegistry } from '@/lib/registry';
import { entityPaths } from '@/lib/seo/alternates';

/** Every topic, alphabetically by its name in the page's language, with its number of stories. */
export async function TopicsIndexView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'TopicsIndex' });
  const tEntity = await getTranslations({ locale, namespace: 'EntityPage' });
  const tHeader = await getTranslations({ locale, namespace: 'SiteHeader' });
  const registry = getRegistry();
  return (
    <PageFrame locale={locale} alternates={entityPaths('topics')}>
      <Breadcrumbs locale={locale} crumbs={[{ label: tHeader('home'), href: homePath(locale) }, { label: t('title') }]} />
      <h1 className="mt-4 font-serif text-4xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-measure text-muted">{t('description')}</p>
      <ul className="mt-6 grid gap-x-8 gap-y-3 sm:grid-cols-2 md:grid-cols-3">
        {registry.topics(locale).map((topic) => (
          <li key={topic.id} data-topic={topic.id}>
            <Link href={topicPath(locale, topic.id)} className="font-serif text-lg font-bold underline decoration-rule underline-offset-4 hover:text-accent">
              {topic.name[locale]}
            </Link>
            <span className="ml-2 text-sm text-muted">{tEntity('storyCount', { count: registry.storiesTagged(topic.id, locale).length })}</span>
          </li>
        ))}
      </ul>
    </PageFrame>
  );
}
