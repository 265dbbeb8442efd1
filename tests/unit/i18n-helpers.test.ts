import { describe, expect, it } from 'vitest';
import { localTitle } from '@/lib/i18n/local-title';
import { ellipsis, inBrackets, joinList } from '@/lib/i18n/punctuation';

describe('interface helpers', () => {
  it('cuts text by grapheme, never inside a surrogate pair or a combined letter', () => {
    expect(ellipsis('abc', 3)).toBe('abc');
    expect(ellipsis('abcd', 3)).toBe('ab…');
    expect(ellipsis('😀😀😀😀', 3)).toBe('😀😀…');
    expect(ellipsis('e\u0301e\u0301e\u0301e\u0301', 3)).toBe('e\u0301e\u0301…');
    expect(ellipsis('x'.repeat(100_000), 41)).toBe(`${'x'.repeat(40)}…`);
  });

  it('cuts English at a word when asked and a space is near the end', () => {
    expect(ellipsis('one two three four five', 20, { atWord: true })).toBe('one two three four…');
    expect(ellipsis('onetwothreefourfive six', 20, { atWord: true })).toBe('onetwothreefourfive…');
  });

  it('joins lists and brackets as each language writes them', () => {
    expect(joinList(['a', 'b'], 'en')).toBe('a, b');
    expect(joinList(['甲', '乙'], 'zh')).toBe('甲，乙');
    expect(joinList(['甲', '乙'], 'zh', 'listComma')).toBe('甲、乙');
    expect(joinList(['a', 'b'], 'zh', 'semicolon')).toBe('a；b');
    expect(inBrackets('English', 'en')).toBe(' (English)');
    expect(inBrackets('英文', 'zh')).toBe('（英文）');
  });

  it('gives a title in the interface language, the English where no Chinese is stated', () => {
    expect(localTitle({ title: 'Sovereignty', titleZh: '主权' }, 'zh')).toBe('主权');
    expect(localTitle({ title: 'Sovereignty', titleZh: '主权' }, 'en')).toBe('Sovereignty');
    expect(localTitle({ title: 'Sovereignty' }, 'zh')).toBe('Sovereignty');
  });
});
