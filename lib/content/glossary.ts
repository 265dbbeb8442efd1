/**
 * The bilingual glossary: `content/glossary.md`'s pairs, then one pair per principle made of its own English and
 * Chinese terms, so that naming a principle's term in one language reaches the passages that use the other.
 */
import type { GlossaryPair } from './schema';

/** A pair, with where it comes from: search weighs the editors' pairs above the looser ones of principles' terms. */
export interface SourcedGlossaryPair extends GlossaryPair {
  from: 'editor' | 'principle';
}

/** Tagger syntax is not searchable text: "A ... B" terms are left out, and "monopol*" is used as "monopol". */
function plainTerms(terms: readonly string[]): string[] {
  return terms.filter((term) => !/\s\.\.\.\s/.test(term)).map((term) => term.replace(/\*$/, ''));
}

export function glossaryPairs(
  editorPairs: readonly GlossaryPair[],
  principles: readonly { terms: { en: string[]; zh: string[] } }[],
): SourcedGlossaryPair[] {
  const fromPrinciples = principles
    .map((principle) => ({
      en: plainTerms(principle.terms.en),
      zh: plainTerms(principle.terms.zh),
      from: 'principle' as const,
    }))
    .filter((pair) => pair.en.length > 0 && pair.zh.length > 0);
  return [...editorPairs.map((pair) => ({ ...pair, from: 'editor' as const })), ...fromPrinciples];
}
