/**
 * Which shard holds a token (the split itself is build/shards.ts). A token lives in the shard of its first three
 * characters, so every completion of a typed prefix, and nearly every inflection of a word, is in the shard of the
 * word itself; a pair lives with its rarer token, written as positions in that token's list.
 */
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
