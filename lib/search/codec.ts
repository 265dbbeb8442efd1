/**
 * Passage-number lists in the shipped index files, written compactly: a JSON array writes every number in full, which
 * at 1000× the seed corpus would make the index larger than the text it indexes. Here a sorted list is stored
 * as the gaps between neighbours, each gap in 5-bit digits, most significant first: the last digit of a gap is a
 * lower-case letter or 0-5, earlier digits are upper-case letters, 6-9, "-" or "_". Every character is JSON-safe and
 * gzip finds the repetition in the gaps.
 */

const LAST_DIGIT = 'abcdefghijklmnopqrstuvwxyz012345';
const MORE_DIGIT = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ6789-_';

/** Character code → digit value, plus 32 for a digit that continues the number. */
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let value = 0; value < 32; value++) {
  DIGIT_VALUE[LAST_DIGIT.charCodeAt(value)] = value;
  DIGIT_VALUE[MORE_DIGIT.charCodeAt(value)] = value + 32;
}

/** `ids` must be ascending and distinct (the build collects passages in number order, so its lists are). */
export function encodeIds(ids: readonly number[]): string {
  let encoded = '';
  let previous = -1;
  for (const id of ids) {
    let gap = id - previous - 1;
    previous = id;
    let digits = LAST_DIGIT[gap & 31];
    for (gap >>>= 5; gap > 0; gap >>>= 5) digits = MORE_DIGIT[gap & 31] + digits;
    encoded += digits;
  }
  return encoded;
}

export function decodeIds(encoded: string): number[] {
  const ids: number[] = [];
  let previous = -1;
  let gap = 0;
  let open = false;
  for (let i = 0; i < encoded.length; i++) {
    const code = encoded.charCodeAt(i);
    const value = code < 128 ? DIGIT_VALUE[code] : -1;
    if (value < 0)
      throw new Error(`search index: unexpected character ${JSON.stringify(encoded[i])} in a passage list`);
    gap = gap * 32 + (value & 31);
    open = value >= 32;
    if (!open) {
      previous += gap + 1;
      ids.push(previous);
      gap = 0;
    }
  }
  if (open) throw new Error('search index: truncated passage list');
  return ids;
}

/** How many numbers an encoded list holds (one per final digit), without decoding it. */
export function countIds(encoded: string): number {
  let count = 0;
  for (let i = 0; i < encoded.length; i++) {
    const code = encoded.charCodeAt(i);
    if (code < 128 && DIGIT_VALUE[code] >= 0 && DIGIT_VALUE[code] < 32) count++;
  }
  return count;
}

/**
 * A list that is part of `base` (the passages of a token pair ⊆ the passages of either token), written as positions
 * in `base`: a pair's passages are mostly most of its rarer token's passages, so the gaps are small.
 */
export function encodeSubset(ids: readonly number[], base: readonly number[]): string {
  const positions: number[] = [];
  for (let i = 0, at = 0; i < ids.length; i++, at++) {
    while (base[at] !== ids[i]) {
      if (at >= base.length) throw new Error(`search index: passage ${ids[i]} is not in the base list`);
      at++;
    }
    positions.push(at);
  }
  return encodeIds(positions);
}

export function decodeSubset(encoded: string, base: readonly number[]): number[] {
  return decodeIds(encoded).map((position) => base[position]);
}
