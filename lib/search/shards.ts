/**
 * Which shard holds a token (the split itself is build/shards.ts). A token lives in the shard of its first three
 * characters, so every completion of a typed prefix, and nearly every inflection of a word, is in the shard of the
 * word itself; a pair lives with its rarer token, written as positions in that token's list.
 */
import { isHanToken } from '../text/tokens';
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

/**
 * Which pairs of neighbouring tokens the index stores (files.ts SearchManifest `pairs`). A pair is worth its bytes
 * only where reading it as its two tokens would leave many candidates to check: when both tokens are common (in more
 * than `tokenFloor` passages) and the pair is rare (in at most `limit`), or, with `han`, for any two Chinese
 * characters that are both common (Chinese words are runs of them). Every other pair is read as its two tokens'
 * passages, and the results shown are checked against their text (verify.ts): a rare token leaves few candidates, and
 * a common pair ("of the", "developing countries") holds most of its tokens' passages anyway.
 */
export interface PairPolicy {
  limit: number;
  tokenFloor: number;
  han: boolean;
}

interface PairCounts {
  first: string;
  next: string;
  firstCount: number;
  nextCount: number;
}

const bothHan = ({ first, next }: PairCounts) => isHanToken(first) && isHanToken(next);

export function storesPair(pair: PairCounts, passages: number, policy: PairPolicy): boolean {
  if (Math.min(pair.firstCount, pair.nextCount) <= policy.tokenFloor) return false;
  return passages <= policy.limit || (policy.han && bothHan(pair));
}

/** Whether a pair missing from the index stands nowhere: only where the policy stores every such pair. */
export function pairAbsenceKnown(pair: PairCounts, policy: PairPolicy): boolean {
  return policy.han && bothHan(pair) && Math.min(pair.firstCount, pair.nextCount) > policy.tokenFloor;
}
