import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import { VFile } from 'vfile';
import { parseMarkdown, renderMarkdown } from '@/lib/markdown/render';
import { remarkDigitDirectives } from '@/lib/markdown/plugins/remark-digit-directives';
import { remarkFrenchTypography } from '@/lib/markdown/plugins/remark-french-typography';

/*
 * French typography through the body processor the site ships (every plugin, in its order,
 * sanitizing on), as the loader renders a French story. Each folder of tests/fixtures/typography/
 * holds an `input.md` and the `expected.html` it must render to. UPDATE_FIXTURES=1 writes missing
 * expected files (to review, then commit).
 */
const FIXTURES = path.resolve('tests/fixtures/typography');

const cases = readdirSync(FIXTURES)
  .filter((name) => statSync(path.join(FIXTURES, name)).isDirectory())
  .sort();

const render = (markdown: string) => renderMarkdown(parseMarkdown(markdown), { locale: 'fr', speakerName: () => undefined }).trim();

describe('French typography fixtures (the site’s body processor)', () => {
  it('has the required fixture cases', () => {
    for (const required of ['punctuation', 'guillemets', 'numbers', 'code-and-urls-untouched', 'times', 'bold-boundary']) {
      expect(cases).toContain(required);
    }
  });

  it.each(cases)('%s', (name) => {
    const html = render(readFileSync(path.join(FIXTURES, name, 'input.md'), 'utf8'));
    const expectedFile = path.join(FIXTURES, name, 'expected.html');
    if (!existsSync(expectedFile) && process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, `${html}\n`);
    expect(html).toBe(readFileSync(expectedFile, 'utf8').trim());
  });

  it('typesetting Markdown it has typeset already changes nothing (idempotent)', () => {
    const processor = remark().use(remarkDirective).use(remarkDigitDirectives).use(remarkFrenchTypography).freeze();
    const typeset = (markdown: string) => String(processor.processSync(new VFile({ value: markdown, data: { locale: 'fr' } })));
    const input = readFileSync(path.join(FIXTURES, 'punctuation', 'input.md'), 'utf8');
    const once = typeset(input);
    expect(once).not.toBe(input);
    expect(typeset(once)).toBe(once);
  });
});
