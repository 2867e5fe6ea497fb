import { describe, expect, it } from 'vitest';
import { splitMarkdown } from '@/lib/content/front-matter';
import { parseMarkdown, renderMarkdown } from '@/lib/markdown/render';

const render = (markdown: string) => renderMarkdown(parseMarkdown(markdown), { locale: 'en', speakerName: (id) => (id === 'ada' ? 'Ada' : undefined) });

describe('Markdown sanitizing', () => {
  it('drops a <script> block and inline script', () => {
    const html = render('Hello\n\n<script>alert(1)</script>\n\nText <script>alert(2)</script> end');
    // The block disappears; inline tags go and what they held is left as inert text.
    // Passages are numbered over what is shown: the dropped block takes no number.
    expect(html).toBe('<p id="p-1">Hello</p>\n<p id="p-2">Text alert(2) end</p>\n');
  });

  it('drops raw HTML with event handlers', () => {
    const html = render('<img src="x" onerror="alert(1)">\n\n<p onclick="alert(2)">hi</p>');
    expect(html).not.toMatch(/onerror|onclick/i);
  });

  it('removes javascript: and data: link targets but keeps the text', () => {
    const html = render('[click](javascript:alert(1)) and [data](data:text/html,<script>alert(1)</script>) and [ok](https://example.org/)');
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/href="data:/i);
    expect(html).toContain('click');
    expect(html).toContain('href="https://example.org/"');
  });

  it('removes javascript: image sources', () => {
    expect(render('![x](javascript:alert(1))')).not.toMatch(/javascript:/i);
  });

  it('cannot smuggle attributes through a quote directive', () => {
    const html = render(':::quote{speaker=ada onclick="alert(1)" style="x" id="main"}\nWords.\n:::');
    expect(html).toBe(
      '<figure class="quote" id="p-1"><blockquote id="quote-1" data-speaker="ada">\n<p>Words.</p>\n</blockquote><figcaption>Ada</figcaption></figure>\n',
    );
  });

  it('escapes markup inside a quote directive label', () => {
    const html = render('She said :quote[<b onmouseover=alert(1)>hi</b>]{speaker=ada}.');
    expect(html).not.toMatch(/onmouseover|<b/);
    expect(html).toContain('<q id="quote-1" data-speaker="ada">\u201Chi\u201D</q>');
  });
});

describe('executable front matter', () => {
  for (const language of ['js', 'javascript']) {
    it(`refuses ---${language} without running it`, () => {
      const marker = `__ran_${language}`;
      const source = `---${language}\n{ title: (globalThis.${marker} = true, "x") }\n---\nBody`;
      expect(() => splitMarkdown(source)).toThrow(/executable code and is refused/);
      expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
    });
  }

  it('parses YAML front matter with the core schema (dates stay text)', () => {
    const { frontMatter, bodyLine } = splitMarkdown('---\ntitle: A\ndate: 2025-13-45\n---\nBody');
    expect(frontMatter.data).toEqual({ title: 'A', date: '2025-13-45' });
    expect(frontMatter.locate(['date'])).toBe(3);
    expect(bodyLine).toBe(5);
  });
});
