import { topicPath } from '@/lib/i18n/paths';
import { getTopicName } from '@/lib/entities';
import type { Locale } from '@/lib/i18n/routing';
import type { Article } from '@/lib/content/types';

export function TopicList({ article, locale, label }: { article: Article; locale: Locale; label: string }) {
  if (article.tags.length === 0) return null;
  return (
    <section aria-label={label} className="mt-6">
      <ul className="flex flex-wrap gap-2 text-sm">
        {article.tags.map((tag) => (
          <li key={tag}>
            <a href={topicPath(locale, tag)} className="inline-block rounded-full border border-rule px-3 py-1 hover:border-accent hover:text-accent">
              {getTopicName(tag, locale)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
