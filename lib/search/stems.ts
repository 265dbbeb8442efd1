/**
 * English inflections, by the Porter stemmer (the registry's `stemmer`): "monopoly" and "monopolies" share the stem
 * "monopoli", "regulate" and "regulation" share "regul". The index stores words as written; a query word's
 * inflections are the indexed words beside it (same shard, the same first three letters) with its stem.
 */
import { stemmer } from 'stemmer';
import { MIN_PREFIX_LENGTH } from './query';
import type { VocabularyEntry } from './store';

const stems = new Map<string, string>();
/** Only words of letters are stemmed: not numbers, acronyms of two letters, nor Chinese. */
const STEMMABLE = /^[a-z]{3,}$/;

/** Whether a word has inflections: "UN" has none, so it never matches a word that stems to "un" ("uns"). */
export function isStemmable(word: string): boolean {
  return STEMMABLE.test(word);
}

export function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = STEMMABLE.test(word) ? stemmer(word) : word;
    stems.set(word, stem);
  }
  return stem;
}

/** The words of a sorted vocabulary that start with `prefix`, in order. */
export function completions(prefix: string, vocabulary: readonly VocabularyEntry[]): string[] {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (vocabulary[middle].token < prefix) low = middle + 1;
    else high = middle;
  }
  const words: string[] = [];
  for (let i = low; i < vocabulary.length && vocabulary[i].token.startsWith(prefix); i++)
    words.push(vocabulary[i].token);
  return words;
}

/** Indexed words with the same stem as `word`, itself excluded. */
export function inflections(word: string, vocabulary: readonly VocabularyEntry[]): string[] {
  if (!STEMMABLE.test(word)) return [];
  const stem = stemOf(word);
  // A stem ends at most two letters off its words' common start ("monopoli" / "monopoly", "regul" / "regulate").
  const start = stem.slice(0, Math.max(MIN_PREFIX_LENGTH, stem.length - 2));
  return completions(start, vocabulary).filter((candidate) => candidate !== word && stemOf(candidate) === stem);
}
