import { entityKinds, getSite } from '@/lib/site';
import type { Locale } from '@/lib/i18n/routing';
import type { ArticleSummary } from '@/lib/site/types';

export function TopicList({ article, locale, label }: { article: ArticleSummary; locale: Locale; label: string }) {
  const site = getSite();
  const topics = article.tags.flatMap((tag) => site.topic(tag) ?? []);
  if (topics.length === 0) return null;
  return (
    <section aria-label={label} className="mt-6">
      <ul className="flex flex-wrap gap-2 text-sm">
        {topics.map((topic) => (
          <li key={topic.id}>
            <a
              href={entityKinds.topics.path(locale, topic)}
              className="inline-block rounded-full border border-rule px-3 py-1 hover:border-accent hover:text-accent"
            >
              {topic.name[locale]}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
