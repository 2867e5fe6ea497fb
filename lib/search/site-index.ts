import { serializedSearchIndex } from './generated/search-index';
import { loadSearchIndex, type SearchIndex } from './index';

/*
 * The site's search index, generated at build time (`npm run search:index`) and bundled with the
 * server code: loaded once per process, on the first search.
 */
let index: SearchIndex | undefined;

export function getSearchIndex(): SearchIndex {
  index ??= loadSearchIndex(serializedSearchIndex);
  return index;
}
