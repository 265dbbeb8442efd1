import { describe, expect, it } from 'vitest';
import { chineseNumber, formatLabel } from '@/lib/content/labels';
import { getCorpus } from '@/lib/corpus';

describe('passage labels', () => {
  it('number points as Chinese does', () => {
    expect([1, 2, 10, 11, 19, 20, 21, 99].map(chineseNumber)).toEqual([
      '一',
      '二',
      '十',
      '十一',
      '十九',
      '二十',
      '二十一',
      '九十九',
    ]);
  });

  it('are cited in either language', () => {
    expect(formatLabel({ kind: 'point', n: 2 }, 'en')).toBe('point 2');
    expect(formatLabel({ kind: 'point', n: 2 }, 'zh')).toBe('第二点');
    expect(formatLabel({ kind: 'preamble', n: 3 }, 'en')).toBe('preamble ¶ 3');
    expect(formatLabel({ kind: 'lead-in' }, 'zh')).toBe('引语');
    expect(formatLabel({ kind: 'paragraph', n: 3 }, 'en')).toBe('¶ 3');
  });

  it('follow the official text’s declared structure: sovereignty is point 2, its 6th paragraph', () => {
    const official = getCorpus().sources.find((source) => source.kind === 'official')!;
    const labels = official.passages.map((passage) => formatLabel(passage.label, 'en'));
    expect(labels.slice(0, 5)).toEqual(['preamble ¶ 1', 'preamble ¶ 2', 'preamble ¶ 3', 'lead-in', 'point 1']);
    expect(official.passages[3].text).toBe('为此，我们倡议：');
    expect(labels[5]).toBe('point 2');
    expect(official.passages[5].text).toContain('尊重他国主权');
    expect(labels[14]).toBe('point 11');
  });
});
