/**
 * Set operations on ascending lists of passage numbers, the form every index lookup returns. Results may be one of
 * the inputs, which may be the index's own storage: lists are read-only.
 */

export function intersect(a: readonly number[], b: readonly number[]): readonly number[] {
  const result: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      result.push(a[i]);
      i++;
      j++;
    }
  }
  return result;
}

export function intersectAll(lists: readonly (readonly number[])[]): readonly number[] {
  if (lists.length === 0) return [];
  // Shortest first, so every step is as small as the smallest list.
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result = sorted[0];
  for (let i = 1; i < sorted.length && result.length > 0; i++) result = intersect(result, sorted[i]);
  return result;
}

/**
 * Union of any number of lists. Many long lists (a common word's inflections, a prefix's completions) are marked in a
 * bitmap and read back in one pass; a few are merged in pairs, each round halving their number.
 */
export function unionAll(lists: readonly (readonly number[])[]): readonly number[] {
  if (lists.length > 2) {
    let total = 0;
    let largest = 0;
    for (const list of lists) {
      total += list.length;
      if (list.length > 0) largest = Math.max(largest, list[list.length - 1]);
    }
    if (total > 64 && total * 4 > largest) return unionByBitmap(lists, largest);
  }
  let round = lists;
  while (round.length > 1) {
    const merged: (readonly number[])[] = [];
    for (let i = 0; i < round.length; i += 2)
      merged.push(i + 1 < round.length ? union(round[i], round[i + 1]) : round[i]);
    round = merged;
  }
  return round[0] ?? [];
}

function union(a: readonly number[], b: readonly number[]): number[] {
  const result: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) result.push(a[i++]);
    else if (a[i] > b[j]) result.push(b[j++]);
    else {
      result.push(a[i++]);
      j++;
    }
  }
  while (i < a.length) result.push(a[i++]);
  while (j < b.length) result.push(b[j++]);
  return result;
}

function unionByBitmap(lists: readonly (readonly number[])[], largest: number): number[] {
  const marked = new Uint8Array(largest + 1);
  for (const list of lists) for (const n of list) marked[n] = 1;
  const result: number[] = [];
  for (let n = 0; n <= largest; n++) if (marked[n] === 1) result.push(n);
  return result;
}

/** Binary search in an ascending list. */
export function holds(n: number, list: readonly number[]): boolean {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle] < n) low = middle + 1;
    else high = middle;
  }
  return list[low] === n;
}

/** The numbers of `a` that `b` does not hold. */
export function difference(a: readonly number[], b: readonly number[]): readonly number[] {
  if (b.length === 0) return a;
  return a.filter((n) => !holds(n, b));
}
