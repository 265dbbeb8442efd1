import { describe, expect, it } from 'vitest';
import { displayPunctuation } from '@/lib/text/display-punctuation';
import { normalise } from '@/lib/text/normalise';

describe('Chinese punctuation on display', () => {
  it.each([
    ['作为人工智能大国,中国有信心', '作为人工智能大国，中国有信心'],
    ['人民日报和音:积极参与和引领人工智能全球治理', '人民日报和音：积极参与和引领人工智能全球治理'],
    ['推动全球治理体系变革朝着正确方向前进.', '推动全球治理体系变革朝着正确方向前进。'],
    ['真的吗?是的!', '真的吗？是的！'],
    ['搞"小院高墙",利用技术垄断', '搞“小院高墙”，利用技术垄断'],
    ['2023年10月,习近平主席', '2023年10月，习近平主席'],
  ])('%s → %s', (raw, shown) => {
    expect(displayPunctuation(raw)).toBe(shown);
  });

  it('leaves English, numbers and already full-width text alone', () => {
    for (const text of [
      'AI, data and rules: "fair".',
      '增长3.5%',
      '版本2.0发布',
      '中国强调联合国发挥主渠道作用，在广泛参与、协商一致基础上形成国际共识。',
    ]) {
      expect(displayPunctuation(text)).toBe(text);
    }
  });

  it('keeps every offset: one character for one', () => {
    const raw = '中国𠀀,联合国"主渠道":作用.';
    expect(displayPunctuation(raw)).toHaveLength(raw.length);
  });

  it('is matched by search as the collected form is', () => {
    const raw = '大国,中国:"小院高墙"';
    expect(normalise(displayPunctuation(raw))).toBe(normalise(raw));
  });
});
