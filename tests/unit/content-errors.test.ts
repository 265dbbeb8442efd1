import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus';
import { ContentError, formatProblem } from '@/lib/content/errors';

/**
 * One folder per case under tests/fixtures/content/: `content/` is a whole content tree, `expected.txt` the problems
 * `npm run check` must report for it, one `file:line: message` per line (empty for valid content). Adding a case is
 * adding a folder.
 */
const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'content');
const cases = readdirSync(fixtures).sort();

/** Builds a fixture corpus and returns its problems as `file:line: message` lines. */
function problemsOf(name: string): string[] {
  try {
    buildCorpus(path.join(fixtures, name));
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe('bad content fails the build with file:line and a fix', () => {
  it('has a valid case and cases with problems', () => {
    expect(cases).toContain('valid');
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)('%s', (name) => {
    const expected = readFileSync(path.join(fixtures, name, 'expected.txt'), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(problemsOf(name)).toEqual(expected);
  });

  it('puts every problem in the thrown message', () => {
    expect(() => buildCorpus(path.join(fixtures, 'many-problems'))).toThrow(
      /content\/ has 3 problems:\n {2}content\/principles/,
    );
  });
});
