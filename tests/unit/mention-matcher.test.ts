import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMentionFinder, type Mentionable } from '@/lib/mentions';
import { createReferenceMentionFinder } from './support/mentions-reference';

/*
 * The site's mention finder (spellings grouped by first word, one scan of the folded text) finds
 * exactly what the reference finder of support/mentions-reference.ts (one regular expression
 * alternation of every spelling) finds: same mentions, same offsets into the original text, on
 * inputs built from the characters that make folding and word boundaries hard.
 */

const entities: Mentionable[] = [
  { kind: 'person', id: 'dmitry-shanin', spellings: ['Dmitry Chanine', 'Dmitry Shanin', 'Chanine'] },
  { kind: 'person', id: 'olga-vidanova', spellings: ['Olga Vidanova', 'O. Vidanova'] },
  { kind: 'person', id: 'gerard-hooft', spellings: ["Gérard 't Hooft", "'t Hooft"] },
  { kind: 'person', id: 'ana-lopez', spellings: ['Ana López-Ortiz', 'López'] },
  { kind: 'person', id: 'jose-lopez', spellings: ['José López', 'López'] },
  { kind: 'person', id: 'ilkay-inan', spellings: ['İlkay İnan', 'Straße Müller'] },
  {
    kind: 'organization',
    id: 'technopolis',
    spellings: ['Zone économique spéciale Technopolis de Moscou', 'Technopolis de Moscou', 'Technopolis Moscow', 'Technopolis'],
  },
  { kind: 'organization', id: 'iso', spellings: ['(ISO)', 'ISO 9001', 'C++ Foundation'] },
  { kind: 'organization', id: 'nbsp-org', spellings: ['Banque\u00a0de\u00a0Russie', 'BRICS+'] },
  // A spelling shared by two entities is never linked, even when it is the only one found.
  { kind: 'organization', id: 'shared-a', spellings: ['Nova', 'Alpha Group'] },
  { kind: 'organization', id: 'shared-b', spellings: ['Nova', 'Alpha'] },
];

/** Characters that fold, collapse, combine or break words; no astral characters (see below). */
const pieces = [
  'a',
  'e',
  'o',
  'é',
  'É',
  'e\u0301',
  'ö',
  'ß',
  'İ',
  'ﬁ',
  '1',
  '9',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u202f',
  '\u2009',
  "'",
  '\u2019',
  '\u2018',
  '`',
  '\u02bc',
  '-',
  '\u2010',
  '\u2011',
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '«',
  '»',
  '"',
  '(',
  ')',
  '+',
  '_',
  '\u0301',
  'Dmitry',
  'DMITRY',
  'dmitry',
  'Chanine',
  'chanine',
  'Shanin',
  'Olga',
  'Vidanova',
  'O.',
  'Gérard',
  'Gerard',
  't',
  'Hooft',
  'hooft',
  'Ana',
  'López',
  'Lopez',
  'LOPEZ',
  'Ortiz',
  'José',
  'Jose',
  'Ilkay',
  'İlkay',
  'İnan',
  'Inan',
  'Straße',
  'Strasse',
  'Müller',
  'Muller',
  'Technopolis',
  'TECHNOPOLIS',
  'de',
  'Moscou',
  'Moscow',
  'Zone',
  'économique',
  'spéciale',
  'ISO',
  'iso',
  '9001',
  'C++',
  'Foundation',
  'Banque',
  'Russie',
  'BRICS',
  'BRICS+',
  'Nova',
  'Alpha',
  'Group',
  'Technopolisme',
  'Chanines',
  'xChanine',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('mention matcher', () => {
  const finder = createMentionFinder(entities);
  const reference = createReferenceMentionFinder(entities);

  it('finds what the reference finder finds (random texts)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(finder(t)).toEqual(reference(t));
      }),
      { numRuns: 6000 },
    );
  });

  it('finds what the reference finder finds on hand-picked tricky texts', () => {
    const tricky = [
      'Chanine, puis Dmitry Shanin, puis la Technopolis et Olga Vidanova.',
      'Technopolis de Moscou et la Zone économique spéciale Technopolis de Moscou.',
      'TECHNOPOLISME ou xChanine ou Chanines ne sont pas des noms.',
      'Dmitry\u00a0\u00a0Chanine, Dmitry\n  Chanine et DMITRY  SHANIN.',
      "Gérard 't Hooft, puis \u2019t Hooft et `t Hooft, puis l'(ISO) et (ISO).",
      'López parle ; José López répond ; Ana López\u2011Ortiz écoute.',
      'Nova et Alpha, puis Alpha Group.',
      'Ilkay Inan, İLKAY İNAN et Strasse Muller puis Straße Müller.',
      'ISO 9001 et ISO 90010, C++ Foundation et BRICS+ ou BRICS+x.',
      'Banque de Russie, Banque\u202fde\u202fRussie.',
      'Te\u0301chnopolis et O.\u0301 Vidanova et Vidanova\u0301.',
      '',
      '   ',
    ];
    for (const t of tricky) expect(finder(t), t).toEqual(reference(t));
  });

  it('links the longest spelling, whole words only, never an ambiguous one', () => {
    const find = createMentionFinder(entities);
    const ids = (t: string) => find(t).map((m) => [m.id, t.slice(m.start, m.end)]);
    expect(ids('la Zone économique spéciale Technopolis de Moscou, Technopolisme')).toEqual([
      ['technopolis', 'Zone économique spéciale Technopolis de Moscou'],
    ]);
    expect(ids('Nova et López, puis José López')).toEqual([['jose-lopez', 'José López']]);
    expect(ids("l'(ISO) et Gérard \u2019t Hooft")).toEqual([
      ['iso', '(ISO)'],
      ['gerard-hooft', 'Gérard \u2019t Hooft'],
    ]);
  });

  it('finds a name whether its ligatures are written as one letter or two, and points at the text as written', () => {
    const find = createMentionFinder([
      { kind: 'person', id: 'strasse', spellings: ['Hans Straße'] },
      { kind: 'organization', id: 'loeb', spellings: ['Oeuvre Loeb'] },
    ]);
    const t = 'Hans Strasse, HANS STRASSE, puis l’Œuvre Lœb.';
    expect(find(t).map((m) => [m.id, t.slice(m.start, m.end)])).toEqual([
      ['strasse', 'Hans Strasse'],
      ['strasse', 'HANS STRASSE'],
      ['loeb', 'Œuvre Lœb'],
    ]);
  });

  it('points into the original text after characters outside the basic plane', () => {
    // Offsets are per UTF-16 unit, the way JavaScript strings index: an emoji before a name takes two.
    const find = createMentionFinder(entities);
    const t = 'Bravo \u{1F389} Chanine, et \u{1D400}\u{1D401} Olga Vidanova.';
    expect(find(t).map((m) => t.slice(m.start, m.end))).toEqual(['Chanine', 'Olga Vidanova']);
  });

  it('finds nothing when no entity has a usable spelling', () => {
    expect(createMentionFinder([{ kind: 'person', id: 'x', spellings: ['  '] }])('x')).toEqual([]);
    expect(createMentionFinder([])('Chanine')).toEqual([]);
  });
});
