import { describe, expect, it } from 'vitest';
import { collectQuoteTies } from '@/lib/markdown/directives';
import { parseMarkdown, renderMarkdown } from '@/lib/markdown/render';

const names: Record<string, string> = { ada: 'Ada Exemplova' };
const body = [
  'Intro.',
  '',
  ':::quote{speaker=ada}',
  'Nous sommes prêts !',
  ':::',
  '',
  'Elle a dit :quote[tout va bien]{speaker=ada} puis :said[que rien ne presse]{speaker=ada}, à 10:30.',
].join('\n');

describe('quote ties', () => {
  it('collects every statement in document order with its kind and line', () => {
    const { ties, problems } = collectQuoteTies(parseMarkdown(body));
    expect(problems).toEqual([]);
    expect(ties).toEqual([
      { anchor: 'quote-1', speaker: 'ada', kind: 'quote', block: true, text: 'Nous sommes prêts !', line: 3 },
      { anchor: 'quote-2', speaker: 'ada', kind: 'quote', block: false, text: 'tout va bien', line: 7 },
      { anchor: 'quote-3', speaker: 'ada', kind: 'said', block: false, text: 'que rien ne presse', line: 7 },
    ]);
  });

  it('reports directives that are not ties, with a hint', () => {
    const { ties, problems } = collectQuoteTies(parseMarkdown('A :quote[x] and ::said[y]{speaker=a} and :note[z]'));
    expect(ties).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([':quote has no speaker', '":note" is read as a tie to a speaker, which the site does not know']);
    expect(collectQuoteTies(parseMarkdown('::said[y]{speaker=a}')).problems[0]?.message).toBe('"::said" is not a form the site knows');
  });
});

describe('quote rendering', () => {
  it('renders French quotations with guillemets, a caption and anchors', () => {
    const html = renderMarkdown(parseMarkdown(body), { locale: 'fr', speakerName: (id) => names[id] });
    expect(html).toContain(
      '<figure class="quote" id="p-2"><blockquote id="quote-1" data-speaker="ada">\n<p>Nous sommes prêts\u202F!</p>\n</blockquote><figcaption>Ada Exemplova</figcaption></figure>',
    );
    expect(html).toContain('<q id="quote-2" data-speaker="ada">«\u00A0tout va bien\u00A0»</q>');
    expect(html).toContain('<span id="quote-3" data-speaker="ada" class="reported-speech">que rien ne presse</span>, à 10:30.');
  });

  it('renders English quotations with curly quotes and leaves the text alone', () => {
    const html = renderMarkdown(parseMarkdown(body), { locale: 'en', speakerName: (id) => names[id] });
    expect(html).toContain('<q id="quote-2" data-speaker="ada">\u201Ctout va bien\u201D</q>');
    expect(html).toContain('<p>Nous sommes prêts !</p>');
  });
});
