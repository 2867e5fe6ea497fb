import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The documentation a reader follows: README.md (the front door), CONTRIBUTING.md (the editors'
 * guide) and docs/. Every relative link leads to a file that exists, and every `#anchor` to a
 * heading of that file, so moving or renaming a file or a section cannot strand a reader.
 */

const ROOT = path.resolve('.');
/** The README is the front door: what the site is, how to start, where to read on. */
const README_BUDGET_BYTES = 15_000;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return markdownFiles(file);
    return name.endsWith('.md') ? [file] : [];
  });
}

const documents = [path.join(ROOT, 'README.md'), path.join(ROOT, 'CONTRIBUTING.md'), ...markdownFiles(path.join(ROOT, 'docs'))];

/** Markdown without its fenced code blocks: a `# line` or a link in one is an example. */
function withoutCodeBlocks(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** Targets of inline links and images: `[text](target)`, `![alt](target "title")`. */
function linkTargets(markdown: string): string[] {
  // Code spans go too: `[text](target)` written in one is not a link.
  const prose = withoutCodeBlocks(markdown).replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] as string);
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a file's headings; a code span keeps its text in the anchor (`a/b.c` → abc). */
function anchorsOf(file: string): Set<string> {
  const headings = [...withoutCodeBlocks(readFileSync(file, 'utf8')).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)];
  return new Set(headings.map((m) => headingAnchor((m[1] as string).replace(/`/g, ''))));
}

describe('documentation', () => {
  it('keeps the README within its budget', () => {
    expect(readFileSync(path.join(ROOT, 'README.md')).byteLength).toBeLessThanOrEqual(README_BUDGET_BYTES);
  });

  it('finds the documents it checks', () => {
    const names = documents.map((file) => path.relative(ROOT, file));
    expect(names).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'docs/architecture.md', 'docs/performance.md', 'docs/decisions/README.md']));
  });

  it.each(documents.map((file) => [path.relative(ROOT, file), file] as const))(
    '%s: every relative link leads to a file, every anchor to a heading',
    (_name, file) => {
      const broken: string[] = [];
      for (const target of linkTargets(readFileSync(file, 'utf8'))) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:…
        const [pathPart = '', anchor] = target.split('#');
        const resolved = pathPart ? path.resolve(path.dirname(file), decodeURIComponent(pathPart)) : file;
        if (!resolved.startsWith(ROOT) || !existsSync(resolved)) {
          broken.push(`${target}: no such file`);
          continue;
        }
        if (anchor && !(statSync(resolved).isFile() && resolved.endsWith('.md') && anchorsOf(resolved).has(anchor))) broken.push(`${target}: no such heading`);
      }
      expect(broken).toEqual([]);
    },
  );

  it('reads links and anchors as GitHub does', () => {
    expect(linkTargets('See [a](docs/a.md#x), ![c](../c.svg "C") and `[not](a link)`.\n```\n[nor](this)\n```\n')).toEqual(['docs/a.md#x', '../c.svg']);
    expect(headingAnchor('French typography: what the site does for you')).toBe('french-typography-what-the-site-does-for-you');
    expect(headingAnchor('The caching proxy: deploy/nginx.conf.template')).toBe('the-caching-proxy-deploynginxconftemplate');
  });
});
