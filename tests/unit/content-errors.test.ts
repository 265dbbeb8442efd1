import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus';
import { ContentError, formatProblem } from '@/lib/content/errors';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'content');

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
  it('accepts the valid fixture', () => {
    expect(problemsOf('valid')).toEqual([]);
  });

  it('missing front matter', () => {
    expect(problemsOf('missing-front-matter')).toEqual([
      "content/sources/good.md:1: no front matter: start the file with a line '---', the fields (e.g. 'title: …'), and another '---'",
    ]);
  });

  it('mistyped front matter: a wrong type, a misspelt field and the field it should have been', () => {
    expect(problemsOf('mistyped-front-matter')).toEqual([
      'content/sources/good.md:3: front matter field "title" must be a string',
      'content/sources/good.md:1: front matter field "language" is missing: add "language: …"',
      'content/sources/good.md:4: unknown front matter field "langauge": remove it or check the spelling',
    ]);
  });

  it('broken YAML', () => {
    const problems = problemsOf('broken-yaml');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^content\/sources\/good\.md:\d+: front matter is not valid YAML \(.+\): check indentation, colons and quotes$/);
  });

  it('unknown language', () => {
    expect(problemsOf('unknown-language')).toEqual(['content/sources/good.md:4: front matter field "language" must be "en" or "zh"']);
  });

  it('duplicate slug', () => {
    expect(problemsOf('duplicate-slug')).toEqual([
      'content/sources/other.md:2: slug "good" differs from the file name: rename the file to good.md or fix the slug',
      'content/sources/other.md:2: duplicate slug "good", already used by content/sources/good.md:2: choose another slug',
    ]);
  });

  it('duplicate principle id', () => {
    expect(problemsOf('duplicate-principle-id')).toEqual([
      'content/principles/copy.md:2: id "sovereignty" differs from the file name: rename the file to sovereignty.md or fix the id',
      'content/principles/sovereignty.md:2: duplicate principle id "sovereignty", already used by content/principles/copy.md:2: choose another principle id',
    ]);
  });

  it('an annotation naming an unknown principle', () => {
    expect(problemsOf('unknown-principle-annotation')).toEqual([
      'content/sources/good.md:8: annotation names unknown principle "no-such-principle": use one of sovereignty',
    ]);
  });

  it('an empty body', () => {
    expect(problemsOf('empty-body')).toEqual([
      'content/sources/good.md:6: the article has no text: paste its paragraphs below the front matter',
    ]);
  });

  it('a file that is not valid UTF-8', () => {
    expect(problemsOf('invalid-utf8')).toEqual([
      'content/sources/good.md:8: this line is not valid UTF-8: re-save the file as UTF-8 (the text was probably pasted from another encoding)',
    ]);
  });

  it('reports every problem of every file at once', () => {
    expect(problemsOf('many-problems')).toEqual([
      'content/principles/sovereignty.md:1: front matter field "titleZh" is missing: add "titleZh: …"',
      'content/sources/good.md:4: front matter field "language" must be "en" or "zh"',
      'content/sources/good.md:5: front matter field "date" must be an ISO date, YYYY-MM-DD',
    ]);
  });

  it('puts every problem in the thrown message', () => {
    expect(() => buildCorpus(path.join(fixtures, 'many-problems'))).toThrow(/content\/ has 3 problems:\n {2}content\/principles/);
  });
});
