import type { Html, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { ContentProblem } from './errors';
import { needsHtml, readInline, type InlineLink } from './inline';
import type { PassageKind } from './schema';

/** A passage as read from Markdown, before ids and principles are attached. */
export interface Block {
  kind: PassageKind;
  text: string;
  line: number;
  /** Links inside the text, as ranges with their (sanitised) targets. */
  links?: InlineLink[];
  /** The editor's `<!-- principles: +id -id -->` annotation that follows the block, if any. */
  annotation?: Annotation;
  /**
   * The editor's `<!-- renders: <slug>#<id> -->` marks: passages elsewhere whose words this one gives in its language.
   */
  renders?: RenderMark[];
}

export interface RenderMark {
  /** `<slug>#<passage id>` of the passage rendered. */
  ref: string;
  line: number;
}

export interface Annotation {
  add: string[];
  remove: string[];
  line: number;
}

const ANNOTATION = /^<!--\s*principles\s*:(.*?)-->$/s;
const RENDERS = /^<!--\s*renders\s*:(.*?)-->$/s;
const PASSAGE_REF = /^[a-z0-9]+(?:-[a-z0-9]+)*#p-[0-9a-f]{8,}(?:-\d+)?$/;
const COMMENT = /^<!--.*-->$/s;

/**
 * Splits a Markdown tree into passages: each paragraph, heading, list item and block quote is one. An editor's comment
 * (principles annotation, renders mark) applies to the block it directly follows, on the very next line, so that a
 * comment left behind when its paragraph is deleted is reported instead of silently moving to the paragraph before.
 * Anything the reader could not show is reported, never dropped.
 */
export function readBlocks(tree: Root, file: string, problems: ContentProblem[]): Block[] {
  const blocks: Block[] = [];
  /** The last line of the latest block or of a comment attached to it: the next comment must start right after. */
  let attachAfter = -1;
  visit(tree, (node: Nodes, _index, parent) => {
    const line = node.position?.start.line ?? 1;
    if (node.type !== 'html' && parent?.type === 'root') attachAfter = node.position?.end.line ?? -1;
    switch (node.type) {
      case 'root':
      case 'list':
        return;
      case 'paragraph':
      case 'heading':
        addBlock(node.type, [node], line);
        return SKIP;
      case 'blockquote':
        addBlock('blockquote', node.children, line);
        return SKIP;
      case 'listItem':
        attachAfter = node.position?.end.line ?? -1;
        // The item's own paragraphs are one passage; each item of a nested list is a passage of its own.
        addBlock(
          'list-item',
          node.children.filter((child) => child.type !== 'list'),
          line,
        );
        node.children.filter((child) => child.type === 'list').forEach((list) => readNestedList(list));
        return SKIP;
      case 'html':
        readHtml(node, line, parent?.type === 'root' && line === attachAfter + 1);
        if (parent?.type === 'root') attachAfter = node.position?.end.line ?? -1;
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

  /** Text and links of block content; sanitising's removals are reported as warnings. */
  function content(children: RootContent[], line: number): { text: string; links?: InlineLink[] } {
    let text = '';
    const links: InlineLink[] = [];
    for (const child of children) {
      const separator = text ? '\n' : '';
      if (needsHtml(child)) {
        const inline = readInline(child);
        links.push(
          ...inline.links.map((link) => ({
            ...link,
            start: link.start + text.length + separator.length,
            end: link.end + text.length + separator.length,
          })),
        );
        if (inline.text) text += separator + inline.text;
        if (inline.removed.length > 0) {
          problems.push({
            file,
            line,
            severity: 'warning',
            message: `removed unsafe HTML (${inline.removed.join(', ')}): the page shows the text only`,
          });
        }
      } else {
        const plain = cleanText(toString(child));
        if (plain) text += separator + plain;
      }
    }
    return links.length > 0 ? { text, links } : { text };
  }

  function readHtml(node: Html, line: number, atTopLevel: boolean) {
    const html = node.value.trim();
    const annotation = ANNOTATION.exec(html);
    if (annotation) {
      const target = blocks[blocks.length - 1];
      if (!target || !atTopLevel) {
        problems.push({
          file,
          line,
          message:
            'a principles annotation must be on the line right after the paragraph it is about (no blank line between): move it there, or delete it with its paragraph',
        });
      } else if (target.annotation) {
        problems.push({
          file,
          line,
          message: 'this passage already has a principles annotation: merge the two into one comment',
        });
      } else {
        target.annotation = { ...parseAnnotation(annotation[1]), line };
      }
      return;
    }
    const renders = RENDERS.exec(html);
    if (renders) {
      readRenders(renders[1], line, atTopLevel);
      return;
    }
    if (COMMENT.test(html)) return;
    // Raw HTML between blocks: its sanitised text is a passage.
    addBlock('paragraph', [node], line);
  }

  function readRenders(body: string, line: number, atTopLevel: boolean) {
    const target = blocks[blocks.length - 1];
    if (!target || !atTopLevel) {
      problems.push({
        file,
        line,
        message:
          "a renders mark must be on the line right after the paragraph that gives the other passage's words (no blank line between): move it there, or delete it with its paragraph",
      });
      return;
    }
    const refs = body
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean);
    if (refs.length === 0)
      problems.push({
        file,
        line,
        message:
          'empty renders mark: write e.g. <!-- renders: global-ai-governance-initiative#p-1a2b3c4d --> or remove it',
      });
    for (const ref of refs) {
      if (PASSAGE_REF.test(ref)) (target.renders ??= []).push({ ref, line });
      else
        problems.push({
          file,
          line,
          message: `"${ref}" is not a passage reference: write <slug>#<passage id>, e.g. global-ai-governance-initiative#p-1a2b3c4d (npm run suggest-links lists candidates)`,
        });
    }
  }

  /** Adds a passage; a block left with no text only because unsafe HTML was removed is reported and left out. */
  function addBlock(kind: PassageKind, children: RootContent[], line: number) {
    const block = content(children, line);
    if (!block.text && children.some(needsHtml)) {
      problems.push({
        file,
        line,
        severity: 'warning',
        message:
          'nothing is left of this block once unsafe HTML is removed, so it is not shown: write the passage in Markdown',
      });
      return;
    }
    blocks.push({ kind, ...block, line });
  }
}

function parseAnnotation(body: string): Omit<Annotation, 'line'> {
  const add: string[] = [];
  const remove: string[] = [];
  for (const token of body
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean)) {
    if (token.startsWith('-')) remove.push(token.slice(1));
    else add.push(token.replace(/^\+/, ''));
  }
  return { add, remove };
}

/** Soft line breaks inside a paragraph are layout, not text. */
function cleanText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
