import { describe, expect, it } from 'vitest';
import { getCorpus } from '@/lib/corpus';
import { Tagger } from '@/lib/tagging/tag';
import { MIN_PASSAGES, termProblems, type CheckedPrinciple } from '@/lib/tagging/term-checks';
import { isStopTerm } from '@/lib/text/stop-words';

const corpus = getCorpus();
const passages = corpus.sources.flatMap((source) => source.passages);

function withTerm(term: string): CheckedPrinciple[] {
  return corpus.principles.map((principle) => ({
    ...principle,
    terms: principle.id === 'sovereignty' ? { ...principle.terms, en: [...principle.terms.en, term] } : principle.terms,
    termLine: (asked: string) => (asked === term ? 99 : 1),
  }));
}

function tagAll(principles: CheckedPrinciple[]) {
  const tagger = new Tagger(principles);
  return passages.map((passage) => ({ mentions: tagger.tag(passage.text) }));
}

describe('principle terms that mean nothing', () => {
  it('knows stop words in both languages, whole terms only', () => {
    expect(isStopTerm('the')).toBe(true);
    expect(isStopTerm('Of The')).toBe(true);
    expect(isStopTerm('我们')).toBe(true);
    expect(isStopTerm('the United Nations')).toBe(false);
    expect(isStopTerm('主权')).toBe(false);
  });

  it('warns, with file:line, on "the" added to a principle', () => {
    const principles = withTerm('the');
    const problems = termProblems(principles, tagAll(principles));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/principles/sovereignty.md', line: 99, severity: 'warning' }),
    ]);
    expect(problems[0].message).toMatch(/"the" is a stop word/);
  });

  it('warns on a term matching more than a third of the passages, once the corpus is large enough', () => {
    expect(passages.length).toBeGreaterThanOrEqual(MIN_PASSAGES);
    const principles = withTerm('AI');
    const tagged = tagAll(principles);
    const [problem] = termProblems(principles, tagged);
    expect(problem?.message).toMatch(/term "AI" matches \d+ of 90 passages \(more than a third\)/);
    expect(problem?.line).toBe(99);
    // A small fixture corpus stays quiet.
    expect(termProblems(principles, tagged.slice(0, MIN_PASSAGES - 1))).toEqual([]);
  });

  it('finds nothing to say about the real principles', () => {
    const principles = corpus.principles.map((principle) => ({ ...principle, termLine: () => 1 }));
    expect(termProblems(principles, passages)).toEqual([]);
  });
});

describe('the Initiative, principle by principle', () => {
  it('files every point of an official text under at least one principle', () => {
    const official = corpus.sources.filter((source) => source.kind === 'official');
    const points = official.flatMap((source) => source.passages.filter((passage) => passage.label.kind === 'point'));
    expect(points.length).toBeGreaterThanOrEqual(11);
    const unfiled = points.filter((passage) => passage.mentions.length === 0).map((passage) => passage.text);
    expect(unfiled).toEqual([]);
  });
});
