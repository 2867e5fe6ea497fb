import type { Root } from 'mdast';

/*
 * remark-directive accepts directive names that start with a digit, so `10:30` or `3:2` in
 * running text parse as a text directive named `30` or `2`. Every Markdown body goes through
 * this right after parsing, in both languages, so times and ratios stay text.
 */

/** Structural view of an mdast node (directive node types included). */
interface MdNode {
  type: string;
  value?: unknown;
  name?: unknown;
  attributes?: unknown;
  children?: MdNode[];
}

function isDigitTextDirective(node: MdNode): boolean {
  return (
    node.type === 'textDirective' &&
    typeof node.name === 'string' &&
    /^[0-9]/.test(node.name) &&
    (node.children === undefined || node.children.length === 0) &&
    (node.attributes === undefined ||
      node.attributes === null ||
      (typeof node.attributes === 'object' && Object.keys(node.attributes).length === 0))
  );
}

/**
 * Turn text directives that are really times or ratios (`10:30` parsed as
 * `10` + directive `30`) back into text, merged with the adjacent text
 * nodes, so that they render as written. Only label-less, attribute-less
 * directives whose name starts with a digit are touched: no directive name
 * used on purpose looks like that.
 */
export function restoreDigitTextDirectives(tree: Root): void {
  const walk = (node: MdNode): void => {
    if (!node.children) return;
    let restored = false;
    node.children = node.children.map((child) => {
      if (isDigitTextDirective(child)) {
        restored = true;
        return { type: 'text', value: `:${String(child.name)}` };
      }
      walk(child);
      return child;
    });
    if (restored) {
      const merged: MdNode[] = [];
      for (const child of node.children) {
        const last = merged.at(-1);
        if (last && last.type === 'text' && child.type === 'text') {
          merged[merged.length - 1] = { type: 'text', value: `${String(last.value)}${String(child.value)}` };
        } else {
          merged.push(child);
        }
      }
      node.children = merged;
    }
  };
  walk(tree as unknown as MdNode);
}
