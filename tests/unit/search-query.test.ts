import { describe, expect, it } from 'vitest';
import { formatQuery, MAX_QUERY_LENGTH, MAX_QUERY_TOKENS, parseQuery } from '@/lib/search/query';

const units = (raw: string) => parseQuery(raw).units;

describe('parseQuery', () => {
  it('takes words in any order, the last one as a prefix while it is typed', () => {
    expect(units('yard small')).toEqual([
      { tokens: ['yard'], readings: [['yard']], prefix: false, quoted: false },
      { tokens: ['small'], readings: [['small']], prefix: true, quoted: false },
    ]);
    expect(units('small ').at(-1)?.prefix).toBe(false);
    expect(units('small,').at(-1)?.prefix).toBe(false);
    expect(units('a').at(-1)?.prefix).toBe(false);
  });

  it('never takes a word of one or two letters as a prefix: "UN" is the word UN, not the start of "under"', () => {
    for (const raw of ['UN', 'AI', 'EU', 'u']) expect(units(raw).at(-1)?.prefix, raw).toBe(false);
    expect(units('gov').at(-1)?.prefix).toBe(true);
  });

  it('keeps a quoted phrase together, with straight, curly, full-width or corner quotes, closed or still open', () => {
    const phrase = [{ tokens: ['small', 'yard'], readings: [['small', 'yard']], prefix: false, quoted: true }];
    for (const raw of ['"small yard"', '“small yard”', '＂small yard＂', '「small yard」', '"small yard']) {
      expect(units(raw), raw).toEqual(phrase);
    }
    expect(units('"small yard" fence')).toEqual([
      ...phrase,
      { tokens: ['fence'], readings: [['fence']], prefix: true, quoted: false },
    ]);
  });

  it('reads Chinese without spaces as runs of characters, also beside English', () => {
    expect(units('发展中国家')).toMatchObject([
      { tokens: ['发', '展', '中', '国', '家'], prefix: false, quoted: false },
    ]);
    expect(units('AI 治理')).toMatchObject([
      { tokens: ['ai'], prefix: false, quoted: false },
      { tokens: ['治', '理'], prefix: false, quoted: false },
    ]);
    expect(parseQuery('UN 主渠道').tokens).toEqual(['un', '主', '渠', '道']);
  });

  it('ignores case, width, diacritics and punctuation variants', () => {
    const same = (a: string, b: string) => expect(parseQuery(a).units, `${a} = ${b}`).toEqual(parseQuery(b).units);
    same('ＵＮ Framework', 'un framework');
    same('CAFÉ', 'cafe');
    same('non‐discrimination', 'Non-Discrimination');
    same('大国，中国', '大国,中国');
    expect(units('non-discrimination')[0].readings).toEqual([['non', 'discrimination'], ['nondiscrimination']]);
    expect(
      parseQuery(
        '聯合國',
        new Map([
          ['聯', '联'],
          ['國', '国'],
        ]),
      ).tokens,
    ).toEqual(['联', '合', '国']);
    same('UN’s role', "UN's role");
    same('（联合国）', '联合国');
    expect(units("UN's")[0].tokens).toEqual(['un', 's']);
  });

  it('turns every bad input into a query or a notice, never an exception', () => {
    expect(parseQuery('')).toMatchObject({ units: [], notice: 'empty' });
    expect(parseQuery('   \n\t ')).toMatchObject({ units: [], notice: 'empty' });
    expect(parseQuery('((((')).toMatchObject({ units: [], notice: 'no-words' });
    expect(parseQuery('🙂🙂🙂')).toMatchObject({ units: [], notice: 'no-words' });
    expect(parseQuery('\u0000\ud800')).toMatchObject({ units: [], notice: 'empty' });

    const long = parseQuery('x'.repeat(10_000));
    expect(long.notice).toBe('shortened');
    expect(long.text).toHaveLength(MAX_QUERY_LENGTH);

    const html = parseQuery('<img src=x onerror=alert(1)>');
    expect(html.tokens).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
    expect(html.text).toBe('<img src=x onerror=alert(1)>');

    expect(parseQuery('gover\u0000nance\ud800').tokens).toEqual(['governance']);
    expect(parseQuery('\udc00ab\ud83d').text).toBe('ab');
    expect(parseQuery('😀 ai').tokens).toEqual(['ai']);
    expect(parseQuery('\u202eai\u202c').text).toBe('ai');
    expect(parseQuery('مرحبا بالعالم').tokens).toEqual(['مرحبا', 'بالعالم']);
  });

  it('keeps at most MAX_QUERY_TOKENS tokens, cutting a long phrase rather than dropping it', () => {
    const many = parseQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '));
    expect(many.tokens).toHaveLength(MAX_QUERY_TOKENS);
    expect(many.notice).toBe('shortened');
    const phrase = parseQuery(`"${'天'.repeat(40)}"`);
    expect(phrase.units[0].tokens).toHaveLength(MAX_QUERY_TOKENS);
  });

  it('writes units back as a query that means the same', () => {
    for (const raw of ['"small yard" fence', '发展中国家 AI', "UN's central role", '"全球 治理"']) {
      const parsed = parseQuery(raw);
      const again = parseQuery(formatQuery(parsed.units.map((unit) => ({ ...unit, prefix: false }))));
      expect(
        again.units.map((unit) => unit.tokens),
        raw,
      ).toEqual(parsed.units.map((unit) => unit.tokens));
    }
  });
});
