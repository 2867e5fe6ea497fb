import { noneAtBuildTime } from '@/lib/site/prerender';
import { entityFeedResponse } from '../entity-feed-route';

/** `/fr/intervenants/<slug>/feed.xml`…: RSS 2.0 of the stories an entity page lists (../entity-feed-route.ts). */
export const dynamic = 'force-static';
// Rendered on its first request (a feed reader's), then kept: none at build time (lib/site/prerender.ts).
export const dynamicParams = true;
export const generateStaticParams = noneAtBuildTime;

export function GET(_request: Request, { params }: RouteContext<'/[locale]/[section]/[slug]/feed.xml'>) {
  return entityFeedResponse('rss', params);
}
