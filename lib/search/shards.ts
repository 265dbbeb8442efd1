/**
 * Which shard holds a token, and the split of the postings into shard files (build time). A token lives in the shard
 * of its first three characters, so every completion of a typed prefix, and nearly every inflection of a word, is in
 * the shard of the word itself; a pair lives with its rarer token, written as positions in that token's list.
 */
import { encodeIds, encodeSubset } from './codec';
import type { IndexShard } from './files';
import type { Postings } from './postings';
import { MIN_PREFIX_LENGTH } from './query';

/** FNV-1a of the token's first MIN_PREFIX_LENGTH characters: small, fast and identical in Node and the browser. */
export function shardOf(token: string, shardCount: number): number {
  const key = Array.from(token).slice(0, MIN_PREFIX_LENGTH).join('');
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shardCount;
}

/** Of a pair's two tokens, the one its passages are written against: the rarer, the first on a tie. */
export function pairBase(first: string, firstCount: number, next: string, nextCount: number): string {
  return nextCount < firstCount ? next : first;
}

/** Shards are added in powers of two until each holds about `targetBytes` of JSON. */
export function splitIntoShards({ words, pairs }: Postings, targetBytes: number): IndexShard[] {
  const encodedWords = [...words].map(([token, ids]): [string, string] => [token, encodeIds(ids)]);
  const encodedPairs: { first: string; next: string; base: string; passages: string }[] = [];
  for (const [first, byNext] of pairs) {
    for (const [next, ids] of byNext) {
      const base = pairBase(first, words.get(first)!.length, next, words.get(next)!.length);
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
