import type { Evidence, Mention } from '../content/schema';
import { lattice, type TokenLattice } from '../text/match';
import type { HanFold } from '../text/normalise';
import { tokenise } from '../text/tokens';
import { compileTerm, findTerm, type CompiledTerm } from './terms';

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

  /** `han` folds Traditional characters to Simplified, so a text in either finds the principles' terms. */
  constructor(
    principles: readonly TaggablePrinciple[],
    private readonly han?: HanFold,
  ) {
    this.compiled = principles.map((principle) => ({
      id: principle.id,
      terms: [...principle.terms.en, ...principle.terms.zh].map(compileTerm),
    }));
  }

  /** The principles a passage supports, in principle order; an editor's annotation overrides the terms. */
  tag(text: string, annotation?: PrincipleAnnotation): Mention[] {
    const target = lattice(tokenise(text, { han: this.han }));
    const mentions: Mention[] = [];
    for (const principle of this.compiled) {
      if (annotation?.remove.includes(principle.id)) continue;
      if (annotation?.add.includes(principle.id)) {
        mentions.push({ principle: principle.id, evidence: { by: 'editor' } });
        continue;
      }
      const evidence = termEvidence(principle.terms, target);
      if (evidence) mentions.push({ principle: principle.id, evidence });
    }
    return mentions;
  }
}

function termEvidence(terms: CompiledTerm[], target: TokenLattice): Evidence | undefined {
  const matches: { term: string; start: number; end: number }[] = [];
  for (const term of terms) for (const span of findTerm(target, term)) matches.push({ term: term.term, ...span });
  if (matches.length === 0) return undefined;
  return { by: 'terms', matches: withoutOverlaps(matches) };
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
