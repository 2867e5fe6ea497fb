/*
 * Type of the module `npm run search:index` generates next to this file (search-index.js, not in
 * git), so the type check passes on a clean clone before any build.
 */
/** The index and its documents, as `SearchIndex.serialize()` wrote them (see lib/search/index.ts). */
export declare const serializedSearchIndex: string;
