/**
 * Turns a plain-text article into a source file for content/sources/: the first line becomes the title, the rest
 * paragraphs, the language is detected, and metadata the text may state is left as commented prompts to fill in.
 */
import type { Language } from './schema';

export interface Draft {
  slug: string;
  language: Language;
  title: string;
  markdown: string;
  /** What the editor still has to do. */
  todo: string[];
}

const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;

/** Chinese when at least a third of the letters are Han characters. */
export function detectLanguage(text: string): Language {
  const letters = text.match(LETTER)?.length ?? 0;
  const han = text.match(HAN)?.length ?? 0;
  return letters > 0 && han / letters >= 1 / 3 ? 'zh' : 'en';
}

/** A URL-safe slug from the title's ASCII words, or from the file name when the title has none (e.g. Chinese). */
export function slugFor(title: string, fileName: string): string {
  const fromWords = (text: string) =>
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 8)
      .join('-');
  return fromWords(title) || fromWords(fileName.replace(/\.[^.]+$/, '')) || 'new-source';
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

export function draftSource(text: string, fileName: string): Draft {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  // One paragraph per blank-line-separated block; collected texts without blank lines have one paragraph per line.
  const blocks = /\n\s*\n/.test(text)
    ? text.split(/\n\s*\n/).map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    : lines.map((line) => line.trim());
  const paragraphs = blocks.filter(Boolean);
  const title = paragraphs.shift() ?? '';
  const language = detectLanguage(paragraphs.join(' ') || title);
  const slug = slugFor(title, fileName);
  const markdown = [
    '---',
    `slug: ${slug}`,
    `title: ${yamlString(title)}`,
    `language: ${language}`,
    '# Fill in only what the text itself states, then remove the "#":',
    '# publisher: ',
    '# author: ',
    '# date: YYYY-MM-DD',
    '# url: https://',
    '# kind: news | opinion | commentary | translation | official',
    '---',
    '',
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
  ].join('\n');
  const todo = [
    `Check the title (taken from the first line): "${title}"`,
    `Check the language (detected: ${language})`,
    'Fill in publisher, author, date, url and kind where the text states them; leave the rest out',
    'Remove page furniture (navigation, stray words) but keep every sentence of the article',
    'Run `npm run check`',
  ];
  if (paragraphs.length === 0) todo.unshift('The text has no paragraphs after its first line: paste the article body');
  return { slug, language, title, markdown, todo };
}
