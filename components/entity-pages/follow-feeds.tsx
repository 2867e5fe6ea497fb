import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { entityKinds, type EntityKind } from '@/lib/site';
import type { LocalizedText } from '@/lib/site/types';

/** "Follow: RSS feed · JSON Feed": the entity's own feeds (its stories in the page's language), as plain links. */
export async function FollowFeeds({
  kind,
  entity,
  name,
  locale,
}: {
  kind: EntityKind;
  entity: { readonly slug: LocalizedText };
  name: string;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'FollowFeeds' });
  const paths = entityKinds[kind].feedPaths(locale, entity);
  return (
    <p className="mt-3 text-sm print:hidden" data-follow="">
      <span className="font-semibold">{t('heading')}</span>{' '}
      <a href={paths.rss} type="application/rss+xml" className="underline underline-offset-4 hover:text-accent">
        {t('rss')}
      </a>
      <span aria-hidden="true"> · </span>
      <a href={paths.json} type="application/feed+json" className="underline underline-offset-4 hover:text-accent">
        {t('json')}
      </a>
      <span className="text-muted"> — {t('hint', { name })}</span>
    </p>
  );
}
