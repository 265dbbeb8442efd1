import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { PassageKind } from './schema';
import type { ContentProblem } from './errors';

/** A passage as read from Markdown, before ids and principles are attached. */
export interface Block {
  kind: PassageKind;
  text: string;
  line: number;
  /** The editor's `<!-- principles: +id -id -->` annotation that follows the block, if any. */
  annotation?: Annotation;
}

export interface Annotation {
  add: string[];
  remove: string[];
  line: number;
}

const ANNOTATION = /^<!--\s*principles\s*:(.*?)-->$/s;
const COMMENT = /^<!--.*-->$/s;

/**
 * Splits a Markdown tree into passages: each paragraph, heading, list item and block quote is one. An annotation
 * comment applies to the block just before it. Anything the reader could not show is reported, never dropped.
 */
export function readBlocks(tree: Root, file: string, problems: ContentProblem[]): Block[] {
  const blocks: Block[] = [];
  visit(tree, (node: Nodes, _index, parent) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'root':
      case 'list':
        return;
      case 'paragraph':
      case 'heading':
        blocks.push({ kind: node.type, text: cleanText(toString(node)), line });
        return SKIP;
      case 'blockquote':
        blocks.push({ kind: 'blockquote', text: joinedText(node.children), line });
        return SKIP;
      case 'listItem':
        // Nested lists are visited on their own, so each nested item is its own passage.
        blocks.push({ kind: 'list-item', text: joinedText(node.children.filter((child) => child.type !== 'list')), line });
        node.children
          .filter((child) => child.type === 'list')
          .forEach((list) => readNestedList(list));
        return SKIP;
      case 'html':
        readHtml(node.value.trim(), line, parent?.type === 'root');
        return SKIP;
      case 'yaml':
      case 'thematicBreak':
      case 'definition':
        return SKIP;
      default:
        problems.push({
          file,
          line,
          message: `a ${node.type} block cannot be shown as a passage: rewrite it as paragraphs, headings, list items or block quotes`,
        });
        return SKIP;
    }
  });
  return blocks.filter((block) => {
    if (block.text) return true;
    problems.push({ file, line: block.line, message: `this ${block.kind} has no text: delete it or write its text` });
    return false;
  });

  function readNestedList(list: RootContent) {
    const nested = readBlocks({ type: 'root', children: [list] }, file, problems);
    blocks.push(...nested);
  }

  function readHtml(html: string, line: number, atTopLevel: boolean) {
    const annotation = ANNOTATION.exec(html);
    if (annotation) {
      const target = blocks[blocks.length - 1];
      if (!target || !atTopLevel) {
        problems.push({ file, line, message: 'a principles annotation must directly follow the paragraph it is about' });
      } else if (target.annotation) {
        problems.push({ file, line, message: 'this passage already has a principles annotation: merge the two into one comment' });
      } else {
        target.annotation = { ...parseAnnotation(annotation[1]), line };
      }
      return;
    }
    if (COMMENT.test(html)) return;
    problems.push({
      file,
      line,
      message: 'raw HTML is not shown: write it as Markdown (an HTML comment is allowed, e.g. <!-- principles: +sovereignty -->)',
    });
  }
}

function parseAnnotation(body: string): Omit<Annotation, 'line'> {
  const add: string[] = [];
  const remove: string[] = [];
  for (const token of body.trim().split(/[\s,]+/).filter(Boolean)) {
    if (token.startsWith('-')) remove.push(token.slice(1));
    else add.push(token.replace(/^\+/, ''));
  }
  return { add, remove };
}

function joinedText(children: RootContent[]): string {
  return children.map((child) => cleanText(toString(child))).filter(Boolean).join('\n');
}

/** Soft line breaks inside a paragraph are layout, not text. */
function cleanText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
