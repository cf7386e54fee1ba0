import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Block, Run } from './document';

type Node = ReturnType<typeof fromMarkdown>['children'][number];
type Parent = { children: Node[] };

/** The words of inline Markdown, with bold and italics kept; links keep their address. */
function runsOf(nodes: readonly Node[], style: Omit<Run, 'text'> = {}): Run[] {
  return nodes.flatMap((node): Run[] => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return [{ text: node.value, ...style }];
      case 'strong':
        return runsOf(node.children, { ...style, bold: true });
      case 'emphasis':
        return runsOf(node.children, { ...style, italic: true });
      case 'delete':
        return runsOf(node.children, style);
      case 'link':
        return [...runsOf(node.children, style), { text: ` (${node.url})`, ...style }];
      case 'break':
        return [{ text: ' ', ...style }];
      default:
        // Raw HTML and images are left out, as the preview leaves them out.
        return 'children' in node ? runsOf((node as Parent).children, style) : [];
    }
  });
}

type ListItem = { runs: Run[]; level: number };

function listItems(list: Extract<Node, { type: 'list' }>, level: number): ListItem[] {
  return list.children.flatMap((item) =>
    item.children.flatMap((child): ListItem[] =>
      child.type === 'list'
        ? listItems(child, level + 1)
        : [{ runs: runsOf('children' in child ? (child as Parent).children : [child]), level }],
    ),
  );
}

function blocksOf(nodes: readonly Node[]): Block[] {
  return nodes.flatMap((node): Block[] => {
    switch (node.type) {
      case 'heading':
        return [
          {
            kind: 'heading',
            level: node.depth <= 2 ? 2 : 3,
            text: runsOf(node.children)
              .map((run) => run.text)
              .join(''),
          },
        ];
      case 'paragraph':
        return [{ kind: 'paragraph', runs: runsOf(node.children) }];
      case 'list':
        return [{ kind: 'list', ordered: Boolean(node.ordered), items: listItems(node, 0) }];
      case 'blockquote':
        return blocksOf(node.children);
      case 'code':
        return [{ kind: 'paragraph', runs: [{ text: node.value }] }];
      default:
        return [];
    }
  });
}

/**
 * Meeting notes written in Markdown as document blocks: headings (under the
 * appointment's own heading), paragraphs, lists and emphasis, never the
 * Markdown's own marks.
 */
export function markdownBlocks(markdown: string): Block[] {
  return blocksOf(fromMarkdown(markdown).children);
}
