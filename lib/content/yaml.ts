import { type Alias, type Document, isMap, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  /** Syntax errors with their 1-based line, relative to the parsed text. */
  errors: { line: number; message: string }[];
  /** 1-based line of the value at `path`, or of its nearest existing parent. */
  locate: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Parses YAML with the 1.2 core schema, so `date: 2025-13-45` stays the string the editor
 * wrote (js-yaml's default schema silently turns it into a date in 2026) and is validated by
 * the content schema instead. Keeps the document to point errors at their line.
 */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter, uniqueKeys: true, prettyErrors: true });
  const errors = doc.errors.map((e) => {
    const line = e.linePos?.[0]?.line ?? 1;
    // The line goes in front of the message; drop the parser's own "at line L, column C:".
    const message = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
    const quote = e.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(message)?.[1] : undefined;
    return quote ? unclosedQuote(text, line, quote) : { line, message: inEditorsWords(e.code, message) };
  }).filter((e, i, all) => all.findIndex((other) => other.line === e.line && other.message === e.message) === i);

  const lineOf = (node: Node | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;

  const locate = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let line = lineOf(doc.contents as Node | null);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        line = lineOf(pair.key as Node) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        line = lineOf(item) ?? line;
        node = item;
      } else {
        break;
      }
    }
    return line;
  };

  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      // Aliases are only resolved here: `*name` without an `&name` above, or an alias bomb.
      const unresolved = firstUnresolvedAlias(doc);
      errors.push({ line: lineOf(unresolved) ?? 1, message: unresolved ? ALIAS_MESSAGE : `this file cannot be read (${(e as Error).message})` });
    }
  }
  return { data, errors, locate };
}

/** A value starting with `*` (say, Markdown italics) is a YAML reference to something named elsewhere. */
const ALIAS_MESSAGE = 'a value starting with * (or &) must be in double quotes';

/**
 * The parser's message in the words of someone writing a content file: what is wrong with the
 * line and the usual cause, not the parser's terms. Messages it has no better words for are given
 * as they are, after "this line cannot be read".
 */
function inEditorsWords(code: string, message: string): string {
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a value holding ": " is not in double quotes, or the next line is indented too far';
    case 'BAD_INDENT':
      return /end with an? [\]}]/.test(message)
        ? `a list opened with ${message.includes(']') ? '[ is not closed with ]' : '{ is not closed with }'}`
        : 'this line is not indented like the lines it belongs with (two spaces per level)';
    case 'TAB_AS_INDENT':
      return 'a tab indents this line: indent with spaces (two per level)';
    case 'DUPLICATE_KEY':
      return 'a field is written twice in the same place';
    case 'BAD_DQ_ESCAPE':
      return 'a backslash (\\) inside double quotes: write it twice, or use single quotes';
    case 'UNEXPECTED_TOKEN':
      return 'something on this line is out of place, such as text after a closing quote or a line that is not "field: value"';
    default:
      return `this line cannot be read (${message})`;
  }
}

function firstUnresolvedAlias(doc: Document.Parsed): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === undefined) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * The parser notices a missing closing quote where the file ends, far from the mistake:
 * point at the nearest line above that opens a quote without closing it.
 */
function unclosedQuote(text: string, errorLine: number, quote: string): { line: number; message: string } {
  const lines = text.split('\n');
  const unbalanced = (line: string) => (line.replaceAll(`\\${quote}`, '').split(quote).length - 1) % 2 === 1;
  for (let i = Math.min(errorLine, lines.length) - 1; i >= 0; i--) {
    if (unbalanced(lines[i] ?? '')) return { line: i + 1, message: `the ${quote} opened on this line is never closed` };
  }
  return { line: errorLine, message: `a text opened with ${quote} is never closed` };
}
