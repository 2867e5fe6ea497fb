import type { Link, Nodes, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { Transformer } from 'unified';
import type { RemarkMentionLinksOptions } from '../document-data';

export type { RemarkMentionLinksOptions } from '../document-data';

/**
 * Where a link must not be added: inside a link already (nested links are invalid HTML), in a
 * heading (a heading that is a link reads as navigation), and in code or raw HTML.
 */
const NO_LINKS_INSIDE = new Set<Nodes['type']>(['link', 'linkReference', 'definition', 'heading', 'code', 'inlineCode', 'html', 'image', 'imageReference']);

/**
 * remark plugin: links the first mention of each known person or organization in the body to
 * its page, by whichever spelling the text uses, as `file.data.mentions` finds and links them
 * (no links without it). Only the first: a story that links every repetition of a name reads as
 * a page of links. Later mentions, and mentions where links cannot go, stay text.
 */
export function remarkMentionLinks(): Transformer<Root> {
  return (tree, file) => {
    const mentions = file.data.mentions;
    if (!mentions) return;
    const linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (NO_LINKS_INSIDE.has(node.type)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const pieces = linkFirstMentions(node, mentions, linked);
      if (!pieces) return;
      parent.children.splice(index, 1, ...(pieces as typeof parent.children));
      // Carry on after the inserted pieces: the link's own text must not be searched again.
      return [SKIP, index + pieces.length];
    });
  };
}

/** The text node split around mentions not linked yet; undefined when there is nothing to link. */
function linkFirstMentions(node: Text, { find, href }: RemarkMentionLinksOptions, linked: Set<string>): PhrasingContent[] | undefined {
  const pieces: PhrasingContent[] = [];
  let cursor = 0;
  for (const mention of find(node.value)) {
    const key = `${mention.kind}:${mention.id}`;
    if (linked.has(key)) continue;
    linked.add(key);
    if (mention.start > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, mention.start) });
    const link: Link = {
      type: 'link',
      url: href(mention),
      children: [{ type: 'text', value: node.value.slice(mention.start, mention.end) }],
      data: { hProperties: { className: ['mention'] } },
    };
    pieces.push(link);
    cursor = mention.end;
  }
  if (!pieces.length) return undefined;
  if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
  return pieces;
}
