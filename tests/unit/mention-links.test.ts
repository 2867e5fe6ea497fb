import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, renderMarkdown, type RenderOptions } from '@/lib/markdown/render';
import { createMentionFinder, type Mentionable } from '@/lib/mentions';
import type { Locale } from '@/lib/i18n/routing';

/*
 * Mention links through the real rendering chain (typography, mentions, quotes, sanitizing).
 * Each folder of tests/fixtures/mentions/ holds a French `input.md` and the `expected.html`
 * it must render to. UPDATE_FIXTURES=1 writes missing expected files (to review, then commit).
 */
const FIXTURES = path.resolve('tests/fixtures/mentions');

const entities: Mentionable[] = [
  { kind: 'person', id: 'dmitry-shanin', spellings: ['Dmitry Chanine', 'Dmitry Shanin', 'Chanine'] },
  { kind: 'person', id: 'olga-vidanova', spellings: ['Olga Vidanova'] },
  {
    kind: 'organization',
    id: 'technopolis',
    spellings: ['Zone économique spéciale Technopolis de Moscou', 'Technopolis de Moscou', 'Technopolis Moscow', 'Technopolis'],
  },
];
const names: Record<string, string> = { 'dmitry-shanin': 'Dmitry Chanine', 'olga-vidanova': 'Olga Vidanova' };

function render(markdown: string, locale: Locale = 'fr', withMentions = true): string {
  const options: RenderOptions = {
    locale,
    speakerName: (id) => names[id],
    mentions: withMentions ? { find: createMentionFinder(entities), href: (m) => `/${locale}/${m.kind}/${m.id}` } : undefined,
  };
  return renderMarkdown(parseMarkdown(markdown), options).trim();
}

const cases = readdirSync(FIXTURES).sort();

describe('mention link fixtures', () => {
  it.each(cases)('%s', (name) => {
    const html = render(readFileSync(path.join(FIXTURES, name, 'input.md'), 'utf8'));
    const expectedFile = path.join(FIXTURES, name, 'expected.html');
    if (!existsSync(expectedFile) && process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, `${html}\n`);
    expect(html).toBe(readFileSync(expectedFile, 'utf8').trim());
  });
});

const links = (html: string) => [...html.matchAll(/<a href="([^"]+)" class="mention">(.*?)<\/a>/g)].map((m) => [m[1], m[2]]);

describe('mention links', () => {
  it('link each entity once, at its first mention, whatever spelling comes first', () => {
    expect(links(render('Chanine, puis Dmitry Shanin, puis la Technopolis et Olga Vidanova.'))).toEqual([
      ['/fr/person/dmitry-shanin', 'Chanine'],
      ['/fr/organization/technopolis', 'Technopolis'],
      ['/fr/person/olga-vidanova', 'Olga Vidanova'],
    ]);
  });

  it('point into the language of the page', () => {
    expect(links(render('Dmitry Shanin spoke about Technopolis Moscow.', 'en'))).toEqual([
      ['/en/person/dmitry-shanin', 'Dmitry Shanin'],
      ['/en/organization/technopolis', 'Technopolis Moscow'],
    ]);
  });

  it('find a name the French typography split with a no-break space', () => {
    // « Chanine » gets no-break spaces inside the guillemets; the name is still found.
    const html = render('Il a cité « Chanine » deux fois.');
    expect(links(html)).toEqual([['/fr/person/dmitry-shanin', 'Chanine']]);
    expect(html).toContain('«\u00a0<a');
  });

  it('are left out when the renderer is given no mentions', () => {
    expect(links(render('Dmitry Chanine a parlé.', 'fr', false))).toEqual([]);
  });

  it('never nest a link in a link, even when the first mention is inside one', () => {
    const html = render('[Dmitry Chanine](https://example.org/) puis Dmitry Chanine.');
    expect(html).not.toMatch(/<a[^>]*>[^<]*<a/);
    expect(links(html)).toEqual([['/fr/person/dmitry-shanin', 'Dmitry Chanine']]);
  });
});
