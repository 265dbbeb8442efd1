/**
 * Blocks whose Markdown holds raw HTML or links are turned into HTML (remark-rehype), raw HTML parsed (rehype-raw) and
 * sanitised against an allow-list (rehype-sanitize's default schema, narrowed). What survives becomes the passage's
 * text plus the ranges of its links: the site renders text and safe links only, so no script, handler, frame, style or
 * `javascript:` URL can reach a page. What sanitising removed is reported, never dropped silently.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot, RootContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface InlineLink {
  start: number;
  end: number;
  href: string;
}

export interface InlineContent {
  text: string;
  links: InlineLink[];
  /** Elements the sanitiser removed, for the build log. */
  removed: string[];
}

/** The default schema, with links limited to web and mail URLs; no attribute but `href` is ever rendered anyway. */
const schema: SanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
  // Remove these with their contents, not just their tags: their text is code or markup, not the article's words.
  // (<object> is unwrapped instead: its content is fallback text meant for readers.)
  strip: ['script', 'style', 'iframe', 'noscript', 'template', 'svg', 'math'],
};

/** Markdown → HTML with raw HTML parsed, then (separately, so that what it removed can be reported) sanitised. */
const toHtml = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
const sanitiser = unified().use(rehypeSanitize, schema);

/** Whether a block needs the HTML route: it has raw HTML or links. Plain text blocks skip it, for speed. */
export function needsHtml(node: MdastNodes): boolean {
  let found = false;
  visit(node, (child) => {
    if (child.type === 'html' || child.type === 'link' || child.type === 'linkReference' || child.type === 'image')
      found = true;
  });
  return found;
}

export function readInline(node: RootContent): InlineContent {
  const root: MdastRoot = { type: 'root', children: [node] };
  const raw = toHtml.runSync(root);
  // Sanitising builds a new tree and leaves `raw` as it was, for the comparison.
  const safe = sanitiser.runSync(raw);
  const content: InlineContent = { text: '', links: [], removed: removedBySanitising(raw, safe) };
  let pendingSpace = false;
  appendChildren(safe.children);
  return content;

  function appendText(value: string) {
    for (const char of value) {
      if (/\s/.test(char)) {
        pendingSpace = content.text.length > 0;
        continue;
      }
      if (pendingSpace) content.text += ' ';
      pendingSpace = false;
      content.text += char;
    }
  }

  function appendChildren(children: (ElementContent | HastRoot['children'][number])[]) {
    for (const child of children) {
      if (child.type === 'text') appendText(child.value);
      else if (child.type === 'element') appendElement(child);
    }
  }

  function appendElement(element: Element) {
    const block = ['p', 'li', 'blockquote', 'br', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th'].includes(
      element.tagName,
    );
    if (block) pendingSpace = content.text.length > 0;
    if (element.tagName === 'img') {
      // An image's words are its alt text; the image itself is not shown.
      appendText(String(element.properties.alt ?? ''));
      return;
    }
    const href =
      element.tagName === 'a' && typeof element.properties.href === 'string' ? element.properties.href : undefined;
    const start = content.text.length + (pendingSpace ? 1 : 0);
    appendChildren(element.children);
    if (href && content.text.length > start) content.links.push({ start, end: content.text.length, href });
    if (block) pendingSpace = content.text.length > 0;
  }
}

const UNSAFE_URL = /^\s*(?:javascript|vbscript|data):/i;

function removedBySanitising(raw: HastRoot, safe: HastRoot): string[] {
  const kept = new Set<string>();
  visit(safe, 'element', (element: Element) => {
    kept.add(element.tagName);
  });
  const removed = new Set<string>();
  visit(raw, 'element', (element: Element) => {
    if (!kept.has(element.tagName)) removed.add(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) removed.add(`${name} handler`);
      else if (name === 'style') removed.add('style attribute');
      else if (typeof value === 'string' && UNSAFE_URL.test(value))
        removed.add(`${value.split(':')[0].trim().toLowerCase()}: URL`);
    }
  });
  return [...removed];
}
