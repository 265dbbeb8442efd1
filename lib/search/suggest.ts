/**
 * What to offer when a word finds nothing: the nearest spelling the index knows. (The other language needs no
 * suggestion: the glossary searches it with the query, expand.ts.)
 */
import { isHanToken } from '../text/tokens';
import { formatQuery, type ParsedQuery } from './query';
import type { VocabularyEntry } from './store';

/** The query with each unknown word replaced by the closest indexed word, or undefined when nothing changed. */
export function spellingSuggestion(
  query: ParsedQuery,
  vocabularyNear: (token: string) => readonly VocabularyEntry[],
): string | undefined {
  let changed = false;
  const units = query.units.map((unit) => ({
    quoted: unit.quoted,
    tokens: unit.tokens.map((token) => {
      const replacement = nearestWord(token, unit.prefix, vocabularyNear(token));
      if (replacement) changed = true;
      return replacement ?? token;
    }),
  }));
  return changed ? formatQuery(units) : undefined;
}

/** Only words that the index does not know are corrected; digits and Chinese characters are left alone. */
function nearestWord(token: string, prefix: boolean, vocabulary: readonly VocabularyEntry[]): string | undefined {
  if (isHanToken(token) || /\d/.test(token) || token.length < 3) return undefined;
  if (vocabulary.some((entry) => (prefix ? entry.token.startsWith(token) : entry.token === token))) return undefined;
  const allowed = token.length <= 5 ? 1 : 2;
  let best: VocabularyEntry | undefined;
  let bestDistance = allowed + 1;
  for (const entry of vocabulary) {
    if (Math.abs(entry.token.length - token.length) > allowed || /\d/.test(entry.token)) continue;
    const distance = editDistance(token, entry.token, allowed);
    if (distance < bestDistance || (distance === bestDistance && best && entry.passages > best.passages)) {
      best = entry;
      bestDistance = distance;
    }
  }
  return best?.token;
}

/**
 * Edits (insert, delete, substitute, swap two neighbours) between two words; anything above `max` is reported as
 * max + 1, which lets long mismatches stop early.
 */
export function editDistance(a: string, b: string, max: number): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, beforePrevious[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length], max + 1);
}
