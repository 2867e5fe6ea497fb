import type { Mention, MentionFinder, Mentionable } from '@/lib/mentions';
import { foldChar } from '@/lib/text/fold';

/*
 * A second mention finder, written the simple way: one regular expression alternation of every
 * spelling over the text folded character by character (the site's rule for one character,
 * lib/text/fold.ts), with its own offset bookkeeping. tests/unit/mention-matcher.test.ts compares
 * the site's token matcher with it. Not used by the site.
 */

interface FoldedText {
  text: string;
  /** For each folded character, the index in the original text where the character it comes from starts… */
  starts: number[];
  /** …and ends (combining marks dropped after it included). */
  ends: number[];
}

/**
 * Folds a text character by character, remembering where each folded character came from: the
 * folded text can be shorter (marks, collapsed spaces) or longer than the original, and
 * mentions must point into the original.
 */
function fold(text: string): FoldedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of text) {
    const piece = foldChar(ch);
    const end = i + ch.length;
    const last = out.length - 1;
    if (!piece || (piece === ' ' && out[last] === ' ')) {
      // A lone combining mark or a further space: part of the previous character.
      if (last >= 0) ends[last] = end;
    } else {
      for (const c of piece) {
        out.push(c);
        starts.push(i);
        ends.push(end);
      }
    }
    i = end;
  }
  return { text: out.join(''), starts, ends };
}

/**
 * Spellings of `entities` in a text, in text order, without overlaps: case-, accent- and
 * typography-insensitive, whole words only, the longest spelling at a position.
 */
export function createReferenceMentionFinder(entities: Iterable<Mentionable>): MentionFinder {
  const owners = new Map<string, { kind: Mention['kind']; id: string } | null>();
  const register = ({ kind, id, spellings }: Mentionable) => {
    for (const spelling of spellings) {
      const key = fold(spelling.trim()).text;
      if (!key.trim()) continue;
      const owner = owners.get(key);
      // A spelling two entities share cannot say which one is meant: linking either could be
      // wrong, so it is not matched at all (null marks it).
      if (owner === undefined) owners.set(key, { kind, id });
      else if (owner && (owner.kind !== kind || owner.id !== id)) owners.set(key, null);
    }
  };
  for (const entity of entities) register(entity);

  const keys = [...owners].filter(([, owner]) => owner).map(([key]) => key);
  if (!keys.length) return () => [];
  // Alternatives are tried in order at each position, so longest first makes the longest
  // spelling win where several start ("Technopolis Moscow Special Economic Zone" over
  // "Technopolis"); scanning left to right with a global regex leaves no overlaps.
  keys.sort((a, b) => b.length - a.length || a.localeCompare(b));
  const escaped = keys.map((key) => key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

  return (text) => {
    const folded = fold(text);
    return [...folded.text.matchAll(pattern)].flatMap((match) => {
      const owner = owners.get(match[0]);
      const first = match.index;
      const last = first + match[0].length - 1;
      const start = folded.starts[first];
      const end = folded.ends[last];
      if (!owner || start === undefined || end === undefined) return [];
      return [{ kind: owner.kind, id: owner.id, start, end }];
    });
  };
}
