import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { QuoteKind, QuoteTie } from '@/lib/site/types';

/*
 * How editors tie words to a speaker in Markdown (remark-directive syntax):
 *   :::quote{speaker=olga-vidanova}   a direct quotation, as a block of its own
 *   :quote[…]{speaker=polina-pavlova} a direct quotation inside a sentence
 *   :said[…]{speaker=dmitry-shanin}   reported speech: what someone said, not in their words
 * The site adds the quotation marks of the reader's language; editors type none.
 */

export type QuoteDirective = ContainerDirective | TextDirective;

/** A directive the site does not know, or one used the wrong way. */
export interface DirectiveProblem {
  line: number;
  message: string;
  hint: string;
  /** For a form the site does not know: how it was written (`:::`) and its name (`qoute`). */
  unknown?: { marker: string; name: string };
}

const KINDS: ReadonlySet<string> = new Set<QuoteKind>(['quote', 'said']);

type AnyDirective = ContainerDirective | LeafDirective | TextDirective;

function isDirective(node: { type: string }): node is AnyDirective {
  return node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective';
}

/** Every quote tie of a body, and every directive that cannot be one. Pure: does not change the tree. */
export function collectQuoteTies(tree: Root): { ties: QuoteTie[]; problems: DirectiveProblem[] } {
  const ties: QuoteTie[] = [];
  const problems: DirectiveProblem[] = [];
  visit(tree, (node) => {
    if (!isDirective(node)) return;
    const line = node.position?.start.line ?? 1;
    const marker = node.type === 'containerDirective' ? ':::' : node.type === 'leafDirective' ? '::' : ':';
    if (!KINDS.has(node.name)) {
      problems.push({
        line,
        message: `"${marker}${node.name}" is read as a tie to a speaker, which the site does not know`,
        hint: 'in running text, put a space after a colon (« Moscou : … »); to tie words to a speaker, write :quote[…], :said[…] or :::quote, with {speaker=<id>}',
        unknown: { marker, name: node.name },
      });
      return;
    }
    const kind = node.name as QuoteKind;
    if (node.type === 'leafDirective' || (kind === 'said' && node.type === 'containerDirective')) {
      problems.push({
        line,
        message: `"${marker}${kind}" is not a form the site knows`,
        hint:
          kind === 'said'
            ? 'reported speech goes inside a sentence: :said[…]{speaker=<id>}'
            : 'use :::quote{speaker=<id>} … ::: for a block, or :quote[…]{speaker=<id>} in a sentence',
      });
      return;
    }
    const speaker = node.attributes?.speaker ?? '';
    if (!speaker) {
      problems.push({
        line,
        message: `${marker}${kind} has no speaker`,
        hint: `add {speaker=<person id>} right after it: ${marker === ':::' ? ':::quote{speaker=olga-vidanova}' : `:${kind}[…]{speaker=olga-vidanova}`}`,
      });
      return;
    }
    const text = toString(node).trim();
    if (!text) {
      problems.push({
        line,
        message: `${marker}${kind} is empty`,
        hint: marker === ':::' ? 'write the quoted words on the lines between :::quote{…} and :::' : 'put the words between the brackets: […]',
      });
      return;
    }
    ties.push({ anchor: `quote-${ties.length + 1}`, speaker, kind, block: node.type === 'containerDirective', text, line });
  });
  return { ties, problems };
}
