import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

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
  const errors = doc.errors.map((e) => ({
    line: e.linePos?.[0]?.line ?? 1,
    // The line goes in front of the message; drop the parser's own "at line L, column C:".
    message: (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, ''),
  }));

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

  return { data: errors.length ? undefined : doc.toJS(), errors, locate };
}
