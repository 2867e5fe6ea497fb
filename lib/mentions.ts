import { fold, foldWithOffsets } from '@/lib/text/fold';

/*
 * Finding the people and organizations a text names, by any of their spellings. Used by the
 * registry (for pages) and by the loader (to link first mentions in story bodies), so both
 * recognise exactly the same names.
 */

/** A person or organization as mention-finding sees it. */
export interface Mentionable {
  kind: 'person' | 'organization';
  id: string;
  /** Every spelling to recognise: each language's name and the aliases. */
  spellings: readonly string[];
}

/** A spelling of a person or organization found in a text; `start`/`end` index the text as given (end excluded). */
export interface Mention {
  kind: Mentionable['kind'];
  id: string;
  start: number;
  end: number;
}

export type MentionFinder = (text: string) => Mention[];

/** Everything the body of a story can name: people, then organizations. */
export function mentionables(content: {
  people: ReadonlyMap<string, { id: string; spellings: readonly string[] }>;
  organizations: ReadonlyMap<string, { id: string; spellings: readonly string[] }>;
}): Mentionable[] {
  return [
    ...[...content.people.values()].map((p) => ({ kind: 'person' as const, id: p.id, spellings: p.spellings })),
    ...[...content.organizations.values()].map((o) => ({ kind: 'organization' as const, id: o.id, spellings: o.spellings })),
  ];
}

/** Letters and digits: what a name may not be glued to on either side. */
const WORD_AT = /[\p{L}\p{N}]/uy;
const WORD_RUN = /[\p{L}\p{N}]*/uy;

function isWordAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  WORD_AT.lastIndex = index;
  return WORD_AT.test(text);
}

/** Whether the character ending just before `index` is a letter or digit. */
function isWordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const pair = (low & 0xfc00) === 0xdc00 && index >= 2 && (text.charCodeAt(index - 2) & 0xfc00) === 0xd800;
  return isWordAt(text, pair ? index - 2 : index - 1);
}

/** End of the run of letters and digits starting at `index` (`index` itself when there is none). */
function wordRunEnd(text: string, index: number): number {
  WORD_RUN.lastIndex = index;
  WORD_RUN.exec(text);
  return WORD_RUN.lastIndex;
}

interface Spelling {
  key: string;
  kind: Mention['kind'];
  id: string;
}

/**
 * Spellings of `entities` in a text, in text order, without overlaps: case-, accent- and
 * typography-insensitive, whole words only, the longest spelling at a position.
 *
 * The text is scanned once, left to right. A spelling can only start where no letter or digit
 * comes before, and its first word (letters and digits up to the first other character) must be
 * the whole word of the text there, so spellings are grouped by first word and only that group
 * is tried at each word, longest first: the cost per text does not grow with the number of
 * people and organizations.
 */
export function createMentionFinder(entities: Iterable<Mentionable>): MentionFinder {
  const owners = new Map<string, { kind: Mention['kind']; id: string } | null>();
  const register = ({ kind, id, spellings }: Mentionable) => {
    for (const spelling of spellings) {
      const key = fold(spelling.trim());
      if (!key.trim()) continue;
      const owner = owners.get(key);
      // A spelling two entities share cannot say which one is meant: linking either could be
      // wrong, so it is not matched at all (null marks it).
      if (owner === undefined) owners.set(key, { kind, id });
      else if (owner && (owner.kind !== kind || owner.id !== id)) owners.set(key, null);
    }
  };
  for (const entity of entities) register(entity);

  const byFirstWord = new Map<string, Spelling[]>();
  for (const [key, owner] of owners) {
    if (!owner) continue;
    const first = key.slice(0, wordRunEnd(key, 0));
    const group = byFirstWord.get(first);
    const spelling = { key, ...owner };
    if (group) group.push(spelling);
    else byFirstWord.set(first, [spelling]);
  }
  if (!byFirstWord.size) return () => [];
  // Longest first, so the longest spelling wins where several start ("Technopolis Moscow
  // Special Economic Zone" over "Technopolis").
  for (const group of byFirstWord.values()) group.sort((a, b) => b.key.length - a.key.length || a.key.localeCompare(b.key));
  /** Spellings that start with something other than a letter or digit (rare: tried at every such character). */
  const unworded = byFirstWord.get('');

  const longestAt = (text: string, index: number, group: readonly Spelling[] | undefined): Spelling | undefined =>
    group?.find(({ key }) => text.startsWith(key, index) && !isWordAt(text, index + key.length));

  return (text) => {
    const folded = foldWithOffsets(text);
    const t = folded.text;
    const mentions: Mention[] = [];
    let i = 0;
    let afterWord = false;
    while (i < t.length) {
      const code = t.charCodeAt(i);
      const width = (code & 0xfc00) === 0xd800 && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      const word = isWordAt(t, i);
      if (afterWord) {
        afterWord = word;
        i += width;
        continue;
      }
      const runEnd = word ? wordRunEnd(t, i) : i;
      const found = longestAt(t, i, word ? byFirstWord.get(t.slice(i, runEnd)) : unworded);
      if (found) {
        const last = i + found.key.length - 1;
        const start = folded.starts ? folded.starts[i] : i;
        const end = folded.ends ? folded.ends[last] : last + 1;
        if (start !== undefined && end !== undefined) mentions.push({ kind: found.kind, id: found.id, start, end });
        i += found.key.length;
        afterWord = isWordBefore(t, i);
      } else if (word) {
        // No spelling starts here, nor anywhere inside this word.
        i = runEnd;
        afterWord = true;
      } else {
        i += width;
      }
    }
    return mentions;
  };
}
