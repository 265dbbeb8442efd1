import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';
import type { z } from 'zod';
import { readBlocks, type Block } from './blocks';
import { lineAt, type ContentProblem } from './errors';
import { readFrontMatter } from './front-matter';
import { labelPassages } from './labels';
import { tooManyPassages } from './limits';
import { passageIds } from './passage-id';
import { readMarkdownFiles } from './read-files';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isNode, isSeq, parseDocument } from 'yaml';
import {
  glossaryFrontMatterSchema,
  initiativeFrontMatterSchema,
  principleFrontMatterSchema,
  sourceFrontMatterSchema,
  type GlossaryPair,
  type Initiative,
  type PassageLabel,
  type PrincipleFrontMatter,
  type SourceFrontMatter,
} from './schema';

export const SOURCES_DIR = 'content/sources';
export const PRINCIPLES_DIR = 'content/principles';
export const INITIATIVE_FILE = 'content/initiative.md';
export const GLOSSARY_FILE = 'content/glossary.md';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** A source as read from its file: front matter plus passages with ids, before tagging. */
export interface LoadedSource extends SourceFrontMatter {
  file: string;
  /** Line of the `slug:` field, for messages about the source as a whole. */
  line: number;
  /** Line of a front matter field, for messages about it; the slug's line when it is absent. */
  lineOf: (field: keyof SourceFrontMatter) => number;
  passages: LoadedPassage[];
}

export interface LoadedPassage extends Block {
  id: string;
  label: PassageLabel;
}

/** A Markdown file of a folder, parsed, whose front matter names it: the name matches the file's, and it has a body. */
interface NamedDocument<T> {
  file: string;
  text: string;
  frontMatter: T;
  blocks: Block[];
  /** Line of the naming field. */
  line: number;
}

/**
 * Every file of `dir` read with `schema`, its `key` (slug, id) checked against the file name and its body required
 * (`empty` says what to write). A file whose front matter or body is unusable, or whose blocks `tooMany` refuses
 * (limits.ts), is reported and left out.
 */
function readNamedDocuments<Schema extends z.ZodType<Record<Key, string>>, Key extends string>(
  rootDir: string,
  dir: string,
  {
    schema,
    key,
    empty,
    tooMany,
  }: {
    schema: Schema;
    key: Key;
    empty: string;
    tooMany?: (blocks: Block[], file: string) => ContentProblem | undefined;
  },
  problems: ContentProblem[],
): NamedDocument<z.infer<Schema>>[] {
  return readMarkdownFiles(rootDir, dir, problems).flatMap(({ file, name, text }) => {
    const tree = markdown.parse(text);
    const frontMatter = readFrontMatter(tree, schema, file, problems);
    const blocks = readBlocks(tree, file, problems);
    if (!frontMatter) return [];
    const crowded = tooMany?.(blocks, file);
    if (crowded) {
      problems.push(crowded);
      return [];
    }
    const line = keyLine(text, key);
    const value = frontMatter[key];
    if (value !== name) {
      problems.push({
        file,
        line,
        message: `${key} "${value}" differs from the file name: rename the file to ${value}.md or fix the ${key}`,
      });
    }
    if (blocks.length > 0) return [{ file, text, frontMatter, blocks, line }];
    problems.push({ file, line: bodyLine(tree), message: empty });
    return [];
  });
}

export function loadSources(rootDir: string, problems: ContentProblem[]): LoadedSource[] {
  const documents = readNamedDocuments(
    rootDir,
    SOURCES_DIR,
    {
      schema: sourceFrontMatterSchema,
      key: 'slug',
      empty: 'the article has no text: paste its paragraphs below the front matter',
      tooMany: tooManyPassages,
    },
    problems,
  );
  return documents.map(({ file, text, frontMatter, blocks, line }) => {
    if (frontMatter.author && !frontMatter.authors) {
      problems.push({
        file,
        line: keyLine(text, 'author'),
        message: `"author" needs "authors" beside it, so citations never guess a family name: add e.g. "authors: [{ family: Cai, given: Cuihong }]", "[{ penName: 和音, romanised: He Yin }]" or "[{ organisation: … }]"`,
      });
    }
    const ids = passageIds(blocks.map((block) => block.text));
    const labels = labelPassages(blocks, frontMatter.structure, { file, line: keyLine(text, 'structure') }, problems);
    return {
      ...frontMatter,
      file,
      line,
      lineOf: (field: keyof SourceFrontMatter) => (field in frontMatter ? keyLine(text, field) : line),
      passages: blocks.map((block, i) => ({ ...block, id: ids[i], label: labels[i] })),
    };
  });
}

export interface LoadedPrinciple extends PrincipleFrontMatter {
  file: string;
  line: number;
  summary: string;
  /** Line of a term in the front matter, for messages about it; the id's line when it cannot be found. */
  termLine: (term: string) => number;
}

export function loadPrinciples(rootDir: string, problems: ContentProblem[]): LoadedPrinciple[] {
  const documents = readNamedDocuments(
    rootDir,
    PRINCIPLES_DIR,
    {
      schema: principleFrontMatterSchema,
      key: 'id',
      empty: 'the principle has no summary: write a paragraph below the front matter',
    },
    problems,
  );
  const principles = documents.map(({ file, text, frontMatter, blocks, line }) => {
    const annotation = blocks.find((block) => block.annotation)?.annotation;
    if (annotation) {
      problems.push({
        file,
        line: annotation.line,
        message: 'principles annotations belong in sources, not in a principle summary: remove it',
      });
    }
    return {
      ...frontMatter,
      file,
      line,
      summary: blocks.map((block) => block.text).join('\n\n'),
      termLine: (term: string) => lineHolding(text, term, keyLine(text, 'terms')) ?? line,
    };
  });
  return principles.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

function keyLine(text: string, key: string): number {
  const match = new RegExp(`^${key}\\s*:`, 'm').exec(text);
  return match ? text.slice(0, match.index).split('\n').length : 1;
}

/** The first line at or after `from` that holds `needle`. */
function lineHolding(text: string, needle: string, from: number): number | undefined {
  const index = text.split('\n').findIndex((content, i) => i + 1 >= from && content.includes(needle));
  return index === -1 ? undefined : index + 1;
}

function bodyLine(tree: Root): number {
  return (tree.children[0]?.position?.end.line ?? 0) + 1;
}

/** The home page's short account of the Initiative: `content/initiative.md`. */
export function loadInitiative(rootDir: string, problems: ContentProblem[]): Initiative | undefined {
  const file = INITIATIVE_FILE;
  let text: string;
  try {
    text = readFileSync(path.join(rootDir, file), 'utf8');
  } catch {
    problems.push({
      file,
      line: 1,
      message: 'file is missing: create it with front matter "title" and "titleZh" and a short introduction',
    });
    return undefined;
  }
  const tree = markdown.parse(text);
  const frontMatter = readFrontMatter(tree, initiativeFrontMatterSchema, file, problems);
  const blocks = readBlocks(tree, file, problems);
  if (blocks.length === 0)
    problems.push({
      file,
      line: bodyLine(tree),
      message: 'the introduction is empty: write a few paragraphs below the front matter',
    });
  return frontMatter && blocks.length > 0
    ? { ...frontMatter, paragraphs: blocks.map((block) => block.text) }
    : undefined;
}

/** A glossary pair with the line it starts on, for messages about its evidence. */
export interface LoadedGlossaryPair extends GlossaryPair {
  line: number;
}

/** The line of each pair in the file (each item of `pairs`), in order. */
function pairLines(tree: Root): number[] {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return [];
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const pairs = parseDocument(node.value).get('pairs');
  if (!isSeq(pairs)) return [];
  return pairs.items.map((item) => firstLine + lineAt(node.value, isNode(item) && item.range ? item.range[0] : 0) - 1);
}

/** The editors' glossary pairs (`content/glossary.md`); none when the file does not exist. */
export function loadGlossary(rootDir: string, problems: ContentProblem[]): LoadedGlossaryPair[] {
  let text: string;
  try {
    text = readFileSync(path.join(rootDir, GLOSSARY_FILE), 'utf8');
  } catch {
    return [];
  }
  const tree = markdown.parse(text);
  const blocks = readBlocks(tree, GLOSSARY_FILE, problems);
  const annotation = blocks.find((block) => block.annotation)?.annotation;
  if (annotation)
    problems.push({
      file: GLOSSARY_FILE,
      line: annotation.line,
      message: 'principles annotations belong in sources, not in the glossary: remove it',
    });
  const lines = pairLines(tree);
  const pairs = readFrontMatter(tree, glossaryFrontMatterSchema, GLOSSARY_FILE, problems)?.pairs ?? [];
  return pairs.map((pair, i) => ({ ...pair, line: lines[i] ?? 1 }));
}
