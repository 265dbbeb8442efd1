import { createHash } from 'node:crypto';
import { idKey } from './id-key';

const SHORT_HASH = 8;

/**
 * Stable passage anchors: `p-` and the start of a hash of the passage's text in its frozen form (id-key.ts). Position
 * plays no part, so inserting, deleting or editing another passage never changes an id. Collisions resolve
 * deterministically: two different texts sharing a prefix both get a longer one; repeats of the same text are numbered
 * in document order.
 */
export function passageIds(texts: readonly string[]): string[] {
  const keys = texts.map(idKey);
  const hashes = keys.map(hashOf);

  const lengths = hashes.map(() => SHORT_HASH);
  for (let length = SHORT_HASH; length < 64; length += 4) {
    const keysByPrefix = new Map<string, Set<string>>();
    hashes.forEach((hash, i) => {
      const prefix = hash.slice(0, lengths[i]);
      keysByPrefix.set(prefix, (keysByPrefix.get(prefix) ?? new Set()).add(keys[i]));
    });
    let collided = false;
    hashes.forEach((hash, i) => {
      if ((keysByPrefix.get(hash.slice(0, lengths[i]))?.size ?? 0) > 1) {
        lengths[i] = length + 4;
        collided = true;
      }
    });
    if (!collided) break;
  }

  const seen = new Map<string, number>();
  return hashes.map((hash, i) => {
    const id = `p-${hash.slice(0, lengths[i])}`;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  });
}

function hashOf(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * Whether `id` was made from `text`, whatever prefix length a collision gave it and whatever its repeat number: false
 * when one of the two was edited by hand.
 */
export function idMatchesText(id: string, text: string): boolean {
  const stem = /^p-([0-9a-f]+)(?:-\d+)?$/.exec(id)?.[1];
  return stem !== undefined && stem.length >= SHORT_HASH && hashOf(idKey(text)).startsWith(stem);
}
