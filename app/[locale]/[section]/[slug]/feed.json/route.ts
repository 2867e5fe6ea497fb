import { noneAtBuildTime } from '@/lib/site/prerender';
import { entityFeedResponse } from '../entity-feed-route';

/** `/fr/intervenants/<slug>/feed.json`…: JSON Feed 1.1 of the stories an entity page lists (../entity-feed-route.ts). */
export const dynamic = 'force-static';
// Rendered on its first request (a feed reader's), then kept: none at build time (lib/site/prerender.ts).
export const dynamicParams = true;
export const generateStaticParams = noneAtBuildTime;

export function GET(_request: Request, { params }: RouteContext<'/[locale]/[section]/[slug]/feed.json'>) {
  return entityFeedResponse('json', params);
}
