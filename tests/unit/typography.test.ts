import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { applyFrenchTypography as fr, typesetBoundary } from '@/lib/typography/french';
import { NBSP, NNBSP } from '@/lib/typography/spaces';
import { remarkDigitDirectives } from '@/lib/markdown/plugins/remark-digit-directives';
import { remarkFrenchTypography } from '@/lib/markdown/plugins/remark-french-typography';

describe('applyFrenchTypography — required results', () => {
  it('NBSP before a colon (replacing the space)', () => {
    expect(fr('Bonjour : voici')).toBe('Bonjour\u00A0: voici');
  });

  it('NBSP inserted before a colon glued to a word and followed by a space', () => {
    expect(fr('Note: texte')).toBe('Note\u00A0: texte');
  });

  it('NNBSP before ? ! ; (replacing the space)', () => {
    expect(fr('Vraiment ?')).toBe('Vraiment\u202F?');
    expect(fr('Oui !')).toBe('Oui\u202F!');
    expect(fr('a ; b')).toBe('a\u202F; b');
  });

  it('NNBSP inserted before ? ! ; after a letter or a closing guillemet', () => {
    expect(fr('Vraiment?')).toBe('Vraiment\u202F?');
    expect(fr('Oui!')).toBe('Oui\u202F!');
    expect(fr('a; b')).toBe('a\u202F; b');
    expect(fr('Quoi?!')).toBe('Quoi\u202F?!');
    expect(fr('« Oui »!')).toBe('«\u00A0Oui\u00A0»\u202F!');
  });

  it('other spaces before the marks are normalised', () => {
    expect(fr('Oui\u00A0!')).toBe('Oui\u202F!');
    expect(fr('Bonjour\u202F: voici')).toBe('Bonjour\u00A0: voici');
    expect(fr('Oui   !')).toBe('Oui\u202F!');
  });

  it('NBSP inside guillemets', () => {
    expect(fr('« Bonjour »')).toBe('«\u00A0Bonjour\u00A0»');
    expect(fr('«Bonjour»')).toBe('«\u00A0Bonjour\u00A0»');
    expect(fr('«  Bonjour  »')).toBe('«\u00A0Bonjour\u00A0»');
  });

  it('straight double quotes become guillemets with NBSP', () => {
    expect(fr('"Bonjour"')).toBe('«\u00A0Bonjour\u00A0»');
    expect(fr('Le journal "Le Monde" titre : "Fin".')).toBe('Le journal «\u00A0Le Monde\u00A0» titre\u00A0: «\u00A0Fin\u00A0».');
  });

  it('nested straight quotes become “ ” inside « »', () => {
    expect(fr('Il a dit "Bonjour "toi" ici"')).toBe('Il a dit «\u00A0Bonjour “toi” ici\u00A0»');
  });

  it('digit grouping with NNBSP for 5+ digits and spaced groups', () => {
    expect(fr('10000')).toBe('10\u202F000');
    expect(fr('10 000')).toBe('10\u202F000');
    expect(fr('10\u00A0000')).toBe('10\u202F000');
    expect(fr('1 500 000')).toBe('1\u202F500\u202F000');
    expect(fr('1500000')).toBe('1\u202F500\u202F000');
    expect(fr('12345,678')).toBe('12\u202F345,678');
    expect(fr('10000 personnes')).toBe('10\u202F000 personnes');
  });

  it('4-digit numbers (years) stay as they are', () => {
    expect(fr('2025')).toBe('2025');
    expect(fr('En 2025, 1500 personnes')).toBe('En 2025, 1500 personnes');
  });

  it('no-break space before %', () => {
    expect(fr('12 %')).toBe('12\u00A0%');
    expect(fr('12%')).toBe('12\u00A0%');
    expect(fr('12,5 % des voix')).toBe('12,5\u00A0% des voix');
  });

  it('typographic apostrophe', () => {
    expect(fr("l'industrie")).toBe('l’industrie');
    expect(fr("aujourd'hui, c'est l'Élysée")).toBe('aujourd’hui, c’est l’Élysée');
  });

  it('a whole sentence', () => {
    expect(fr('Le prix : 1 500 000 € ; soit 12,5 %. Vraiment ?')).toBe(
      `Le prix${NBSP}: 1${NNBSP}500${NNBSP}000 €${NNBSP}; soit 12,5${NBSP}%. Vraiment${NNBSP}?`,
    );
  });
});

describe('applyFrenchTypography — must not change', () => {
  it.each([
    ['time', '10:30'],
    ['time in a sentence', 'Rendez-vous à 10:30 ou 9:00-18:00.'],
    ['time with h', '10 h 30'],
    ['ratio', 'format 3:2'],
    ['URL', 'https://example.com/a:b?c=d!'],
    ['URL in a sentence', 'Voir https://example.com/a:b?c=d!x=1 puis'],
    ['www URL', 'www.example.com/?q=a:b!'],
    ['mailto', 'mailto:jean@example.fr?subject=Bonjour!'],
    ['e-mail address', 'jean.dupont+presse@example.fr'],
    ['query-like text', '?q=1'],
    ['code-like semicolon', 'a;b'],
    ['glued exclamation', 'Yahoo!Mail'],
    ['smiley', 'super :)'],
    ['hyphenated name', 'Geltek-Medika'],
    ['hyphenated word', 'lithium-ion'],
    ['ellipsis', 'Attendez... Oui…'],
    ['decimal fraction', '3.14159'],
    ['decimal fraction with comma', '0,123456'],
    ['postal code and town', '75008 Paris'],
    ['leading zero (phone)', '0612345678'],
    ['identifier', 'ABC12345'],
    ['number after n°', 'n° 123456'],
    ['zip+4 / range-like', '12345-6789'],
    ['character references stay literal', 'AT&amp;T &#60;x&#62; &lt;b&gt;'],
    ['backslash escapes stay literal', 'x \\u00a0;y'],
    ['CRLF', 'a\r\nb'],
    ['private-use characters', 'x \uE000 \uF000 y'],
    ['trailing space of a fragment', 'Bonjour '],
    ['leading space of a fragment', ' Bonjour'],
    ['spaces only', '   '],
    ['empty', ''],
    ['English-looking text without marks', 'The quick brown fox'],
  ])('%s: %j', (_label, input) => {
    expect(fr(input)).toBe(input);
  });

  it('a URL followed by a spaced mark: only the space changes', () => {
    expect(fr('Voir https://x.org/a:b?c=d !')).toBe('Voir https://x.org/a:b?c=d\u202F!');
    expect(fr('Écrivez à jean.dupont@example.fr !')).toBe('Écrivez à jean.dupont@example.fr\u202F!');
  });

  it('text that is already correctly spaced is unchanged', () => {
    const done = `Bonjour${NBSP}: voici${NNBSP}; vraiment${NNBSP}? oui${NNBSP}! «${NBSP}Bonjour${NBSP}» 10${NNBSP}000 et 12${NBSP}%.`;
    expect(fr(done)).toBe(done);
  });

  it('leading space before a mark at the start of a fragment is replaced', () => {
    expect(fr(' !')).toBe('\u202F!');
    expect(fr(' ? non')).toBe('\u202F? non');
    expect(fr(' : suite')).toBe('\u00A0: suite');
    expect(fr(' »')).toBe('\u00A0»');
  });

  it('quote marks at fragment edges are not flipped', () => {
    expect(fr('».')).toBe('».');
    expect(fr('" et')).toBe('" et');
    expect(fr('Il dit «')).toBe('Il dit «');
    expect(fr('Il dit "')).toBe('Il dit "');
    expect(fr('".')).toBe('".');
  });

  it('is idempotent', () => {
    for (const input of [
      'Bonjour : voici ; vraiment ? oui ! « Bonjour » 10000 et 12 %.',
      '"Le Monde" : 1 500 000 lecteurs !',
      "l'industrie ; l'économie ?",
      ' !',
      'Note: texte',
      'Il a dit "Bonjour "toi" ici"',
    ]) {
      const once = fr(input);
      expect(fr(once)).toBe(once);
    }
  });
});

describe('typesetBoundary', () => {
  it('trailing space of the previous text becomes NNBSP before ; ! ?', () => {
    expect(typesetBoundary('Bonjour ', '!')).toEqual(['Bonjour\u202F', '!']);
    expect(typesetBoundary('Bonjour ', '? Oui')).toEqual(['Bonjour\u202F', '? Oui']);
    expect(typesetBoundary('a ', ';')).toEqual(['a\u202F', ';']);
  });

  it('trailing space of the previous text becomes NBSP before :', () => {
    expect(typesetBoundary('Note ', ': texte')).toEqual(['Note\u00A0', ': texte']);
  });

  it('inserts the space at the start of the next text after a letter', () => {
    expect(typesetBoundary('Bonjour', '!')).toEqual(['Bonjour', '\u202F!']);
    expect(typesetBoundary('Note', ': texte')).toEqual(['Note', '\u00A0: texte']);
    expect(typesetBoundary('12', '%')).toEqual(['12', '\u00A0%']);
  });

  it('guillemets across boundaries', () => {
    expect(typesetBoundary('Il dit «', 'Oui')).toEqual(['Il dit «\u00A0', 'Oui']);
    expect(typesetBoundary('Oui', '».')).toEqual(['Oui', '\u00A0».']);
    expect(typesetBoundary('Oui ', '»')).toEqual(['Oui\u00A0', '»']);
    expect(typesetBoundary('Il a dit "', 'Bonjour')).toEqual(['Il a dit «\u00A0', 'Bonjour']);
    expect(typesetBoundary('Bonjour', '" !')).toEqual(['Bonjour', '\u00A0» !']);
  });

  it('leaves times, ratios, URLs-like and unrelated boundaries alone', () => {
    expect(typesetBoundary('10', ':30')).toEqual(['10', ':30']);
    expect(typesetBoundary('voir ', '?q=1')).toEqual(['voir ', '?q=1']);
    expect(typesetBoundary('Bonjour ', 'monde')).toEqual(['Bonjour ', 'monde']);
    expect(typesetBoundary('texte ', '%')).toEqual(['texte ', '%']);
    expect(typesetBoundary('', '!')).toEqual(['', '!']);
    expect(typesetBoundary('Bonjour\u202F', '!')).toEqual(['Bonjour\u202F', '!']);
  });

  it('one space where each text brought its own, in the text that had the first', () => {
    // `**Oui** !` typeset as `Oui` + ` !` would otherwise keep a breaking space before the mark.
    expect(typesetBoundary('Oui ', `${NNBSP}!`)).toEqual([`Oui${NNBSP}`, '!']);
    expect(typesetBoundary('Oui', ` ${NNBSP}!`)).toEqual(['Oui', `${NNBSP}!`]);
    expect(typesetBoundary('12', ' %')).toEqual(['12', `${NBSP}%`]);
    expect(typesetBoundary('«', ' Oui')).toEqual(['«', `${NBSP}Oui`]);
  });

  /*
   * The rules are written once: where two texts meet they space marks exactly as they do inside
   * one text. Fragments end without a mark that looks beyond the text's end (`; ! ? : %`), where
   * a lone fragment cannot know what follows; digits come one number at a time, as grouping is
   * not a boundary rule; and typograf, which may turn a guillemet typed the wrong way round
   * (`Oui«?`), leaves the guillemets as typed, as it then decides from the whole text (and no
   * quotation is empty, `« »`).
   */
  const pieces = ['Oui', 'a', 'é', '\u{1D400}', ' ', '  ', NBSP, NNBSP, '\t', ':', ';', '!', '?', '%', '‰', '«', '»', '.', ',', '(', ')', '12 ', '…'];
  const fragment = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
  const endsLookingBeyond = /[;!?:%‰][ \t\u00A0\u2009\u202F]*$/u;
  const guillemets = (text: string) => text.replace(/[^«»]/gu, '');
  const keepsGuillemets = (text: string) => guillemets(fr(text)) === guillemets(text) && !/«\s*»/u.test(text);

  it('spaces marks across a boundary as inside one text', () => {
    fc.assert(
      fc.property(fragment, fragment, (a, b) => {
        fc.pre(!endsLookingBeyond.test(a) && keepsGuillemets(a) && keepsGuillemets(b) && keepsGuillemets(a + b));
        expect(typesetBoundary(fr(a), fr(b)).join('')).toBe(fr(a + b));
      }),
      { numRuns: 5000 },
    );
  });
});

/** The plugin alone (with the directive syntax it runs after on the site), on a French document. */
function transform(markdown: string, locale: 'fr' | 'en' = 'fr'): Root {
  const processor = remark().use(remarkDirective).use(remarkDigitDirectives).use(remarkFrenchTypography);
  return processor.runSync(processor.parse(markdown), new VFile({ data: { locale } }));
}

function texts(node: unknown): string[] {
  const n = node as { type: string; value?: string; children?: unknown[] };
  if (n.type === 'text' && typeof n.value === 'string') return [n.value];
  return (n.children ?? []).flatMap(texts);
}

describe('remarkFrenchTypography (mdast)', () => {
  it('typographs text nodes and fixes the bold boundary', () => {
    expect(texts(transform('**Bonjour** !'))).toEqual(['Bonjour', '\u202F!']);
    expect(texts(transform('Bonjour **!**'))).toEqual(['Bonjour\u202F', '!']);
    expect(texts(transform('**Note**: texte'))).toEqual(['Note', '\u00A0: texte']);
  });

  it('does not touch inline code, code, html, autolinks, URLs or titles', () => {
    const tree = transform(
      'Code `a : b` et <https://x.org/a:b?c=d!> et [texte : ici](https://x.org/?q=1 "Titre : ici ?") <span title="a : b">x</span>\n\n```\na : b !\n```',
    );
    const paragraph = tree.children[0];
    expect(paragraph?.type).toBe('paragraph');
    if (paragraph?.type !== 'paragraph') return;
    const [, code, , autolink, , link] = paragraph.children;
    expect(code).toMatchObject({ type: 'inlineCode', value: 'a : b' });
    expect(autolink).toMatchObject({
      type: 'link',
      url: 'https://x.org/a:b?c=d!',
      children: [{ type: 'text', value: 'https://x.org/a:b?c=d!' }],
    });
    expect(link).toMatchObject({
      type: 'link',
      url: 'https://x.org/?q=1',
      title: 'Titre : ici ?',
      children: [{ type: 'text', value: 'texte\u00A0: ici' }],
    });
    expect(paragraph.children.find((c) => c.type === 'html')).toMatchObject({ value: '<span title="a : b">' });
    expect(tree.children[1]).toMatchObject({ type: 'code', value: 'a : b !' });
  });

  it('typographs directive text but never directive attributes', () => {
    const tree = transform(':abbr[sigle : BRICS]{title="a : b ?"} ok ?\n\n:::note[Attention : ici]{class="x : y"}\nTexte !\n:::');
    const paragraph = tree.children[0] as unknown as { children: Array<Record<string, unknown>> };
    expect(paragraph.children[0]).toMatchObject({
      type: 'textDirective',
      name: 'abbr',
      attributes: { title: 'a : b ?' },
      children: [{ type: 'text', value: 'sigle\u00A0: BRICS' }],
    });
    expect(paragraph.children[1]).toMatchObject({ type: 'text', value: ' ok\u202F?' });
    const container = tree.children[1] as unknown as Record<string, unknown>;
    expect(container).toMatchObject({ type: 'containerDirective', attributes: { class: 'x : y' } });
    expect(texts(container)).toEqual(['Attention\u00A0: ici', 'Texte\u202F!']);
  });

  it('does not carry a boundary across inline code or breaks', () => {
    expect(texts(transform('Le `code`! reste'))).toEqual(['Le ', '! reste']);
    expect(texts(transform('Bonjour  \n! non'))).toEqual(['Bonjour', '! non']);
  });

  it('headings and separate paragraphs are separate runs', () => {
    expect(texts(transform('# Titre : ici\n\nBonjour\n\n! non'))).toEqual(['Titre\u00A0: ici', 'Bonjour', '! non']);
  });

  it('leaves documents in another language, or in none, as they are', () => {
    expect(texts(transform('**Bonjour** ! "Oui" 10000', 'en'))).toEqual(['Bonjour', ' ! "Oui" 10000']);
    const processor = remark().use(remarkFrenchTypography);
    expect(texts(processor.runSync(processor.parse('Bonjour !')))).toEqual(['Bonjour !']);
  });

  it('times are text, not directives, once remarkDigitDirectives is used', () => {
    const markdown = 'À 10:30 ou 9:00, format 3:2, voir :abbr[x]';
    const bare = remark().use(remarkDirective).parse(markdown);
    expect((bare.children[0] as unknown as { children: unknown[] }).children[1]).toMatchObject({ type: 'textDirective', name: '30' });
    const tree = remark().use(remarkDirective).use(remarkDigitDirectives).parse(markdown);
    const paragraph = tree.children[0] as unknown as { children: Array<Record<string, unknown>> };
    expect(paragraph.children[0]).toEqual({ type: 'text', value: 'À 10:30 ou 9:00, format 3:2, voir ' });
    expect(paragraph.children[1]).toMatchObject({ type: 'textDirective', name: 'abbr' });
    expect(texts(transform('À 10:30 !'))).toEqual(['À 10:30\u202F!']);
  });
});
