/**
 * Terms that mean nothing: a principle term that is a stop word ("the") or that matches more than a third of all
 * passages files passages under a principle they do not state. Reported as warnings with the term's file:line. The
 * share rule applies only to a corpus of at least MIN_PASSAGES passages, so that small test corpora stay quiet.
 */
import type { ContentProblem } from '../content/errors';
import type { Mention } from '../content/schema';
import { isStopTerm } from '../text/stop-words';

export const MIN_PASSAGES = 50;
const MAX_SHARE = 1 / 3;

export interface CheckedPrinciple {
  id: string;
  file: string;
  terms: { en: string[]; zh: string[] };
  termLine: (term: string) => number;
}

/** How many passages each term matched, from the tagger's evidence. */
function termCounts(passages: readonly { mentions: readonly Mention[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { mentions } of passages) {
    const terms = new Set<string>();
    for (const mention of mentions) {
      if (mention.evidence.by !== 'terms') continue;
      for (const match of mention.evidence.matches) terms.add(`${mention.principle}\u0000${match.term}`);
    }
    for (const key of terms) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function termProblems(
  principles: readonly CheckedPrinciple[],
  passages: readonly { mentions: readonly Mention[] }[],
): ContentProblem[] {
  const counts = termCounts(passages);
  const shareApplies = passages.length >= MIN_PASSAGES;
  return principles.flatMap((principle) =>
    [...principle.terms.en, ...principle.terms.zh].flatMap((term): ContentProblem[] => {
      const at = { file: principle.file, line: principle.termLine(term), severity: 'warning' as const };
      if (isStopTerm(term))
        return [
          {
            ...at,
            message: `term "${term}" is a stop word and recognises nothing: remove it or write the words that name the principle`,
          },
        ];
      const matched = counts.get(`${principle.id}\u0000${term}`) ?? 0;
      if (shareApplies && matched > passages.length * MAX_SHARE)
        return [
          {
            ...at,
            message: `term "${term}" matches ${matched} of ${passages.length} passages (more than a third): use a more specific term`,
          },
        ];
      return [];
    }),
  );
}
