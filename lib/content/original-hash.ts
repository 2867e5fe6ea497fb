import { createHash } from 'node:crypto';
import { ORIGINAL_HASH_LENGTH, type ArticleFrontMatter } from './schema';

/*
 * A translation records `originalHash`: the code of the original's text it was last checked
 * against. The code covers what a translator translates — title, standfirst, session,
 * location, each speaker with their role, and the body — and nothing else, so only a change a
 * translator must carry over makes translations "out of date":
 *  - front matter is hashed from its parsed values: quoting, key order, comments and ids such
 *    as tags, section or the source do not count;
 *  - in the body, line endings, trailing spaces, the number of blank lines between paragraphs
 *    and where a paragraph's lines are wrapped do not count (Markdown renders them the same).
 * Any change of wording, punctuation or paragraph breaks does.
 */

type TranslatedText = Pick<ArticleFrontMatter, 'title' | 'standfirst' | 'session' | 'location' | 'speakers'>;

/** The code a translation stores in `originalHash` for this original. */
export function originalHash(frontMatter: TranslatedText, body: string): string {
  const canonical = JSON.stringify([
    frontMatter.title,
    frontMatter.standfirst,
    frontMatter.session ?? null,
    frontMatter.location,
    frontMatter.speakers.map((s) => [s.id, s.role]),
    normalizeBody(body),
  ]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, ORIGINAL_HASH_LENGTH);
}

/** Paragraphs (blank-line separated blocks) with their inner whitespace collapsed to single spaces. */
function normalizeBody(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}
