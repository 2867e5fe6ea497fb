import { noneAtBuildTime } from '@/lib/site/prerender';
import { liteResponse } from '../lite-route';

/** `/en/articles/<slug>/lite`: the lite version of a story in English (../lite-route.ts). */
export const dynamic = 'force-static';
// Rendered on its first request, for every story, then kept (lib/site/prerender.ts): none at build time.
export const dynamicParams = true;
export const generateStaticParams = noneAtBuildTime;

export function GET(_request: Request, { params }: RouteContext<'/[locale]/articles/[slug]/lite'>) {
  return liteResponse('en', params);
}
