import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkHtml from 'remark-html';
import { remarkFrenchTypography } from '../../lib/markdown/plugins/remark-french-typography';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'typography');

const cases = readdirSync(FIXTURES)
  .filter((name) => statSync(join(FIXTURES, name)).isDirectory())
  .sort();

async function render(markdown: string): Promise<string> {
  const file = await remark()
    .use(remarkDirective)
    .use(remarkFrenchTypography)
    .use(remarkHtml)
    .process(markdown);
  return String(file);
}

describe('French typography fixtures (remark → html)', () => {
  it('has the required fixture cases', () => {
    for (const required of [
      'punctuation',
      'guillemets',
      'numbers',
      'code-and-urls-untouched',
      'times',
      'bold-boundary',
    ]) {
      expect(cases).toContain(required);
    }
  });

  it.each(cases)('%s', async (name) => {
    const input = readFileSync(join(FIXTURES, name, 'input.md'), 'utf8');
    const expected = readFileSync(join(FIXTURES, name, 'expected.html'), 'utf8');
    expect((await render(input)).trim()).toBe(expected.trim());
  });

  it('rendering the rendered text again changes nothing (idempotent)', async () => {
    const input = readFileSync(join(FIXTURES, 'punctuation', 'input.md'), 'utf8');
    const once = await remark().use(remarkDirective).use(remarkFrenchTypography).process(input);
    const twice = await remark().use(remarkDirective).use(remarkFrenchTypography).process(String(once));
    expect(String(twice)).toBe(String(once));
  });
});
