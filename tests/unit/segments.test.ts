import { describe, expect, it } from 'vitest';
import { segment } from '@/lib/segments';

describe('segment', () => {
  it('splits text at overlapping ranges of several kinds', () => {
    expect(
      segment('the UN framework and more', [
        { start: 4, end: 16, kind: 'term' },
        { start: 8, end: 20, kind: 'shared' },
      ]),
    ).toEqual([
      { text: 'the ', kinds: [] },
      { text: 'UN f', kinds: ['term'] },
      { text: 'ramework', kinds: ['term', 'shared'] },
      { text: ' and', kinds: ['shared'] },
      { text: ' more', kinds: [] },
    ]);
  });

  it('keeps the text whole when ranges are empty or out of bounds', () => {
    expect(segment('abc', [])).toEqual([{ text: 'abc', kinds: [] }]);
    expect(
      segment('abc', [{ start: -5, end: 99, kind: 'term' }])
        .map((part) => part.text)
        .join(''),
    ).toBe('abc');
  });
});
