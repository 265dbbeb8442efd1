/**
 * Stage 1, postings lookup: the passages a run of tokens may stand in, read from loaded shards only. Three lists, from
 * the closest match to the loosest: the words as typed (exact), their inflections (the same stem), and, for a word
 * still being typed, longer words it begins (prefixed). A run of one token, or of two whose pair the index stores, is
 * exact; a longer run (a phrase, a Chinese word) is found by its adjacent pairs, which can all occur without the run,
 * and a common pair the index leaves out by its two tokens: such passages are candidates that verify.ts checks
 * against their text, for the results shown only.
 */
import type { Run } from './expand';
import { intersectAll, unionAll } from './id-sets';
import { completions, inflections } from './stems';
import type { IndexStore, PairPostings } from './store';

/** A typed prefix matches at most this many of the words it begins, the most frequent. */
export const MAX_COMPLETIONS = 64;

export interface RunPostings {
  exact: readonly number[];
  /** Exact or inflected. */
  inflected: readonly number[];
  /** Any of the three. */
  all: readonly number[];
  /** Some passages may hold the pairs but not the run: check them against their text. */
  needsCheck: boolean;
}

/** Every token a run may look up: its own, whose shards must be loaded first. */
export function runTokens(run: Run): string[] {
  return run.readings.flat();
}

export function lookupRun(store: IndexStore, run: Run): RunPostings {
  const exact: (readonly number[])[] = [];
  const inflected: (readonly number[])[] = [];
  const prefixed: (readonly number[])[] = [];
  let needsCheck = false;
  for (const tokens of run.readings) {
    const last = tokens.length - 1;
    // Each position's words: as typed, then with inflections, then (the last, while typed) with completions.
    const asTyped = tokens.map((token) => [token]);
    const withInflections = tokens.map((token) => [token, ...inflections(token, store.vocabularyNear(token))]);
    const asTypedOnly = passagesOfRun(store, asTyped);
    exact.push(asTypedOnly.ids);
    needsCheck ||= tokens.length > 2 || !asTypedOnly.exact;
    // Chinese characters, numbers and most words have no inflections: their lists are the same.
    const withInflected = withInflections.every((words) => words.length === 1)
      ? asTypedOnly
      : passagesOfRun(store, withInflections);
    inflected.push(withInflected.ids);
    needsCheck ||= !withInflected.exact;
    if (run.prefix) {
      // A one-word reading adds only the completions that are not inflections (a cheaper union); a longer one needs
      // its pairs with every word again.
      const known = new Set(withInflections[last]);
      const longer = commonCompletions(store, tokens[last]).filter((word) => !known.has(word));
      if (longer.length === 0) prefixed.push(withInflected.ids);
      else if (last === 0) prefixed.push(unionAll([withInflected.ids, passagesOfRun(store, [longer]).ids]));
      else {
        const run = passagesOfRun(
          store,
          withInflections.map((words, k) => (k === last ? [...words, ...longer] : words)),
        );
        prefixed.push(run.ids);
        needsCheck ||= !run.exact;
      }
    }
  }
  // Each reading's inflected list holds its exact one, and its prefixed list its inflected one.
  const inflectedAll = unionAll(inflected);
  return {
    exact: unionAll(exact),
    inflected: inflectedAll,
    all: run.prefix ? unionAll(prefixed) : inflectedAll,
    needsCheck,
  };
}

/**
 * Passages where some word of each position stands next to some word of the next (one position: any of its words);
 * not `exact` where a common pair was read as its two words.
 */
function passagesOfRun(store: IndexStore, positions: string[][]): PairPostings {
  if (positions.length === 1)
    return { ids: unionAll(unique(positions[0]).map((word) => store.list(word))), exact: true };
  const steps: (readonly number[])[] = [];
  let exact = true;
  for (let k = 0; k + 1 < positions.length; k++) {
    const pairs: (readonly number[])[] = [];
    for (const first of unique(positions[k]))
      for (const next of unique(positions[k + 1])) {
        const pair = store.pair(first, next);
        pairs.push(pair.ids);
        exact &&= pair.exact;
      }
    steps.push(unionAll(pairs));
  }
  return { ids: intersectAll(steps), exact };
}

/**
 * Completions of a typed prefix, the most frequent first, at most MAX_COMPLETIONS: "con" must not cost a union of
 * hundreds.
 */
function commonCompletions(store: IndexStore, prefix: string): string[] {
  const vocabulary = store.vocabularyNear(prefix);
  const words = completions(prefix, vocabulary);
  if (words.length <= MAX_COMPLETIONS) return words;
  const count = new Map(vocabulary.map((entry) => [entry.token, entry.passages]));
  return words.sort((a, b) => count.get(b)! - count.get(a)!).slice(0, MAX_COMPLETIONS);
}

function unique(words: string[]): string[] {
  return words.length > 1 ? [...new Set(words)] : words;
}
