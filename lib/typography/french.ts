/**
 * French typography for plain text: the `value` of mdast `text` nodes and plain-text fields.
 *
 * These functions only ever see TEXT, never HTML: the remark plugin `remarkFrenchTypography`
 * calls them on mdast text nodes, before HTML exists. A text node can be a fragment (` !` after
 * a bold node, `Bonjour ` before one), so nothing here trims, adds or removes markup, and only
 * the spaces next to the marks below are touched.
 *
 * | Where                         | Space                   |
 * |-------------------------------|-------------------------|
 * | inside `« … »`                | NBSP (U+00A0)           |
 * | before `; ! ?`                | NNBSP (U+202F, narrow)  |
 * | before `:`                    | NBSP                    |
 * | before `%` `‰` (after digits) | NBSP                    |
 * | digit groups (`10 000`)       | NNBSP                   |
 *
 * The spaces around marks are one table, {@link SPACING_RULES}, read two ways: inside one text
 * ({@link applyFrenchTypography}) and where two texts of a paragraph meet
 * ({@link typesetBoundary}: `**Bonjour** !`, `Bonjour **!**`). Both read the same marks, spaces
 * and patterns, so a node boundary never changes the typography of a sentence.
 *
 * Straight double quotes become guillemets (nested: “ ”) and the straight apostrophe between
 * letters becomes `’`: typograf does both. typograf has no French rules for the spaces before
 * `; : ! ?`, and its digit grouping also splits decimal fractions (`3.14159` → `3.14 159`), so
 * those are the local rules below.
 *
 * Never changed: URLs (`https://…`, `www.…`, `mailto:`), e-mail addresses, times (`10:30`) and
 * ratios (`3:2`), hyphenated words, `...`, the leading and trailing spaces of a fragment (except
 * a space next to a mark that takes its own no-break space), text already typeset: typesetting
 * twice gives what typesetting once does, except where a quotation nested in another ends with
 * it (`« Il a dit "oui" » !`), whose typeset form typograf reads again differently.
 */
import Typograf from 'typograf';
import { NBSP, NNBSP } from './spaces';

/** Spaces that may separate digit groups: space, no-break, thin and narrow no-break. */
const GROUP_SEPARATOR = `[ ${NBSP}\u2009${NNBSP}]`;
/** Horizontal spaces that may stand next to a mark: those, and a tab (never a line break). */
const SPACES = `\t ${NBSP}\u2009${NNBSP}`;
const SPACE = `[${SPACES}]`;

/**
 * What may follow a closing mark (`; ! ?`, a closing straight quote): the end of the text,
 * a space, or more closing punctuation. So `?q=1`, `a;b` and `Yahoo!Mail` are left alone.
 */
const CLOSING = '$|[\\s!?.,;:…»”)\\]"\'’]';

/** A mark that takes a no-break space on one side, and when it does. */
export interface SpacingRule {
  /** The marks, one character each. */
  marks: string;
  /** The no-break space the mark takes… */
  space: typeof NBSP | typeof NNBSP;
  /** …on this side of it. */
  side: 'before' | 'after';
  /** A missing space is inserted only between the mark and such a character (one-character pattern). */
  glued: string;
  /** Spaces already there become `space` only next to such a character (default: any, or the edge of the text). */
  spaced?: string;
  /** What must stand on the mark's other side (default: anything); `$` and `^` are the edge of the text. */
  beyond?: string;
}

/** French spacing around marks, in the order the rules apply. */
export const SPACING_RULES: readonly SpacingRule[] = [
  { marks: '«', space: NBSP, side: 'after', glued: '[^\\s»]' },
  { marks: '»', space: NBSP, side: 'before', glued: '[^\\s«]' },
  { marks: ';!?', space: NNBSP, side: 'before', glued: '[\\p{L}\\p{N}»”]', beyond: CLOSING },
  // After a colon, a space or the end: `10:30`, `3:2` and `:)` stay as they are.
  { marks: ':', space: NBSP, side: 'before', glued: '\\p{L}', beyond: '$|\\s' },
  { marks: '%‰', space: NBSP, side: 'before', glued: '\\p{N}', spaced: '\\p{N}', beyond: '$|[^\\p{L}\\p{N}]' },
];

/** A rule compiled for text (regular expressions) and for boundaries (one-character tests). */
interface CompiledRule {
  rule: SpacingRule;
  /** Whether a text holds one of the marks: the other expressions only run where it does. */
  present: RegExp;
  /** Spaces next to the mark, and what replaces them. */
  spacedRun: RegExp;
  spacedBy: string;
  /** A mark glued to a character that wants a space between them, and what replaces it. */
  gluedMark: RegExp;
  gluedBy: string;
  /** `glued` and `spaced` as tests of one character. */
  isGlued: RegExp;
  isSpaced?: RegExp;
  /** Tests what stands beyond the mark: the rest of the text after it (`before`) or before it (`after`). */
  isBeyond: RegExp;
}

/*
 * The expressions start with the mark, or with a space, wherever they can: the engine then skips
 * quickly to the places worth trying, where an expression starting with a lookbehind would be
 * tried at every character.
 */
const COMPILED: readonly CompiledRule[] = SPACING_RULES.map((rule) => {
  const mark = `[${rule.marks}]`;
  const beyond = rule.beyond === undefined ? '' : `(?:${rule.beyond})`;
  const before = rule.side === 'before';
  return {
    rule,
    present: new RegExp(mark, 'u'),
    spacedRun: before
      ? new RegExp(`${rule.spaced ? `(?<=${rule.spaced})` : ''}${SPACE}+(?=${mark}${beyond})`, 'gu')
      : new RegExp(`(${mark})${beyond && `(?<=${beyond}${mark})`}${SPACE}+${rule.spaced ? `(?=${rule.spaced})` : ''}`, 'gu'),
    spacedBy: before ? rule.space : `$1${rule.space}`,
    gluedMark: before
      ? new RegExp(`${mark}(?<=${rule.glued}${mark})${beyond && `(?=${beyond})`}`, 'gu')
      : new RegExp(`${mark}${beyond && `(?<=${beyond}${mark})`}(?=${rule.glued})`, 'gu'),
    gluedBy: before ? `${rule.space}$&` : `$&${rule.space}`,
    isGlued: new RegExp(`^(?:${rule.glued})$`, 'u'),
    isSpaced: rule.spaced === undefined ? undefined : new RegExp(`^(?:${rule.spaced})$`, 'u'),
    isBeyond: before ? new RegExp(`^${beyond}`, 'u') : new RegExp(`${beyond}$`, 'u'),
  };
});

/** Every mark of the table: a text without any is left as it is at once. */
const ANY_MARK = new RegExp(`[${SPACING_RULES.map((rule) => rule.marks).join('')}]`, 'u');

/** The spacing rules over one text. */
function spaceMarks(text: string): string {
  if (!ANY_MARK.test(text)) return text;
  let out = text;
  for (const { present, spacedRun, spacedBy, gluedMark, gluedBy } of COMPILED) {
    // Only where a mark occurs: the Unicode classes make the expressions slow to run for nothing.
    if (present.test(out)) out = out.replace(spacedRun, spacedBy).replace(gluedMark, gluedBy);
  }
  return out;
}

const SPACE_SET = new Set(SPACES);
/** Marks found at the start of the next text (their space is before them) and at the end of the previous one. */
const MARKS_BEFORE = new Set(SPACING_RULES.filter((rule) => rule.side === 'before').flatMap((rule) => [...rule.marks]));
const MARKS_AFTER = new Set(SPACING_RULES.filter((rule) => rule.side === 'after').flatMap((rule) => [...rule.marks]));

/** Where the spaces that end `text` start. */
function trailingSpaces(text: string): number {
  let i = text.length;
  while (i > 0 && SPACE_SET.has(text.charAt(i - 1))) i -= 1;
  return i;
}

/** Where the spaces that start `text` end. */
function leadingSpaces(text: string): number {
  let i = 0;
  while (i < text.length && SPACE_SET.has(text.charAt(i))) i += 1;
  return i;
}

/** The character (code point) ending at `end`, or '' at the start. */
function charBefore(text: string, end: number): string {
  if (end <= 0) return '';
  const low = text.charCodeAt(end - 1);
  const pair = (low & 0xfc00) === 0xdc00 && end >= 2 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800;
  return text.slice(pair ? end - 2 : end - 1, end);
}

/** The character (code point) starting at `start`, or '' at the end. */
function charAt(text: string, start: number): string {
  const code = text.codePointAt(start);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** A straight quote that opens a word (after a space or bracket, or first), at the end of a text. */
const OPENING_STRAIGHT_QUOTE = /(?:^|[\s([])"$/u;
const CLOSING_CONTEXT = new RegExp(`^(?:${CLOSING})`, 'u');

/**
 * Typography where two texts of one paragraph meet, `prev` ending where `next` starts (each
 * typeset on its own already): the spacing rules applied to the run of spaces between them,
 * read as one text, and a straight quote that only the other text shows to be opening or
 * closing (`"**mot**"`). Returns the new `[prev, next]`.
 *
 * A space the rules insert goes on the mark's side (`Bonjour**!**` → `Bonjour` + ` !`); spaces
 * already there stay in the text that has them (in `prev` when both do).
 */
export function typesetBoundary(prev: string, next: string): [string, string] {
  let [left, right] = [prev, next];
  if (left === '' || right === '') return [left, right];

  // Straight quotes: opening at the end of `left` before a word, closing at the start of `right` after one.
  if (left.endsWith('"') && /^\S/u.test(right) && OPENING_STRAIGHT_QUOTE.test(left)) left = `${left.slice(0, -1)}«`;
  if (right.startsWith('"') && /\S$/u.test(left) && CLOSING_CONTEXT.test(right.slice(1))) right = `»${right.slice(1)}`;

  // Most boundaries have no mark at all next to them.
  if (!MARKS_BEFORE.has(charAt(right, leadingSpaces(right))) && !MARKS_AFTER.has(charBefore(left, trailingSpaces(left)))) return [left, right];

  for (const { rule, isGlued, isSpaced, isBeyond } of COMPILED) {
    const leftEnd = trailingSpaces(left);
    const rightStart = leadingSpaces(right);
    const lastOfLeft = charBefore(left, leftEnd);
    const firstOfRight = charAt(right, rightStart);
    const before = rule.side === 'before';
    const mark = before ? firstOfRight : lastOfLeft;
    if (mark === '' || !rule.marks.includes(mark)) continue;
    const beyond = before ? right.slice(rightStart + mark.length) : left.slice(0, leftEnd - mark.length);
    if (!isBeyond.test(beyond)) continue;
    const neighbour = before ? lastOfLeft : firstOfRight;
    if (leftEnd === left.length && rightStart === 0) {
      if (neighbour === '' || !isGlued.test(neighbour)) continue;
      if (before) right = rule.space + right;
      else left += rule.space;
    } else {
      if (isSpaced && (neighbour === '' || !isSpaced.test(neighbour))) continue;
      if (leftEnd < left.length) [left, right] = [left.slice(0, leftEnd) + rule.space, right.slice(rightStart)];
      else right = rule.space + right.slice(rightStart);
    }
  }
  return [left, right];
}

/*
 * Parts of a text that no rule may touch, replaced by one private-use character each while the
 * rules run:
 * - URLs (any `scheme://…`, `www.…`, `mailto:…`) up to the next space or quote, trailing
 *   punctuation included (`https://example.com/a:b?c=d!`), and e-mail addresses;
 * - character references written as text (`&#62;`, `&amp;`);
 * - `& < > \ \r`: typograf decodes HTML entities (`&#60;` → `<`), `\uXXXX;` escapes and `\r\n`
 *   in plain text; hiding these characters keeps the text byte-identical apart from typography;
 * - private-use characters already there (they are the placeholders).
 */
const URL = '(?:\\b[a-z][a-z0-9+.-]*:\\/\\/|\\bwww\\.|\\bmailto:)[^\\s<>"«»]+';
const EMAIL = '[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+';
const PLACEHOLDERS = '\\uE000-\\uF8FF';
const PROTECTED = new RegExp(`${URL}|${EMAIL}|&(?:#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);|[&<>\\\\\\r]|[${PLACEHOLDERS}]`, 'giu');
/**
 * What every alternative of PROTECTED needs somewhere in the text: most texts have none of it,
 * and testing this is much cheaper than running PROTECTED over them.
 */
const MAYBE_PROTECTED = new RegExp(`:\\/\\/|www\\.|mailto:|[@&<>\\\\\\r${PLACEHOLDERS}]`, 'i');
const TOKEN_BASE = 0xe000;
/** Placeholders stay below U+F000, where typograf's own private labels start. */
const TOKEN_MAX = 0xeffd - TOKEN_BASE;
/** Two more placeholders, for the quote marks at the edges (see runTypograf). */
const EDGE_LEAD = '\uEFFE';
const EDGE_TRAIL = '\uEFFF';

const WHOLE_URL = new RegExp(`^(?:${URL}|${EMAIL})$`, 'iu');

/** Whether a whole text is a URL or an e-mail address: what typography leaves alone. */
export function isUrl(text: string): boolean {
  return WHOLE_URL.test(text);
}

const UNCHANGED = { masked: '', restore: (s: string) => s };

function protect(text: string): { masked: string; restore: (s: string) => string } | null {
  if (!MAYBE_PROTECTED.test(text)) return { ...UNCHANGED, masked: text };
  const saved: string[] = [];
  const masked = text.replace(PROTECTED, (match) => {
    saved.push(match);
    return String.fromCharCode(TOKEN_BASE + saved.length - 1);
  });
  if (saved.length > TOKEN_MAX) return null;
  return {
    masked,
    restore: (s) => (saved.length === 0 ? s : s.replace(/[\uE000-\uEFFF]/g, (ch) => saved[ch.charCodeAt(0) - TOKEN_BASE] ?? ch)),
  };
}

/**
 * Digit grouping with NNBSP.
 * - Numbers already grouped with spaces (`10 000`, `1 500 000`): the separators become NNBSP.
 * - Numbers of 5 or more digits written without separator (`10000`) are grouped by three from
 *   the right; 4-digit numbers (years) are not. Not grouped: decimal fractions (`3.14159`),
 *   identifiers glued to letters or `/ # @ + _` (`ABC12345`), numbers starting with `0` (phone
 *   numbers, postal codes such as `01000`), 5-digit postal codes followed by a capitalised town
 *   (`75008 Paris`), numbers after `n°`, and numbers joined by `-` or `/` to other digits
 *   (`12345-6789`).
 */
const SPACED_GROUPS = new RegExp(`(?<![\\p{L}\\p{N}_.,+/#@-])([0-9]{1,3})((?:${GROUP_SEPARATOR}[0-9]{3})+)(?![\\p{N}]|${GROUP_SEPARATOR}\\p{N})`, 'gu');
const SEPARATORS = new RegExp(GROUP_SEPARATOR, 'gu');
const GLUED_BEFORE = new RegExp(`[\\p{L}\\p{N}_/#@+${PLACEHOLDERS}]$`, 'u');
const GLUED_AFTER = new RegExp(`^[\\p{L}_@${PLACEHOLDERS}]`, 'u');

export function groupDigits(text: string): string {
  if (!/[0-9]/.test(text)) return text;
  const grouped = text.replace(SPACED_GROUPS, (_m, head: string, groups: string) => head + groups.replace(SEPARATORS, NNBSP));
  return grouped.replace(/[0-9]{5,}/gu, (digits: string, offset: number, whole: string) => {
    const before = whole.slice(Math.max(0, offset - 3), offset);
    const after = whole.slice(offset + digits.length, offset + digits.length + 3);
    const isExcluded =
      digits.startsWith('0') ||
      GLUED_BEFORE.test(before) ||
      /\p{N}[.,\-/]$/u.test(before) ||
      /n°\s?$/iu.test(before) ||
      GLUED_AFTER.test(after) ||
      /^[-/]\p{N}/u.test(after) ||
      (digits.length === 5 && /^ \p{Lu}/u.test(after));
    return isExcluded ? digits : digits.replace(/[0-9](?=(?:[0-9]{3})+$)/g, `$&${NNBSP}`);
  });
}

/**
 * One Typograf instance for the process, with every rule off (`'*'`: this also switches off its
 * HTML, trimming, final-newline and French spacing rules) but the two wanted: quotes and
 * apostrophes. Spacing inside guillemets is done by SPACING_RULES (NBSP; typograf's French
 * spacing uses NNBSP). Nested quotes: « … “ … ” … ».
 */
const typograf = new Typograf({
  locale: ['fr'],
  disableRule: '*',
  enableRule: ['common/punctuation/quote', 'common/punctuation/apostrophe'],
});
typograf.setSetting('common/punctuation/quote', 'fr', { left: '«“', right: '»”', spacing: false });

/**
 * typograf decides whether a quote mark opens or closes from its neighbours, and reads the start
 * and end of its input as the start and end of a paragraph. Two things go wrong on fragments, so
 * they are prepared:
 * - spaced guillemets: in `« Oui »!` the `»` follows a space and precedes a mark, so typograf
 *   takes it for an opening quote. The spaces inside `« … »` are removed first (SPACING_RULES
 *   puts them back, as NBSP);
 * - fragment edges: the text node `».` after `*Merci*` would become `«.`, and `".` after
 *   `**mot**` would become `«.`. A quote mark at the start (after optional spaces) that can only
 *   be closing (`» › ”`, or `"` followed by punctuation) and one at the end that can only be
 *   opening (`« ‹ “ „`) are hidden from typograf. A lone straight quote split from its word by a
 *   node boundary is {@link typesetBoundary}'s.
 */
const LEAD_CLOSING = new RegExp(`^${SPACE}*(?:[»›”]|"(?=[.,;:!?…)\\]]))`, 'u');
const TRAIL_OPENING = new RegExp(`[«‹“„]${SPACE}*$`, 'u');
const INSIDE_OPENING = new RegExp(`([«‹])${SPACE}+(?=\\S)`, 'gu');
const INSIDE_CLOSING = new RegExp(`(?<=\\S)${SPACE}+([»›])`, 'gu');
/**
 * What the two typograf rules act on: quote marks (typograf's `common/quote` set) and the straight
 * apostrophe. Without any, typograf returns its input unchanged (its other steps only hide and
 * restore tags, URLs and entities, which `protect` has masked already), so it is not run.
 */
const TYPOGRAF_ACTS_ON = /[«‹»›„“‟”"']/;

function runTypograf(text: string): string {
  let body = text;
  let lead: string | null = null;
  let trail: string | null = null;
  const leadMatch = LEAD_CLOSING.exec(body);
  if (leadMatch) {
    const at = leadMatch[0].length - 1;
    lead = body.charAt(at);
    body = body.slice(0, at) + EDGE_LEAD + body.slice(at + 1);
  }
  const trailMatch = TRAIL_OPENING.exec(body);
  if (trailMatch) {
    const at = trailMatch.index;
    trail = body.charAt(at);
    body = body.slice(0, at) + EDGE_TRAIL + body.slice(at + 1);
  }
  body = body.replace(INSIDE_OPENING, '$1').replace(INSIDE_CLOSING, '$1');
  let out = TYPOGRAF_ACTS_ON.test(body) ? typograf.execute(body) : body;
  if (lead !== null) out = out.replace(EDGE_LEAD, lead);
  if (trail !== null) out = out.replace(EDGE_TRAIL, trail);
  return out;
}

/**
 * French typography of a plain-text fragment (never HTML): quotes and apostrophes, the spacing
 * rules, digit groups. Idempotent.
 */
export function applyFrenchTypography(text: string): string {
  if (text.trim() === '') return text;
  const guard = protect(text);
  if (guard === null) return text;
  return guard.restore(groupDigits(spaceMarks(runTypograf(guard.masked))));
}
