import { readFileSync } from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { readBlocks } from '@/lib/content/blocks';
import type { ContentProblem } from '@/lib/content/errors';

const dir = path.join(import.meta.dirname, '..', 'fixtures', 'blocks');

function blocksOf(markdown: string) {
  const problems: ContentProblem[] = [];
  const tree = unified().use(remarkParse).use(remarkFrontmatter).parse(markdown) as Root;
  return { blocks: readBlocks(tree, 'input.md', problems), problems };
}

describe('readBlocks', () => {
  it('turns input.md into the passages of expected.json', () => {
    const { blocks, problems } = blocksOf(readFileSync(path.join(dir, 'input.md'), 'utf8'));
    expect(problems).toEqual([]);
    expect(blocks).toEqual(JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')));
  });

  it('reports blocks it cannot show instead of dropping them', () => {
    const { blocks, problems } = blocksOf('Text.\n\n```\ncode\n```\n\n<div>raw <b>HTML</b></div>\n');
    expect(problems.map((problem) => [problem.line, problem.severity])).toEqual([[3, undefined]]);
    expect(problems[0].message).toMatch(/a code block cannot be shown as a passage/);
    expect(blocks.map((block) => block.text)).toEqual(['Text.', 'raw HTML']);
  });

  it('sanitises hostile HTML: input.md → expected.json, with what was removed reported as warnings', () => {
    const hostile = path.join(import.meta.dirname, '..', 'fixtures', 'sanitize');
    const { blocks, problems } = blocksOf(readFileSync(path.join(hostile, 'input.md'), 'utf8'));
    expect({ blocks, problems }).toEqual(JSON.parse(readFileSync(path.join(hostile, 'expected.json'), 'utf8')));
  });

  it('rejects an annotation with no paragraph before it', () => {
    const { problems } = blocksOf('<!-- principles: +sovereignty -->\n\nText.\n');
    expect(problems).toEqual([
      {
        file: 'input.md',
        line: 1,
        message:
          'a principles annotation must be on the line right after the paragraph it is about (no blank line between): move it there, or delete it with its paragraph',
      },
    ]);
  });

  it('attaches comments on the lines right after a paragraph, and no others', () => {
    const { blocks, problems } = blocksOf(
      'One.\n<!-- principles: +sovereignty -->\n<!-- renders: other#p-1a2b3c4d -->\n\nTwo.\n\n<!-- renders: other#p-1a2b3c4d -->\n',
    );
    expect(blocks[0].annotation).toMatchObject({ add: ['sovereignty'] });
    expect(blocks[0].renders).toEqual([{ ref: 'other#p-1a2b3c4d', line: 3 }]);
    expect(blocks[1].renders).toBeUndefined();
    expect(problems.map((problem) => problem.line)).toEqual([7]);
  });
});
