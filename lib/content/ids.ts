/**
 * The shape of every id and slug in content — story folders, people, organizations, events,
 * topics, sections, URL slugs: lowercase ASCII letters and digits in words joined by single
 * hyphens. They become URL segments and file names, so nothing in them needs escaping.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** Longest slug `slugify` makes: web addresses stay short enough to read and share. */
export const SLUGIFY_MAX_LENGTH = 80;

/**
 * The one rule that turns a text into a slug (a story's headline in `content:new`, an entity's
 * name for its pages' addresses): ligatures spelled out, accents dropped, lowercase, every run of
 * other characters one hyphen. Empty when the text has no letter or digit of the Latin alphabet.
 */
export function slugify(text: string): string {
  return text
    .replace(/œ/g, 'oe').replace(/Œ/g, 'Oe').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUGIFY_MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
}
