/**
 * The bilingual glossary: `content/glossary.md`'s pairs, then one pair per principle made of its own English and
 * Chinese terms, so that naming a principle's term in one language reaches the passages that use the other.
 */
import type { GlossaryPair } from './schema';

/** A pair, with where it comes from: search weighs the editors' pairs above the looser ones of principles' terms. */
export interface SourcedGlossaryPair extends GlossaryPair {
  from: 'editor' | 'principle';
}

/**
 * An editors' pair's id, its term page's URL segment (`/terms/<id>/`): its first English name in lower case, runs of
 * anything but letters and digits as one hyphen ("People's Daily" → "peoples-daily").
 */
export function glossaryTermId(pair: Pick<GlossaryPair, 'en'>): string {
  return pair.en[0]
    .normalize('NFKD')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
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
  const fromEditors = editorPairs.map(({ en, zh, evidence }) => ({
    en,
    zh,
    ...(evidence && { evidence }),
    from: 'editor' as const,
  }));
  return [...fromEditors, ...fromPrinciples];
}
