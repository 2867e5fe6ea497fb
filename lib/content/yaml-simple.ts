import type { ParsedYaml } from './yaml';

/*
 * A fast reader for the plain YAML content files are written in: block mappings, block
 * sequences of mappings or scalars, flow sequences of ids (`tags: [a, b]`), plain, single- and
 * double-quoted strings without escapes, comment lines. It returns exactly what the `yaml`
 * library returns for such text (data, and the line `locate` gives for each path), and
 * undefined for anything else: numbers, booleans, nulls, escapes, multi-line scalars, anchors,
 * tags, flow mappings, tabs, duplicate keys, errors… which the `yaml` library then parses,
 * reporting problems as before. Front matter through the full parser was a seventh of the
 * content pipeline; tests/unit/yaml-simple.test.ts checks both agree.
 */

/** A node as `locate` walks it: a line and, for collections, their children. */
type Located =
  | { kind: 'map'; line: number; keys: Map<string, { line: number; node: Located }> }
  | { kind: 'seq'; line: number; items: Located[] }
  | { kind: 'scalar'; line: number };

type Value = string | Value[] | { [key: string]: Value };

/** Strings the core schema reads as something else (null, booleans, numbers): left to the full parser. */
const CORE_NOT_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
const isCoreString = (text: string) => !CORE_NOT_STRING.some((re) => re.test(text));

const UNSUPPORTED_CHARACTERS = /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]/;
const KEY = /^([A-Za-z][A-Za-z0-9_-]*):(?: +(.*))?$/;
/** A plain scalar of one line in block context: no indicator first, no `: ` or ` #`, no edge spaces. */
const PLAIN = /^(?![-?:,[\]{}#&*!|>'"%@` ])(?:(?!: | #)[^\t])*[^\s:]$/u;
/** A flow sequence item: an id, a tag, a slug. */
const FLOW_ITEM = /^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u;

class NotSimple extends Error {}
const notSimple = (): never => {
  throw new NotSimple();
};

interface Line {
  /** 1-based. */
  number: number;
  indent: number;
  text: string;
}

/** A scalar or flow sequence written after `key: ` or `- `. */
function inlineValue(text: string, line: number): { value: Value; node: Located } {
  if (text.startsWith('"') || text.startsWith("'")) {
    const quote = text.charAt(0);
    // One quoted string and nothing after it; no escapes (`\` in "…", `''` in '…').
    if (text.length < 2 || !text.endsWith(quote)) notSimple();
    const inner = text.slice(1, -1);
    if (inner.includes(quote) || (quote === '"' && inner.includes('\\'))) notSimple();
    return { value: inner, node: { kind: 'scalar', line } };
  }
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) notSimple();
    const inner = text.slice(1, -1).replace(/^ +| +$/g, '');
    const items = inner === '' ? [] : inner.split(',').map((item) => item.replace(/^ +| +$/g, ''));
    for (const item of items) if (!FLOW_ITEM.test(item) || !isCoreString(item)) notSimple();
    return { value: items, node: { kind: 'seq', line, items: items.map(() => ({ kind: 'scalar', line })) } };
  }
  if (!PLAIN.test(text) || !isCoreString(text)) notSimple();
  return { value: text, node: { kind: 'scalar', line } };
}

/**
 * Reads `text` if it is simple enough (see above), as `parseYaml` would; undefined otherwise.
 */
export function parseSimpleYaml(text: string): ParsedYaml | undefined {
  // Tabs, carriage returns, and characters YAML refuses or treats apart (controls, BOM, NEL, line separators).
  if (UNSUPPORTED_CHARACTERS.test(text)) return undefined;
  const lines: Line[] = [];
  const raws = text.split('\n');
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i] ?? '';
    // Only spaces indent, and only spaces (and tabs, refused above) end a line in YAML: not
    // String.trim's Unicode spaces, so a no-break space stays part of the value.
    const indent = /^ */.exec(raw)?.[0].length ?? 0;
    const content = raw.slice(indent).replace(/ +$/, '');
    if (content === '' || content.startsWith('#')) continue;
    // Document markers and directives.
    if (/^(?:---|\.\.\.)(?: |$)/.test(raw) || raw.startsWith('%')) return undefined;
    lines.push({ number: i + 1, indent, text: content });
  }
  if (!lines.length || lines[0]?.indent !== 0) return undefined;
  let at = 0;

  /** A block mapping whose keys are at `indent`, the first key (already checked) at `lines[at]`. */
  function mapping(indent: number, first?: { key: string; rest: string | undefined; line: number }): { value: Record<string, Value>; node: Located } {
    const value: Record<string, Value> = {};
    const keys = new Map<string, { line: number; node: Located }>();
    const node: Located = { kind: 'map', line: first?.line ?? lines[at]?.number ?? 1, keys };
    let pending = first;
    while (pending || (at < lines.length && lines[at]?.indent === indent)) {
      let entry = pending;
      pending = undefined;
      if (!entry) {
        const line = lines[at] ?? notSimple();
        const m = KEY.exec(line.text) ?? notSimple();
        entry = { key: m[1] ?? '', rest: m[2], line: line.number };
        at++;
      }
      const { key, rest, line } = entry;
      if (keys.has(key) || key === '__proto__' || !isCoreString(key)) notSimple();
      let child: { value: Value; node: Located };
      if (rest !== undefined && rest !== '') child = inlineValue(rest, line);
      else {
        const next = lines[at];
        if (!next || next.indent <= indent) notSimple(); // a null value
        child = block(next?.indent ?? 0);
      }
      Object.defineProperty(value, key, { value: child.value, enumerable: true, writable: true, configurable: true });
      keys.set(key, { line, node: child.node });
    }
    if (at < lines.length && (lines[at]?.indent ?? 0) > indent) notSimple();
    return { value, node };
  }

  /** A block sequence whose dashes are at `indent`. */
  function sequence(indent: number): { value: Value[]; node: Located } {
    const value: Value[] = [];
    const items: Located[] = [];
    const node: Located = { kind: 'seq', line: lines[at]?.number ?? 1, items };
    while (at < lines.length && lines[at]?.indent === indent && lines[at]?.text.startsWith('- ')) {
      const line = lines[at] ?? notSimple();
      const rest = line.text.slice(2);
      at++;
      const keyed = KEY.exec(rest);
      let child: { value: Value; node: Located };
      if (keyed) {
        // `- key: value` opens a mapping whose keys line up after the dash.
        child = mapping(indent + 2, { key: keyed[1] ?? '', rest: keyed[2], line: line.number });
      } else child = inlineValue(rest, line.number);
      value.push(child.value);
      items.push(child.node);
    }
    if (at < lines.length && (lines[at]?.indent ?? 0) > indent) notSimple();
    return { value, node };
  }

  function block(indent: number): { value: Value; node: Located } {
    const line = lines[at] ?? notSimple();
    if (line.text.startsWith('- ')) return sequence(indent);
    if (KEY.test(line.text)) return mapping(indent);
    return notSimple();
  }

  let root: { value: Value; node: Located };
  try {
    root = block(0);
    if (at < lines.length) notSimple();
  } catch (e) {
    if (e instanceof NotSimple) return undefined;
    throw e;
  }
  if (root.node.kind !== 'map') return undefined;
  const top = root.node;

  const locate = (path: readonly PropertyKey[]): number | undefined => {
    let node: Located = top;
    let line = top.line;
    for (const key of path) {
      if (node.kind === 'map') {
        const pair: { line: number; node: Located } | undefined = typeof key === 'string' ? node.keys.get(key) : undefined;
        if (!pair) break;
        line = pair.line;
        node = pair.node;
      } else if (node.kind === 'seq' && typeof key === 'number') {
        const item: Located | undefined = node.items[key];
        if (!item) break;
        line = item.line;
        node = item;
      } else break;
    }
    return line;
  };
  return { data: root.value, errors: [], locate };
}
