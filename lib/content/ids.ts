/**
 * The shape of every id and slug in content — story folders, people, organizations, events,
 * topics, sections, URL slugs: lowercase ASCII letters and digits in words joined by single
 * hyphens. They become URL segments and file names, so nothing in them needs escaping.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}
