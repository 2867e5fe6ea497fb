/*
 * Placeholders are what `npm run content:new` writes where the editor has to write something:
 * a text starting with "TODO" that says what belongs there ("TODO: headline in English").
 * Many placeholders would pass the schema (a title is any text), so they are looked for on
 * their own, before the schema, and reported as "still a placeholder" instead of whatever the
 * schema would say about "TODO: YYYY-MM-DD".
 */

const PLACEHOLDER = /^\s*TODO\b/;

/** True for a value the editor has not replaced yet. */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && PLACEHOLDER.test(value);
}

/** Paths of every placeholder text in parsed YAML, in document order. */
export function findPlaceholders(data: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  // YAML anchors can make a value contain itself: each object is walked once.
  const seen = new Set<object>();
  const walk = (value: unknown, path: (string | number)[]) => {
    if (isPlaceholder(value)) found.push(path);
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(data, []);
  return found;
}

/** 1-based lines of a Markdown body that still start with a placeholder. */
export function placeholderLines(body: string): number[] {
  return body.split('\n').flatMap((line, i) => (isPlaceholder(line) ? [i + 1] : []));
}

/** Whether `path` is `prefix` or lies under it (a problem under a placeholder adds nothing). */
export function isUnder(path: readonly PropertyKey[], prefix: readonly PropertyKey[]): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => key === path[i]);
}
