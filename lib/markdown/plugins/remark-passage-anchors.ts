import type { Root, RootContent } from 'mdast';
import type { Transformer } from 'unified';

/** Anchor of the n-th passage (1-based): the same number names the same passage in every language. */
export const passageAnchor = (n: number) => `p-${n}`;

/** Top-level nodes that render to nothing (link definitions; raw HTML, which sanitizing drops). */
const INVISIBLE = new Set<RootContent['type']>(['definition', 'html', 'yaml']);

export const isPassage = (node: RootContent) => !INVISIBLE.has(node.type);

/**
 * remark plugin: gives each top-level block (paragraph, heading, list, quotation…) the id `p-N`, in document
 * order. A translation with the same blocks has the same anchors, so `#p-4` points to the same
 * passage in French, in English and on the side-by-side page.
 */
export function remarkPassageAnchors(): Transformer<Root> {
  return (tree) => {
    let count = 0;
    for (const node of tree.children) {
      if (!isPassage(node)) continue;
      count += 1;
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: passageAnchor(count) } };
    }
  };
}
