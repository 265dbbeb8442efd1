import type { Evidence, Mention } from '../content/schema';
import { normaliseWithOffsets, type NormalisedText } from '../text/normalise';
import { compileTerm, findTerm, matchable, type CompiledTerm, type MatchableText } from './terms';

export interface TaggablePrinciple {
  id: string;
  terms: { en: string[]; zh: string[] };
}

export interface PrincipleAnnotation {
  add: readonly string[];
  remove: readonly string[];
}

/** Term lists compiled once per build; both languages' terms are tried on every passage (quotes cross languages). */
export class Tagger {
  private readonly compiled: { id: string; terms: CompiledTerm[] }[];

  constructor(principles: readonly TaggablePrinciple[]) {
    this.compiled = principles.map((principle) => ({
      id: principle.id,
      terms: [...principle.terms.en, ...principle.terms.zh].map(compileTerm),
    }));
  }

  /** The principles a passage supports, in principle order; an editor's annotation overrides the terms. */
  tag(text: string, annotation?: PrincipleAnnotation, normalised: NormalisedText = normaliseWithOffsets(text)): Mention[] {
    const target = matchable(normalised.text);
    const mentions: Mention[] = [];
    for (const principle of this.compiled) {
      if (annotation?.remove.includes(principle.id)) continue;
      if (annotation?.add.includes(principle.id)) {
        mentions.push({ principle: principle.id, evidence: { by: 'editor' } });
        continue;
      }
      const evidence = this.termEvidence(principle.terms, target, normalised.offsets);
      if (evidence) mentions.push({ principle: principle.id, evidence });
    }
    return mentions;
  }

  private termEvidence(terms: CompiledTerm[], target: MatchableText, offsets: number[]): Evidence | undefined {
    const matches: { term: string; start: number; end: number }[] = [];
    for (const term of terms) {
      for (const range of findTerm(target, term)) {
        matches.push({ term: term.term, start: offsets[range.start], end: offsets[range.end] });
      }
    }
    if (matches.length === 0) return undefined;
    return { by: 'terms', matches: withoutOverlaps(matches) };
  }
}

/** Keeps the longest match where terms overlap ("UN framework" inside "United Nations framework"), in text order. */
function withoutOverlaps<T extends { start: number; end: number }>(matches: T[]): T[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const match of sorted) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}
