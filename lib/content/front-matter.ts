import matter from 'gray-matter';
import { parseYaml, type ParsedYaml } from './yaml';

export interface SplitMarkdown {
  /** Parsed front matter; `locate` lines are already relative to the whole file. */
  frontMatter: ParsedYaml;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
}

const refuseExecutable = (language: string) => () => {
  throw new ExecutableFrontMatterError(language);
};

export class ExecutableFrontMatterError extends Error {
  constructor(readonly language: string) {
    super(`front matter in "${language}" is executable code and is refused`);
    this.name = 'ExecutableFrontMatterError';
  }
}

/**
 * Splits a Markdown file into front matter and body with gray-matter. gray-matter evaluates
 * `---js` / `---javascript` front matter with `eval` by default, and `engines: { js: false }`
 * falls back to that default engine: both engines are replaced by ones that throw. YAML is
 * parsed by our own core-schema parser so lines can be reported.
 */
export function splitMarkdown(file: string): SplitMarkdown {
  // Files saved with Windows line endings: gray-matter would leave the "\r" of the last
  // front-matter line inside its value ("fr\r" is no language code).
  const source = file.replace(/\r\n?/g, '\n');
  let parsed: ParsedYaml | undefined;
  const split = matter(source, {
    engines: {
      yaml: (text: string) => {
        parsed = parseYaml(text);
        return {};
      },
      js: refuseExecutable('js'),
      javascript: refuseExecutable('javascript'),
    },
  });
  // The YAML text starts inside the opening `---` line, so its line N is the file's line
  // N plus the lines before that point.
  const frontMatter = parsed ?? parseYaml('');
  const start = split.matter ? source.indexOf(split.matter) : 0;
  const offset = start > 0 ? source.slice(0, start).split('\n').length - 1 : 0;
  const shifted: ParsedYaml = {
    data: frontMatter.data,
    errors: frontMatter.errors.map((e) => ({ ...e, line: e.line + offset })),
    locate: (path) => {
      const line = frontMatter.locate(path);
      return line === undefined ? undefined : line + offset;
    },
  };
  const head = source.slice(0, source.length - split.content.length);
  const bodyLine = head.split('\n').length;
  return { frontMatter: shifted, body: split.content, bodyLine };
}
