import { describe, expect, it } from 'vitest';
import { decodeIds, decodeSubset, encodeIds, encodeSubset } from '@/lib/search/codec';
import { intersectAll, unionAll } from '@/lib/search/id-sets';
import { MIN_PREFIX_LENGTH, shardOf, tokenize, tokenizeWithPositions, tokenText } from '@/lib/search/tokens';
import { normalise } from '@/lib/text/normalise';

const tokensOf = (text: string) => tokenize(normalise(text));

describe('search tokens', () => {
  it('are words of spaced scripts and single Chinese characters, after normalisation', () => {
    expect(tokensOf('The UN’s “central role”, ２０２３.')).toEqual(['the', 'un', 's', 'central', 'role', '2023']);
    expect(tokensOf('AI治理：主渠道')).toEqual(['ai', '治', '理', '主', '渠', '道']);
    expect(tokensOf('Non-discrimination and non‐discrimination')).toEqual(['nondiscrimination', 'and', 'nondiscrimination']);
    expect(tokensOf('Éthique, ÉTHIQUE, ethique')).toEqual(['ethique', 'ethique', 'ethique']);
    expect(tokensOf('<img src=x onerror=alert(1)> 🙂')).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
  });

  it('keep their place in the normalised text', () => {
    const text = normalise('small  yard, high fence');
    expect(tokenizeWithPositions(text).map(({ start, end }) => text.slice(start, end))).toEqual(['small', 'yard', 'high', 'fence']);
  });

  it('form a text in which a run of tokens is a substring', () => {
    const text = tokenText(tokensOf('A small yard, with a high fence.'));
    expect(text.includes(tokenText(['small', 'yard']))).toBe(true);
    expect(text.includes(tokenText(['yard', 'with']))).toBe(true);
    expect(text.includes(tokenText(['mall', 'yard']))).toBe(false);
  });

  it('place every completion of a prefix in the prefix’s shard', () => {
    for (const shards of [1, 8, 128]) {
      const shard = shardOf('go', shards);
      expect(['govern', 'governance', 'government'].map((word) => shardOf(word, shards))).toEqual([shard, shard, shard]);
      expect(shardOf('治', shards)).toBeLessThan(shards);
    }
    expect(MIN_PREFIX_LENGTH).toBe(2);
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

  it('write a part of a list as positions in it', () => {
    const base = [3, 8, 9, 20, 41, 77];
    expect(decodeSubset(encodeSubset([8, 41, 77], base), base)).toEqual([8, 41, 77]);
    expect(() => encodeSubset([10], base)).toThrow(/not in the base list/);
  });

  it('intersect and unite ascending lists', () => {
    expect(intersectAll([[1, 3, 5, 7], [3, 4, 5], [0, 3, 5, 9]])).toEqual([3, 5]);
    expect(intersectAll([])).toEqual([]);
    expect(unionAll([[1, 5], [2, 5, 9], [0]])).toEqual([0, 1, 2, 5, 9]);
    expect(unionAll([])).toEqual([]);
  });
});
