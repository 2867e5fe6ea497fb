import { feedResponse, feedStaticParams } from '../feed-route';

/** `/fr/feed.json`, `/en/feed.json`: JSON Feed 1.1 of the language's stories, built with the pages. */
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = feedStaticParams;

export function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.json'>) {
  return feedResponse('json', params);
}
