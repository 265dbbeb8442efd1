/**
 * The split of the postings into shard files (files.ts IndexShard), at build time: each token goes to the shard that
 * shards.ts names for it, each pair that is stored (shards.ts storesPair: Chinese characters, or rare) to its rarer
 * token's shard.
 */
import { encodeIds, encodeSubset } from '../codec';
import type { IndexShard } from '../files';
import { pairBase, shardOf, storesPair, type PairPolicy } from '../shards';
import type { Postings } from './postings';

/** Shards are added in powers of two until each holds about `targetBytes` of JSON. */
export function splitIntoShards({ words, pairs }: Postings, targetBytes: number, policy: PairPolicy): IndexShard[] {
  const encodedWords = [...words].map(([token, ids]): [string, string] => [token, encodeIds(ids)]);
  const encodedPairs: { first: string; next: string; base: string; passages: string }[] = [];
  for (const [first, byNext] of pairs) {
    for (const [next, ids] of byNext) {
      const counts = { first, next, firstCount: words.get(first)!.length, nextCount: words.get(next)!.length };
      if (!storesPair(counts, ids.length, policy)) continue;
      const base = pairBase(first, counts.firstCount, next, counts.nextCount);
      encodedPairs.push({ first, next, base, passages: encodeSubset(ids, words.get(base)!) });
    }
  }
  const bytes =
    encodedWords.reduce((sum, [token, passages]) => sum + token.length + passages.length + 6, 0) +
    encodedPairs.reduce((sum, pair) => sum + pair.next.length + pair.passages.length + 6, 0);
  const shardCount = 2 ** Math.max(0, Math.ceil(Math.log2(bytes / targetBytes)));

  const shardWords = Array.from({ length: shardCount }, (): IndexShard['words'] => []);
  for (const entry of encodedWords) shardWords[shardOf(entry[0], shardCount)].push(entry);
  const shardPairs = Array.from({ length: shardCount }, () => new Map<string, [string, string][]>());
  for (const { first, next, base, passages } of encodedPairs) {
    const byFirst = shardPairs[shardOf(base, shardCount)];
    if (!byFirst.has(first)) byFirst.set(first, []);
    byFirst.get(first)!.push([next, passages]);
  }
  return shardWords.map((list, n): IndexShard => ({
    words: list.sort(byToken),
    pairs: [...shardPairs[n]]
      .map(([first, next]): IndexShard['pairs'][number] => [first, next.sort(byToken)])
      .sort(byToken),
  }));
}

function byToken(a: [string, unknown], b: [string, unknown]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
