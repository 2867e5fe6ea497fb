import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/* What the cross-language checks and the image check need from a parsed Markdown body. */

/** A top-level block of the body: what a translation must have one of for each in the original. */
export interface Block {
  /** In the editor's words: "paragraph", "heading", "block quote"… */
  kind: string;
  /** 1-based first and last line in the body. */
  line: number;
  endLine: number;
}

const BLOCK_KINDS: Readonly<Record<string, string>> = {
  paragraph: 'paragraph',
  heading: 'heading',
  blockquote: 'block quote',
  containerDirective: 'block quote',
  list: 'list',
  code: 'code block',
  table: 'table',
  thematicBreak: 'separator line',
};

/**
 * The body's top-level blocks in order. Link definitions and HTML comments are left out: they
 * are not shown to readers, so a translation need not have them.
 */
export function topLevelBlocks(tree: Root): Block[] {
  return tree.children
    .filter((node) => node.type !== 'definition' && node.type !== 'html')
    .map((node) => {
      const line = node.position?.start.line ?? 1;
      return { kind: BLOCK_KINDS[node.type] ?? node.type, line, endLine: node.position?.end.line ?? line };
    });
}

/** 1-based body lines of images whose alt text (the words in `![…]`) is empty. */
export function imagesWithoutAlt(tree: Root): number[] {
  const lines: number[] = [];
  visit(tree, (node) => {
    if ((node.type === 'image' || node.type === 'imageReference') && !node.alt?.trim()) {
      lines.push(node.position?.start.line ?? 1);
    }
  });
  return lines;
}
