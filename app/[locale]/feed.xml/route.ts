import { feedResponse, feedStaticParams } from '../feed-route';

/** `/fr/feed.xml`, `/en/feed.xml`: RSS 2.0 of the language's stories, built with the pages. */
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = feedStaticParams;

export function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  return feedResponse('rss', params);
}
