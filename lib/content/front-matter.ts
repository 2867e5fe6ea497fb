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

/** Front matter that cannot be split from the body: what is wrong, how to fix it, where. */
export class FrontMatterSyntaxError extends Error {
  constructor(message: string, readonly hint: string, readonly line: number) {
    super(message);
    this.name = 'FrontMatterSyntaxError';
  }
}

/**
 * Refuses what gray-matter would read without our YAML parser or misread: a file without an
 * opening `---` (all body, every field "missing"), a language named after the fence (`---js`
 * would be evaluated; `---json` or `---toml` would bypass the line-accurate parser), and an
 * opening `---` with no closing one, which it reads as all front matter and no text.
 */
function checkFences(source: string): void {
  const opening = /^---(?!-)([^\n]*)/.exec(source);
  if (!opening) {
    throw new FrontMatterSyntaxError('the file does not start with front matter', 'begin it with a line ---, the fields, then another line --- before the text (npm run content:new writes them for a new story)', 1);
  }
  const language = opening[1]?.trim() ?? '';
  if (/^(js|javascript)$/i.test(language)) throw new ExecutableFrontMatterError(language);
  if (language && !/^(yaml|yml)$/i.test(language)) {
    throw new FrontMatterSyntaxError(`"---${language}" front matter is not YAML`, 'open the front matter with a plain --- line and write it in YAML', 1);
  }
  if (!source.slice(opening[0].length).includes('\n---')) {
    throw new FrontMatterSyntaxError('the front matter opened on line 1 is never closed', 'add a line with only --- after the last field, before the text of the story', 1);
  }
}

/**
 * Splits a Markdown file into front matter and body with gray-matter. gray-matter evaluates
 * `---js` / `---javascript` front matter with `eval` by default, and `engines: { js: false }`
 * falls back to that default engine: both engines are replaced by ones that throw. YAML is
 * parsed by `parseYaml` (yaml.ts: the yaml library, core schema) so lines can be reported.
 */
export function splitMarkdown(file: string): SplitMarkdown {
  // Files saved with Windows line endings: gray-matter would leave the "\r" of the last
  // front-matter line inside its value ("fr\r" is no language code). A byte-order mark
  // would hide the opening fence.
  const source = file.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  checkFences(source);
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
