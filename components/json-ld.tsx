import type { Graph, JsonLdObject, Thing, WithContext } from 'schema-dts';
import { serializeJsonLd } from '@/lib/seo/json-ld';

/**
 * A `<script type="application/ld+json">` with structured data, escaped so that no value can
 * end the script (see `serializeJsonLd`). Pass a builder's result from `lib/seo/json-ld`.
 */
export function JsonLd({ data }: { data: Graph | WithContext<JsonLdObject> | WithContext<Thing> | undefined }) {
  if (!data) return null;
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
