import { describe, expect, it } from 'vitest';
import { compileGlossary, expandQuery } from '@/lib/search/expand';
import { excerpt, matchedWords, matchRanges } from '@/lib/search/highlight';
import { parseQuery } from '@/lib/search/query';

const glossary = compileGlossary([{ en: ['United Nations', 'UN'], zh: ['联合国'], from: 'editor' }]);
const slotsOf = (query: string) => expandQuery(parseQuery(query), glossary);
const marked = (text: string, query: string) =>
  matchRanges(text, slotsOf(query)).map((range) => text.slice(range.start, range.end));

describe('matchRanges', () => {
  it('marks words, and a quoted phrase as one stretch', () => {
    expect(marked('No small yard with a high fence, a small garden.', 'small yard ')).toEqual([
      'small',
      'yard',
      'small',
    ]);
    expect(marked('No small yard with a high fence, a small garden.', '"small yard"')).toEqual(['small yard']);
    expect(marked('the United Nations’ central role', '"nations central"')).toEqual(['Nations’ central']);
  });

  it('marks inflections, whole words only for short words, and the glossary’s other names', () => {
    expect(marked('against technological monopolies', 'monopoly ')).toEqual(['monopolies']);
    expect(marked('He said the UN, under the United Nations Charter, and 联合国', 'UN')).toEqual([
      'UN',
      'United Nations',
      '联合国',
    ]);
  });

  it('marks the whole word that a typed prefix begins', () => {
    expect(marked('Sovereignty and sovereign states.', 'sovereign')).toEqual(['Sovereignty', 'sovereign']);
    expect(marked('Sovereignty and sovereign states.', 'sovereign ')).toEqual(['sovereign']);
  });

  it('finds Chinese inside Chinese, and English beside it', () => {
    expect(marked('呼吁增强发展中国家在人工智能全球治理中的代表性', '发展中国家 治理')).toEqual(['发展中国家', '治理']);
    expect(marked('Global AI Governance Initiative(全球人工智能治理倡议)', 'AI 治理')).toEqual(['AI', '治理']);
  });

  it('matches width, case, diacritic and hyphen variants, marking the text as written', () => {
    expect(marked('the ＵＮ framework', '"un framework"')).toEqual(['ＵＮ framework']);
    expect(marked('Un café éthique', 'CAFE ethique')).toEqual(['café', 'éthique']);
    expect(marked('fairness and non-discrimination', 'nondiscrimination')).toEqual(['non-discrimination']);
    expect(marked('fairness and nondiscrimination', '"non-discrimination"')).toEqual(['nondiscrimination']);
    expect(marked('open source, open-source and opensource', 'open-source ')).toEqual([
      'open source',
      'open-source',
      'opensource',
    ]);
  });

  it('finds nothing for queries without words', () => {
    expect(marked('((((', '((((')).toEqual([]);
  });
});

describe('matchedWords', () => {
  it('lists each matched stretch once, as written', () => {
    const text = 'AI governance, ai Governance';
    expect(matchedWords(text, matchRanges(text, slotsOf('"ai governance"')))).toEqual([
      'AI governance',
      'ai Governance',
    ]);
  });
});

describe('excerpt', () => {
  const long = `${'Opening words come first. '.repeat(20)}Here the small yard stands. ${'Closing words come last. '.repeat(20)}`;

  it('keeps a short passage whole', () => {
    expect(excerpt('A small yard.', [{ start: 2, end: 12 }])).toEqual({
      text: 'A small yard.',
      ranges: [{ start: 2, end: 12 }],
      before: false,
      after: false,
    });
  });

  it('cuts a long passage around its first match, at spaces, with the ranges moved along', () => {
    const ranges = matchRanges(long, slotsOf('"small yard"'));
    const cut = excerpt(long, ranges, 120);
    expect(cut.before && cut.after).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(120);
    expect(cut.text.slice(cut.ranges[0].start, cut.ranges[0].end)).toBe('small yard');
    expect(cut.text.startsWith(' ') || cut.text.endsWith(' ')).toBe(false);
  });

  it('never splits a character made of two code units', () => {
    const text = '😀'.repeat(200);
    const cut = excerpt(text, [{ start: 200, end: 202 }], 51);
    expect(cut.text).toMatch(/^(?:😀)+$/u);
  });
});
