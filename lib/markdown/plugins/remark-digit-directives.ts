import type { Root } from 'mdast';
import type { Processor } from 'unified';

/*
 * remark-directive accepts directive names that start with a digit, so `10:30` or `3:2` in
 * running text parse as a text directive named `30` or `2` (an empty `<div>` once rendered).
 * This plugin makes parsing itself turn them back into text, so every consumer of the parsed
 * tree (quote ties, the loader's checks, rendering) reads times and ratios as written.
 */

/** Structural view of an mdast node (directive node types included). */
interface MdNode {
  type: string;
  value?: unknown;
  name?: unknown;
  attributes?: unknown;
  children?: MdNode[];
}

/** Label-less, attribute-less text directives whose name starts with a digit: no directive used on purpose looks like that. */
function isDigitTextDirective(node: MdNode): boolean {
  return (
    node.type === 'textDirective' &&
    typeof node.name === 'string' &&
    /^[0-9]/.test(node.name) &&
    (node.children === undefined || node.children.length === 0) &&
    (node.attributes === undefined || node.attributes === null || (typeof node.attributes === 'object' && Object.keys(node.attributes).length === 0))
  );
}

/** Such directives become their literal text (`:30`), merged with the text around them. */
function restoreDigitTextDirectives(tree: Root): void {
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

/**
 * remark plugin: times and ratios (`10:30`, `3:2`) stay text under remark-directive. A
 * transform of the Markdown parser (mdast-util-from-markdown's `transforms`), so `parse` itself
 * returns the restored tree; with remark-directive absent there is nothing to restore.
 */
export function remarkDigitDirectives(this: Processor): void {
  const data = this.data();
  (data.fromMarkdownExtensions ??= []).push({ transforms: [restoreDigitTextDirectives] });
}
