import type { Locale } from '@/lib/i18n/routing';
import { fold } from '@/lib/text/fold';
import { isStopWord, stem, tokens, type Token } from './normalize';

/*
 * Which words of a text matched a query, decided by the same normalisation as the index: a word
 * matches when its stem in the text's language, or its folded form (names), is one of the index
 * terms the search matched. Reading a whole story body word by word for every result would cost
 * more than the search itself, so candidate words are first found by a regular expression (run
 * natively): a word can only stem to a term if it starts with the term's first letters (stemmers
 * cut or rewrite endings, never beginnings), in any case and with any accents.
 */

export interface Matcher {
  /** Whether one word matches. */
  word(word: string): boolean;
  /** The first matching word of a text. */
  first(text: string): Token | undefined;
}

/** Letters of each folded ASCII letter: itself, its capital, and every accented form that folds to it. */
const LETTER_FORMS = (() => {
  const forms = new Map<string, Set<string>>();
  for (const ascii of 'abcdefghijklmnopqrstuvwxyz') forms.set(ascii, new Set([ascii, ascii.toUpperCase()]));
  const add = (key: string, ch: string) => {
    let set = forms.get(key);
    if (!set) forms.set(key, (set = new Set([key, key.toUpperCase()])));
    set.add(ch);
  };
  for (let cp = 0xc0; cp <= 0x24f; cp++) {
    const ch = String.fromCodePoint(cp);
    const folded = fold(ch);
    if (/^[a-z]$/u.test(folded)) add(folded, ch);
  }
  return new Map([...forms].map(([k, set]) => [k, `[${[...set].join('')}]`]));
})();

/** How many first letters of a term must begin a candidate word. */
const PREFIX = 3;

/** Ligatures that fold to two letters (œ → oe): either spelling may stand in the text. */
const LIGATURE_FORMS: Record<string, string> = { oe: '[œŒ]', ae: '[æÆ]', ss: 'ß' };

/** A pattern for words starting with `prefix` (folded ASCII), or undefined when it has other characters. */
function prefixPattern(prefix: string): string | undefined {
  let out = '';
  const letter = (ch: string) => (/[0-9]/u.test(ch) ? ch : LETTER_FORMS.get(ch) && `${LETTER_FORMS.get(ch)}\\p{M}*`);
  for (let i = 0; i < prefix.length; i++) {
    const one = letter(prefix[i]!);
    if (!one) return undefined;
    const pair = prefix.slice(i, i + 2);
    const ligature = LIGATURE_FORMS[pair];
    if (ligature && pair.length === 2) {
      out += `(?:${ligature}|${one}${letter(prefix[i + 1]!)})`;
      i++;
    } else out += one;
  }
  return out;
}

const WORD_AT = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/uy;

export function createMatcher(terms: ReadonlySet<string>, locale: Locale): Matcher {
  const memo = new Map<string, boolean>();
  const word = (w: string): boolean => {
    let result = memo.get(w);
    if (result === undefined) {
      const folded = fold(w);
      result = !isStopWord(folded, locale) && (terms.has(folded) || terms.has(stem(folded, locale)));
      memo.set(w, result);
    }
    return result;
  };

  const patterns = [...new Set([...terms].map((t) => t.slice(0, PREFIX)))].map(prefixPattern);
  const candidates =
    patterns.every((p) => p !== undefined) && patterns.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${patterns.join('|')})`, 'gu') : undefined;

  const first = (text: string): Token | undefined => {
    if (terms.size === 0) return undefined;
    if (!candidates) return tokens(text).find((t) => word(t.text));
    const re = new RegExp(candidates.source, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      WORD_AT.lastIndex = m.index;
      const found = WORD_AT.exec(text);
      if (!found) continue;
      if (word(found[0])) return { text: found[0], start: m.index, end: m.index + found[0].length };
      re.lastIndex = m.index + found[0].length;
    }
    return undefined;
  };

  return { word, first };
}
