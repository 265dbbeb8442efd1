/**
 * Front matter problems are reported at the line concerned: a duplicate key at the duplicate (not the first line), and
 * a YAML tag the reader does not know (`!!js/function`, which some YAML readers would run) warned about, not accepted
 * silently (issue 15).
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { formatProblem, type ContentProblem } from '@/lib/content/errors';
import { readFrontMatter } from '@/lib/content/front-matter';
import { sourceFrontMatterSchema } from '@/lib/content/schema';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

function problemsOf(frontMatter: string): string[] {
  const problems: ContentProblem[] = [];
  const tree: Root = markdown.parse(`---\n${frontMatter}---\n\nA paragraph.\n`);
  readFrontMatter(tree, sourceFrontMatterSchema, 'good.md', problems);
  return problems.map(formatProblem);
}

describe('front matter', () => {
  it('reports a duplicate key at the duplicate', () => {
    expect(problemsOf('slug: good\ntitle: A\nlanguage: en\n\ntitle: B\n')).toEqual([
      'good.md:6: front matter is not valid YAML (Map keys must be unique): check indentation, colons and quotes',
    ]);
  });

  it('warns of an unknown tag at its line, and reads the value as the text it is', () => {
    expect(problemsOf('slug: good\ntitle: !!js/function "function () {}"\nlanguage: !lang en\n')).toEqual([
      'good.md:3: warning: front matter uses the YAML tag "!!js/function", which is not read here (the value is taken as plain text): remove the tag',
      'good.md:4: warning: front matter uses the YAML tag "!lang", which is not read here (the value is taken as plain text): remove the tag',
    ]);
  });

  it('takes the standard tags without a word', () => {
    expect(problemsOf('slug: !!str good\ntitle: A\nlanguage: en\n')).toEqual([]);
  });
});
