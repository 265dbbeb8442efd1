import { describe, expect, it } from 'vitest';
import { countIds, decodeIds, decodeSubset, encodeIds, encodeSubset } from '@/lib/search/codec';
import { intersectAll, unionAll } from '@/lib/search/id-sets';
import { shardOf } from '@/lib/search/shards';
import { completions, inflections, stemOf } from '@/lib/search/stems';

describe('shards', () => {
  it('place every completion of a three-letter prefix, and the inflections of a word, in one shard', () => {
    for (const shards of [1, 8, 128]) {
      const shard = shardOf('gov', shards);
      expect(['govern', 'governance', 'government'].map((word) => shardOf(word, shards))).toEqual([
        shard,
        shard,
        shard,
      ]);
      expect(shardOf('monopolies', shards)).toBe(shardOf('monopoly', shards));
      expect(shardOf('治', shards)).toBeLessThan(shards);
    }
  });
});

describe('inflections', () => {
  const vocabulary = [
    'monopolies',
    'monopolistic',
    'monopoly',
    'regulate',
    'regulation',
    'regulations',
    'regulatory',
  ].map((token) => ({ token, passages: 1 }));

  it('are the indexed words with the query word’s Porter stem', () => {
    expect(stemOf('monopoly')).toBe(stemOf('monopolies'));
    expect(inflections('monopoly', vocabulary)).toEqual(['monopolies']);
    expect(inflections('regulate', vocabulary)).toEqual(expect.arrayContaining(['regulation', 'regulations']));
    expect(inflections('un', vocabulary)).toEqual([]);
  });

  it('and completions are the words a prefix begins', () => {
    expect(completions('regul', vocabulary)).toEqual(['regulate', 'regulation', 'regulations', 'regulatory']);
    expect(completions('zzz', vocabulary)).toEqual([]);
  });
});

describe('passage lists', () => {
  it('round-trip through the compact codec, small and large gaps', () => {
    const ids = [0, 1, 2, 31, 32, 33, 1023, 1024, 40_000, 1_000_000];
    const encoded = encodeIds(ids);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeIds(encoded)).toEqual(ids);
    expect(decodeIds(encodeIds([]))).toEqual([]);
    expect(() => decodeIds('A')).toThrow(/truncated/);
    expect(() => decodeIds('a"')).toThrow(/unexpected/);
  });

  it('are counted without decoding (a shard’s vocabulary counts every token; only those read are decoded)', () => {
    for (const ids of [[], [0], [0, 1, 2, 31, 32, 33, 1023, 1024, 40_000, 1_000_000]])
      expect(countIds(encodeIds(ids))).toBe(ids.length);
  });

  it('write a part of a list as positions in it', () => {
    const base = [3, 8, 9, 20, 41, 77];
    expect(decodeSubset(encodeSubset([8, 41, 77], base), base)).toEqual([8, 41, 77]);
    expect(() => encodeSubset([10], base)).toThrow(/not in the base list/);
  });

  it('intersect and unite ascending lists', () => {
    expect(
      intersectAll([
        [1, 3, 5, 7],
        [3, 4, 5],
        [0, 3, 5, 9],
      ]),
    ).toEqual([3, 5]);
    expect(intersectAll([])).toEqual([]);
    expect(unionAll([[1, 5], [2, 5, 9], [0]])).toEqual([0, 1, 2, 5, 9]);
    expect(unionAll([])).toEqual([]);
  });
});
