import type { Html, ListItem, Nodes, Root, RootContent } from 'mdast';
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

/** What reading one file's blocks carries from node to node. */
interface Reader {
  file: string;
  problems: ContentProblem[];
  blocks: Block[];
  /** The last line of the latest block or of a comment attached to it: the next comment must start right after. */
  attachAfter: number;
}

/**
 * Splits a Markdown tree into passages: each paragraph, heading, list item and block quote is one. An editor's comment
 * (principles annotation, renders mark) applies to the block it directly follows, on the very next line, so that a
 * comment left behind when its paragraph is deleted is reported instead of silently moving to the paragraph before.
 * Anything the reader could not show is reported, never dropped.
 */
export function readBlocks(tree: Root, file: string, problems: ContentProblem[]): Block[] {
  const reader: Reader = { file, problems, blocks: [], attachAfter: -1 };
  visit(tree, (node: Nodes, _index, parent) => readNode(reader, node, parent?.type === 'root'));
  return reader.blocks.filter((block) => {
    if (block.text) return true;
    problems.push({ file, line: block.line, message: `this ${block.kind} has no text: delete it or write its text` });
    return false;
  });
}

/** One node of the tree: a block is added, a comment attached; SKIP where the node's children are read with it. */
function readNode(reader: Reader, node: Nodes, atTopLevel: boolean): typeof SKIP | undefined {
  const line = node.position?.start.line ?? 1;
  if (node.type !== 'html' && atTopLevel) reader.attachAfter = node.position?.end.line ?? -1;
  switch (node.type) {
    case 'root':
    case 'list':
      return undefined;
    case 'paragraph':
    case 'heading':
      addBlock(reader, node.type, [node], line);
      return SKIP;
    case 'blockquote':
      addBlock(reader, 'blockquote', node.children, line);
      return SKIP;
    case 'listItem':
      readListItem(reader, node, line);
      return SKIP;
    case 'html':
      readHtml(reader, node, line, atTopLevel && line === reader.attachAfter + 1);
      if (atTopLevel) reader.attachAfter = node.position?.end.line ?? -1;
      return SKIP;
    case 'yaml':
    case 'thematicBreak':
    case 'definition':
      return SKIP;
    default:
      reader.problems.push({
        file: reader.file,
        line,
        message: `a ${node.type} block cannot be shown as a passage: rewrite it as paragraphs, headings, list items or block quotes`,
      });
      return SKIP;
  }
}

/** The item's own paragraphs are one passage; each item of a nested list is a passage of its own. */
function readListItem(reader: Reader, item: ListItem, line: number) {
  reader.attachAfter = item.position?.end.line ?? -1;
  addBlock(
    reader,
    'list-item',
    item.children.filter((child) => child.type !== 'list'),
    line,
  );
  for (const list of item.children.filter((child) => child.type === 'list')) {
    reader.blocks.push(...readBlocks({ type: 'root', children: [list] }, reader.file, reader.problems));
  }
}

/** Text and links of block content; sanitising's removals are reported as warnings. */
function content(reader: Reader, children: RootContent[], line: number): { text: string; links?: InlineLink[] } {
  let text = '';
  const links: InlineLink[] = [];
  for (const child of children) {
    const separator = text ? '\n' : '';
    if (!needsHtml(child)) {
      const plain = cleanText(toString(child));
      if (plain) text += separator + plain;
      continue;
    }
    const inline = readInline(child);
    const offset = text.length + separator.length;
    links.push(...inline.links.map((link) => ({ ...link, start: link.start + offset, end: link.end + offset })));
    if (inline.text) text += separator + inline.text;
    if (inline.removed.length > 0) {
      reader.problems.push({
        file: reader.file,
        line,
        severity: 'warning',
        message: `removed unsafe HTML (${inline.removed.join(', ')}): the page shows the text only`,
      });
    }
  }
  return links.length > 0 ? { text, links } : { text };
}

function readHtml(reader: Reader, node: Html, line: number, attached: boolean) {
  const html = node.value.trim();
  const annotation = ANNOTATION.exec(html);
  if (annotation) {
    readAnnotation(reader, annotation[1], line, attached);
    return;
  }
  const renders = RENDERS.exec(html);
  if (renders) {
    readRenders(reader, renders[1], line, attached);
    return;
  }
  if (COMMENT.test(html)) return;
  // Raw HTML between blocks: its sanitised text is a passage.
  addBlock(reader, 'paragraph', [node], line);
}

/** What an editor's comment must follow, and how to fix it when it does not. */
const MISPLACED = {
  annotation:
    'a principles annotation must be on the line right after the paragraph it is about (no blank line between): move it there, or delete it with its paragraph',
  renders:
    "a renders mark must be on the line right after the paragraph that gives the other passage's words (no blank line between): move it there, or delete it with its paragraph",
};

/**
 * The passage an editor's comment belongs to: the block right above it, with no blank line between. Otherwise reports
 * `misplaced` (what the comment must follow, and how to fix it) and returns nothing.
 */
function commentTarget(reader: Reader, line: number, attached: boolean, misplaced: string): Block | undefined {
  const target = reader.blocks.at(-1);
  if (target && attached) return target;
  reader.problems.push({ file: reader.file, line, message: misplaced });
  return undefined;
}

function readAnnotation(reader: Reader, body: string, line: number, attached: boolean) {
  const { file, problems } = reader;
  const target = commentTarget(reader, line, attached, MISPLACED.annotation);
  if (!target) return;
  if (target.annotation) {
    problems.push({
      file,
      line,
      message: 'this passage already has a principles annotation: merge the two into one comment',
    });
  } else {
    target.annotation = { ...parseAnnotation(body), line };
  }
}

function readRenders(reader: Reader, body: string, line: number, attached: boolean) {
  const { file, problems } = reader;
  const target = commentTarget(reader, line, attached, MISPLACED.renders);
  if (!target) return;
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
function addBlock(reader: Reader, kind: PassageKind, children: RootContent[], line: number) {
  const block = content(reader, children, line);
  if (!block.text && children.some(needsHtml)) {
    reader.problems.push({
      file: reader.file,
      line,
      severity: 'warning',
      message:
        'nothing is left of this block once unsafe HTML is removed, so it is not shown: write the passage in Markdown',
    });
    return;
  }
  reader.blocks.push({ kind, ...block, line });
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
