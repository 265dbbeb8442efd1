/**
 * Content beyond the limits (lib/content/limits.ts) fails `npm run check` and the build first, with file:line and the
 * limit (issue 15: a 5 MB paragraph passed check, then the build ran past 10 minutes naming nothing).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus';
import { ContentError, formatProblem } from '@/lib/content/errors';
import { CONTENT_LIMITS } from '@/lib/content/limits';

const VALID = path.join(import.meta.dirname, '..', 'fixtures', 'content', 'valid', 'content');
const FRONT = '---\nslug: good\ntitle: A good source\nlanguage: en\n---\n\n';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** The valid fixture with these files written over it (paths under content/). */
function site(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'gaigi-limits-'));
  roots.push(root);
  cpSync(VALID, path.join(root, 'content'), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(root, 'content', file), text);
  return root;
}

function problemsOf(root: string): string[] {
  try {
    buildCorpus(root);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

/** A paragraph of about `bytes` bytes of words (no blank line in it). */
const paragraph = (bytes: number) => 'national sovereignty in the governance of AI '.repeat(Math.ceil(bytes / 45));

describe('content limits', () => {
  it('a paragraph over the limit, at its line, with the limit', () => {
    const big = paragraph(CONTENT_LIMITS.paragraphBytes + 1024);
    const root = site({ 'sources/good.md': `${FRONT}A first paragraph.\n\n${big}\n\nA last one.\n\n${big}\n` });
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(
        /^content\/sources\/good\.md:9: this paragraph is 10\d KB, over the limit of 100 KB a paragraph: /,
      ),
      expect.stringMatching(
        /^content\/sources\/good\.md:13: this paragraph is 10\d KB, over the limit of 100 KB a paragraph: /,
      ),
    ]);
  });

  it('a paragraph within the limit passes', () => {
    const root = site({ 'sources/good.md': `${FRONT}${paragraph(CONTENT_LIMITS.paragraphBytes - 1024)}\n` });
    expect(problemsOf(root)).toEqual([]);
  });

  it('a source with more passages than the limit, at the first beyond it', () => {
    const count = CONTENT_LIMITS.passagesPerSource + 5;
    const passages = Array.from({ length: count }, (_, i) => `Passage ${i + 1} about sovereignty.`);
    const root = site({ 'sources/good.md': `${FRONT}${passages.join('\n\n')}\n` });
    const firstBeyond = 7 + 2 * CONTENT_LIMITS.passagesPerSource;
    expect(problemsOf(root)).toEqual([
      `content/sources/good.md:${firstBeyond}: this source has 2,005 passages, over the limit of 2,000, and this is the first beyond it: split the text into sources of its parts (e.g. by chapter), or collect only the parts the reader is about; the limits are in lib/content/limits.ts`,
    ]);
  });

  it('content/ over its total, at its largest file, before anything is parsed', () => {
    const half = Math.ceil(CONTENT_LIMITS.totalBytes / 2);
    // Not even valid YAML: only the size is reported, as nothing is parsed.
    const root = site({ 'sources/a.md': 'x'.repeat(half), 'sources/b.md': `---\n${'y'.repeat(half + 1024 * 1024)}` });
    expect(problemsOf(root)).toEqual([
      'content/sources/b.md:1: content/ holds 17.0 MB, over the limit of 16.0 MB, and this is its largest file (9.0 MB): collect the texts the reader is about, not whole books or dumps; the limits are in lib/content/limits.ts',
    ]);
  });
});
