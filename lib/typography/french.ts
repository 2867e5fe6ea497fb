/**
 * French typography for plain-text fragments (the `value` of mdast `text` nodes).
 *
 * This function must only ever see TEXT, never HTML: it is called by the
 * remark plugin `remarkFrenchTypography` on mdast text nodes, before HTML is
 * produced. It must also be safe on fragments (a text node can be ` !` after a
 * bold node, or `Bonjour ` before one), so it never trims, never adds or
 * removes markup, and only touches the spaces next to the marks it handles.
 *
 * Conventions applied (NBSP = U+00A0, NNBSP = U+202F narrow no-break space):
 *
 * | Where                         | Space  |
 * |-------------------------------|--------|
 * | before `:`                    | NBSP   |
 * | before `;` `!` `?`            | NNBSP  |
 * | inside `« … »`                | NBSP   |
 * | before `%` `‰` (after digits) | NBSP   |
 * | digit groups (`10 000`)       | NNBSP  |
 *
 * Straight double quotes become French guillemets (nested: “ ”) and the
 * straight apostrophe between letters becomes `’` — both done by typograf.
 * typograf has no French rules for the spaces before `; : ! ?`, and its
 * `common/number/digitGrouping` rule also splits decimal fractions
 * (`3.14159` → `3.14 159`), so those are small local rules applied after it.
 *
 * Never changed: URLs (`https://…`, `www.…`, `mailto:`), e-mail addresses,
 * times (`10:30`) and ratios (`3:2`), hyphenated words, `...`, leading and
 * trailing spaces of the fragment (except a space directly before a mark that
 * gets its own no-break space), text that is already correctly spaced
 * (the function is idempotent).
 */
import Typograf from 'typograf';

export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

/**
 * One Typograf instance for the whole process. Every rule is disabled
 * (`'*'`: this switches off all `common/html/*` rules, `common/space/trim*`,
 * `delLeadingBlanks`, `delTrailingBlanks`, `insertFinalNewline`,
 * `delBeforePercent`, `delBeforePunctuation`, …) and only the two rules we
 * want are enabled again.
 */
const typograf = new Typograf({
  locale: ['fr'],
  disableRule: '*',
  enableRule: ['common/punctuation/quote', 'common/punctuation/apostrophe'],
});
// Spacing inside guillemets is done below with NBSP (typograf's French
// spacing uses NNBSP). Nested quotes: « … “ … ” … ».
typograf.setSetting('common/punctuation/quote', 'fr', {
  left: '«“',
  right: '»”',
  spacing: false,
});

/** Horizontal spaces that may stand before a mark (never a line break). */
const SP = '[ \\t\\u00A0\\u2009\\u202F]';

/**
 * Parts of the text that no rule may touch, replaced by one private-use
 * character each while the rules run:
 * - URLs (any `scheme://…`, `www.…`, `mailto:…`) up to the next space or
 *   quote, including trailing punctuation (`https://example.com/a:b?c=d!`);
 * - e-mail addresses;
 * - literal character references written in the text (`&#62;`, `&amp;`);
 * - `& < > \ \r`: typograf decodes HTML entities (`&#60;` → `<`), `\uXXXX;`
 *   escapes and `\r\n` in plain text; hiding these characters keeps the text
 *   byte-identical apart from the typography;
 * - private-use characters already present (they are our placeholders).
 */
const PROTECTED =
  /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\bmailto:)[^\s<>"«»]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|&(?:#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);|[&<>\\\r]|[\uE000-\uF8FF]/giu;
const TOKEN_BASE = 0xe000;
/** Placeholders stay below U+F000, where typograf's own private labels start. */
const TOKEN_MAX = 0xeffd - TOKEN_BASE;
/** Two more placeholders, for the quote marks at the edges (see below). */
const EDGE_LEAD = '\uEFFE';
const EDGE_TRAIL = '\uEFFF';

/**
 * What every alternative of PROTECTED needs somewhere in the text: most text nodes have none of
 * it, and testing this is much cheaper than running PROTECTED over them.
 */
const MAYBE_PROTECTED = /:\/\/|www\.|mailto:|[@&<>\\\r\uE000-\uF8FF]/i;
const UNCHANGED = { masked: '', restore: (s: string) => s };

function protect(text: string): { masked: string; restore: (s: string) => string } | null {
  if (!MAYBE_PROTECTED.test(text)) return { ...UNCHANGED, masked: text };
  const saved: string[] = [];
  const masked = text.replace(PROTECTED, (match) => {
    saved.push(match);
    return String.fromCharCode(TOKEN_BASE + saved.length - 1);
  });
  if (saved.length > TOKEN_MAX) {
    return null;
  }
  return {
    masked,
    restore: (s) =>
      saved.length === 0
        ? s
        : s.replace(/[\uE000-\uEFFF]/g, (ch) => saved[ch.charCodeAt(0) - TOKEN_BASE] ?? ch),
  };
}

/**
 * After a `;`, `!` or `?`: end of fragment, whitespace or more closing
 * punctuation — so `?q=1`, `a;b` or `Yahoo!Mail` are left alone.
 */
const AFTER_MARK = '(?=$|[\\s!?.,;:…»”)\\]"\'’])';
/** After a `:`: end of fragment or whitespace (keeps `10:30`, `3:2`, `:)`). */
const AFTER_COLON = '(?=$|\\s)';

/**
 * Spaces before `; ! ? :` (the rules typograf lacks for French).
 * - an existing run of horizontal spaces before the mark (also at the very
 *   start of the fragment, e.g. the text node ` !` after bold text) becomes
 *   NNBSP (`; ! ?`) or NBSP (`:`);
 * - a missing space is inserted only right after a letter, a digit or a
 *   closing quote for `; ! ?`, and only after a letter for `:`.
 */
// Regular expressions are built once: building them on every call (several per text node) was
// a visible part of the pipeline. `replace` with a global expression always starts at 0.
const HIGH_SPACED = new RegExp(`${SP}+([;!?])${AFTER_MARK}`, 'gu');
const HIGH_GLUED = new RegExp(`([\\p{L}\\p{N}»”])([;!?])${AFTER_MARK}`, 'gu');
const COLON_SPACED = new RegExp(`${SP}+:${AFTER_COLON}`, 'gu');
const COLON_GLUED = new RegExp(`(\\p{L}):${AFTER_COLON}`, 'gu');

export function spaceHighPunctuation(text: string): string {
  // Each pair of rules only where its mark occurs: the Unicode classes make them slow to run for nothing.
  let out = text;
  if (/[;!?]/.test(out)) out = out.replace(HIGH_SPACED, `${NNBSP}$1`).replace(HIGH_GLUED, `$1${NNBSP}$2`);
  if (out.includes(':')) out = out.replace(COLON_SPACED, `${NBSP}:`).replace(COLON_GLUED, `$1${NBSP}:`);
  return out;
}

/** NBSP inside guillemets: `« Bonjour »`, `«Bonjour»` → `« Bonjour »`. */
const OPENING_SPACED = new RegExp(`«${SP}+`, 'gu');
const CLOSING_SPACED = new RegExp(`${SP}+»`, 'gu');

export function spaceGuillemets(text: string): string {
  if (!text.includes('«') && !text.includes('»')) return text;
  return text
    .replace(OPENING_SPACED, `«${NBSP}`)
    .replace(/«(?=[^\s»])/gu, `«${NBSP}`)
    .replace(CLOSING_SPACED, `${NBSP}»`)
    .replace(/([^\s«])»/gu, `$1${NBSP}»`);
}

/** NBSP before `%` / `‰`: `12 %`, `12%` → `12 %`. */
const PERCENT_SPACED = new RegExp(`(\\p{N})${SP}+([%‰])`, 'gu');

export function spacePercent(text: string): string {
  if (!text.includes('%') && !text.includes('‰')) return text;
  return text
    .replace(PERCENT_SPACED, `$1${NBSP}$2`)
    .replace(/(\p{N})([%‰])(?![\p{L}\p{N}])/gu, `$1${NBSP}$2`);
}

/**
 * Digit grouping with NNBSP.
 * - Numbers already grouped with spaces (`10 000`, `1 500 000`): the
 *   separators become NNBSP.
 * - Numbers of 5 or more digits written without separator (`10000`) are
 *   grouped by three from the right; 4-digit numbers (years) are not.
 *   Not grouped: decimal fractions (`3.14159`), identifiers glued to letters
 *   or `/ # @ + _` (`ABC12345`), numbers starting with `0` (phone numbers,
 *   postal codes such as `01000`), 5-digit postal codes followed by a
 *   capitalised town (`75008 Paris`), numbers after `n°`, and numbers joined
 *   by `-` or `/` to other digits (`12345-6789`).
 */
const SPACED_GROUPS = new RegExp(
  `(?<![\\p{L}\\p{N}_.,+/#@-])([0-9]{1,3})((?:[ \\u00A0\\u2009\\u202F][0-9]{3})+)(?![\\p{N}]|[ \\u00A0\\u2009\\u202F]\\p{N})`,
  'gu',
);

export function groupDigits(text: string): string {
  if (!/[0-9]/.test(text)) return text;
  const grouped = text.replace(
    SPACED_GROUPS,
    (_m, head: string, groups: string) => head + groups.replace(/[ \u00A0\u2009\u202F]/g, NNBSP),
  );
  return grouped.replace(/[0-9]{5,}/gu, (digits: string, offset: number, whole: string) => {
    const before = whole.slice(Math.max(0, offset - 3), offset);
    const after = whole.slice(offset + digits.length, offset + digits.length + 3);
    const isExcluded =
      digits.startsWith('0') ||
      /[\p{L}\p{N}_/#@+\uE000-\uF8FF]$/u.test(before) ||
      /\p{N}[.,\-/]$/u.test(before) ||
      /n°\s?$/iu.test(before) ||
      /^[\p{L}_@\uE000-\uF8FF]/u.test(after) ||
      /^[-/]\p{N}/u.test(after) ||
      (digits.length === 5 && /^ \p{Lu}/u.test(after));
    return isExcluded ? digits : digits.replace(/[0-9](?=(?:[0-9]{3})+$)/g, `$&${NNBSP}`);
  });
}

/**
 * Run typograf's quote and apostrophe rules on a fragment.
 *
 * typograf decides whether a quote mark opens or closes from its
 * neighbours, and reads the start and end of its input as the start and end
 * of a paragraph. Two things go wrong on our input, so they are prepared:
 * - spaced guillemets: in `« Oui »!` the `»` follows a space and precedes a
 *   mark, so typograf takes it for an opening quote. The spaces inside
 *   `« … »` are removed first (they are put back, as NBSP, by
 *   `spaceGuillemets`);
 * - fragment edges: the text node `».` after `*Merci*` would become `«.`,
 *   and `".` after `**mot**` would become `«.`. A quote mark at the start
 *   (after optional spaces) that can only be closing (`» › ”`, or `"`
 *   followed by punctuation) and one at the end that can only be opening
 *   (`« ‹ “ „`) are hidden from typograf. A lone straight quote split from
 *   its word by a node boundary is handled by the remark plugin.
 */
const LEAD_CLOSING = new RegExp(`^${SP}*(?:[»›”]|"(?=[.,;:!?…)\\]]))`, 'u');
const TRAIL_OPENING = new RegExp(`[«‹“„]${SP}*$`, 'u');
const INSIDE_OPENING = new RegExp(`([«‹])${SP}+(?=\\S)`, 'gu');
const INSIDE_CLOSING = new RegExp(`(?<=\\S)${SP}+([»›])`, 'gu');
/**
 * What the two typograf rules in use act on: quote marks (typograf's `common/quote` set) and
 * the straight apostrophe. Without any, typograf returns its input unchanged (its other steps
 * only hide and restore tags, URLs and entities, which `protect` has already masked), so it is
 * not run: it was most of the cost of French typography.
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
 * Apply French typography to a plain-text fragment (never to HTML).
 * Idempotent: `applyFrenchTypography(applyFrenchTypography(x)) === applyFrenchTypography(x)`.
 */
export function applyFrenchTypography(text: string): string {
  if (text.trim() === '') {
    return text;
  }
  const guard = protect(text);
  if (guard === null) {
    return text;
  }
  let out = runTypograf(guard.masked);
  out = spaceGuillemets(out);
  out = spaceHighPunctuation(out);
  out = spacePercent(out);
  out = groupDigits(out);
  return guard.restore(out);
}
