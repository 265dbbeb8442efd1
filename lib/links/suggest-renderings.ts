/**
 * Candidates for editors' `renders` marks (`npm run suggest-links`): which passage in another language gives the
 * words of a passage of an official text. Each passage becomes a set of concepts, the glossary pairs it names (the
 * English side in English text, the Chinese side in Chinese text) and the principles it states; candidates are ranked
 * by the cosine of those sets, rare concepts weighing more. Suggestions only: editors read both texts and write marks.
 */

import 'server-only';
import type { Corpus } from '../corpus';
import type { Passage, Source } from '../content/schema';
import { compileTerm, findTerm } from '../tagging/terms';
import { lattice } from '../text/match';
import { tokenise } from '../text/tokens';
import { passageRef } from '../urls';

export interface RenderingSuggestion {
  target: { source: Source; passage: Passage };
  candidates: { source: Source; passage: Passage; score: number; marked: boolean }[];
}

/** Below this a candidate shares too little with the target to be worth reading. */
const MIN_SCORE = 0.3;
/** One shared concept ("AI") says nothing about two passages. */
const MIN_SHARED = 2;
/** Concepts found in more than this share of passages are too common to tell passages apart. */
const MAX_SPREAD = 0.4;
const PER_TARGET = 3;

export function suggestRenderings(corpus: Corpus): RenderingSuggestion[] {
  const concepts = conceptsOf(corpus);
  const weight = inverseFrequency([...concepts.values()]);
  const officials = corpus.sources.filter((source) => source.kind === 'official');
  return officials.flatMap((official) =>
    official.passages.map((passage) => {
      const ref = passageRef(official.slug, passage.id);
      const candidates = corpus.sources
        .filter((source) => source.language !== official.language && source.translationOf !== official.slug)
        .flatMap((source) =>
          source.passages.map((other) => ({
            source,
            passage: other,
            score: similarity(concepts.get(passage)!, concepts.get(other)!, weight),
            marked: other.renders?.includes(ref) ?? false,
          })),
        )
        .filter((candidate) => candidate.marked || candidate.score >= MIN_SCORE)
        .sort((a, b) => b.score - a.score)
        .slice(0, PER_TARGET);
      return { target: { source: official, passage }, candidates };
    }),
  );
}

function conceptsOf(corpus: Corpus): Map<Passage, Set<string>> {
  const pairs = corpus.glossary.map((pair) => ({ en: pair.en.map(compileTerm), zh: pair.zh.map(compileTerm) }));
  const concepts = new Map<Passage, Set<string>>();
  for (const source of corpus.sources) {
    for (const passage of source.passages) {
      const text = lattice(tokenise(passage.text));
      const named = pairs.flatMap((pair, i) =>
        pair[source.language].some((term) => findTerm(text, term).length > 0) ? [`pair:${i}`] : [],
      );
      concepts.set(
        passage,
        new Set([...named, ...passage.mentions.map((mention) => `principle:${mention.principle}`)]),
      );
    }
  }
  return concepts;
}

/** Rarer concepts weigh more; those in most passages weigh nothing. */
function inverseFrequency(sets: Set<string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const set of sets) for (const concept of set) counts.set(concept, (counts.get(concept) ?? 0) + 1);
  return new Map(
    [...counts].map(([concept, count]) => [
      concept,
      count > sets.length * MAX_SPREAD ? 0 : Math.log(1 + sets.length / count),
    ]),
  );
}

/** The weighted cosine of two concept sets; 0 unless they share MIN_SHARED concepts that weigh something. */
function similarity(a: Set<string>, b: Set<string>, weight: Map<string, number>): number {
  const weighOf = (concept: string) => weight.get(concept) ?? 0;
  const shared = [...a].filter((concept) => b.has(concept) && weighOf(concept) > 0);
  if (shared.length < MIN_SHARED) return 0;
  const norm = (set: Set<string>) => Math.sqrt([...set].reduce((sum, concept) => sum + weighOf(concept) ** 2, 0));
  return shared.reduce((sum, concept) => sum + weighOf(concept) ** 2, 0) / (norm(a) * norm(b));
}
