import { describe, expect, it } from 'vitest';
import { getCorpus } from '@/lib/corpus';
import { buildSearchIndex, indexInput } from '@/lib/search/build';
import { SearchEngine } from '@/lib/search/engine';
import { compileGlossary, expandQuery } from '@/lib/search/expand';
import { excerpt, matchRanges } from '@/lib/search/highlight';
import { nameKey, principleNamed } from '@/lib/search/intent';
import { parseQuery } from '@/lib/search/query';
import { textReasons } from '@/lib/search/why';
import { normalise } from '@/lib/text/normalise';
import { isStopWord, STOP_WORDS } from '@/lib/text/stop-words';

const glossary = compileGlossary([{ en: ['United Nations', 'UN'], zh: ['联合国'], from: 'editor' }]);
const slotsOf = (query: string) => expandQuery(parseQuery(query), glossary);
const marked = (text: string, query: string) =>
  matchRanges(text, slotsOf(query)).map((range) => text.slice(range.start, range.end));

let engine: SearchEngine | undefined;
function realEngine(): SearchEngine {
  if (engine) return engine;
  const files = buildSearchIndex(indexInput(getCorpus()));
  engine = new SearchEngine(files.manifest, {
    principles: async () => files.principles,
    shard: async (n) => files.shards[n],
    text: async (n) => files.texts[n],
    names: async (n) => files.names[n],
  });
  return engine;
}

describe('stop words', () => {
  it('are one short list per language, in normalised form', () => {
    expect(STOP_WORDS.en.length).toBeLessThan(80);
    expect(STOP_WORDS.zh.length).toBeLessThan(40);
    for (const word of [...STOP_WORDS.en, ...STOP_WORDS.zh]) expect(normalise(word)).toBe(word);
    expect(isStopWord('the')).toBe(true);
    expect(isStopWord('的')).toBe(true);
    expect(isStopWord('nations')).toBe(false);
  });

  it('are never marked alone, but are inside a phrase', () => {
    const text = 'The role of the United Nations is central to the work of the world.';
    expect(marked(text, 'role of the United Nations')).toEqual(['role', 'United Nations']);
    expect(marked(text, '"role of the United Nations"')).toEqual(['role of the United Nations']);
  });
});

describe('excerpt around the best match', () => {
  const long = `${'Other words come first in this long passage. '.repeat(12)}它强调联合国发挥主渠道作用。${'More words follow. '.repeat(12)}`;
  const at = long.indexOf('主渠道');

  it('holds the match, near its start, at any length', () => {
    for (let length = 8; length <= 400; length += 7) {
      const cut = excerpt(long, [{ start: at, end: at + 3 }], length);
      expect(cut.ranges, `length ${length}`).toHaveLength(1);
      expect(cut.text.slice(cut.ranges[0].start, cut.ranges[0].end)).toBe('主渠道');
      expect(cut.ranges[0].start, `length ${length}`).toBeLessThanOrEqual(40);
    }
  });

  it('prefers the window holding the most different matched words', () => {
    const text = `UN ${'filler words here. '.repeat(20)}UN central role${' and so on.'.repeat(20)}`;
    const ranges = matchRanges(text, slotsOf('UN central role'));
    const cut = excerpt(text, ranges, 80);
    expect(cut.ranges.map((range) => cut.text.slice(range.start, range.end))).toEqual(['UN', 'central', 'role']);
  });
});

describe('principles as intent', () => {
  const principles = [
    { id: 'un-central-role', title: "The UN's central role", titleZh: '联合国发挥主渠道作用', names: [] as string[] },
  ];
  principles[0].names = ['un central role', "The UN's central role", '联合国发挥主渠道作用'].map((name) =>
    nameKey(name),
  );

  it('reads a name without stop words, in any order, by stem', () => {
    expect(nameKey("the UN's central role")).toBe(nameKey('central roles UN'));
    expect(principleNamed('UN central role', principles)).toBe(0);
    expect(principleNamed('联合国发挥主渠道作用', principles)).toBe(0);
    expect(principleNamed('UN role', principles)).toBeUndefined();
    expect(principleNamed('the', principles)).toBeUndefined();
  });

  it('ranks the passages filed under the principle first, and offers its page first', async () => {
    for (const q of ['UN central role', '联合国发挥主渠道作用', 'The UN’s central role']) {
      const answer = await realEngine().answer({ q, limit: 10, locale: 'en' });
      expect(answer.suggestions[0], q).toEqual({
        kind: 'principle',
        id: 'un-central-role',
        title: "The UN's central role",
      });
      expect(answer.results[0].statesPrinciple, q).toBe(true);
      expect(answer.results[0].why[0]).toMatchObject({ kind: 'principle', id: 'un-central-role' });
      const filed = answer.results.filter((result) => result.statesPrinciple);
      expect(filed.length, q).toBeGreaterThan(2);
      expect(answer.results.slice(0, filed.length).every((result) => result.statesPrinciple)).toBe(true);
      const refs = filed.flatMap((result) => result.passages.map((p) => `${p.source.slug} ${p.label}`));
      expect(refs).toContain('global-ai-governance-initiative point 11');
      expect(refs).toContain('he-yin-en ¶ 5');
    }
  });
});

describe('answer', () => {
  it('labels passages in the reader’s language', async () => {
    const en = await realEngine().answer({ q: '主渠道', limit: 5, locale: 'en' });
    const zh = await realEngine().answer({ q: '主渠道', limit: 5, locale: 'zh' });
    expect(en.results[0].passages.map((p) => p.label)).toEqual(['¶ 5', '¶ 5']);
    expect(zh.results[0].passages.map((p) => p.label)).toEqual(['第5段', '第5段']);
    const point = await realEngine().answer({ q: '联合国框架', limit: 5, locale: 'zh' });
    expect(point.results.flatMap((r) => r.passages.map((p) => p.label))).toContain('第十一点');
  });

  it('suggests a spelling only when nothing matched', async () => {
    const answer = await realEngine().answer({ q: 'soverignty', limit: 5, locale: 'en' });
    expect(answer.suggestions).toEqual([{ kind: 'spelling', q: 'sovereignty' }]);
    const found = await realEngine().answer({ q: 'sovereignty', limit: 5, locale: 'en' });
    expect(found.suggestions.some((suggestion) => suggestion.kind === 'spelling')).toBe(false);
  });

  it('says the match is in the translation when only the other version matched', async () => {
    const answer = await realEngine().answer({ q: 'Boao Forum', limit: 5, locale: 'en' });
    const result = answer.results.find((r) => r.passages.length > 1)!;
    expect(result.passages.map((p) => p.matched)).toContain(false);
    expect(result.why).toContainEqual({ kind: 'translation' });
  });
});

describe('why a passage matched', () => {
  const reasons = (text: string, q: string) => textReasons(text, slotsOf(q), parseQuery(q));

  it('names a phrase, the words, an inflection and a glossary name', () => {
    expect(reasons('the central role of the UN', 'central role')).toEqual([{ kind: 'phrase' }]);
    expect(reasons('a role that is central', 'central role')).toEqual([{ kind: 'words' }]);
    expect(reasons('laws and regulations', 'regulate ')).toEqual([
      { kind: 'inflection', typed: 'regulate', found: 'regulations' },
    ]);
    expect(reasons('中国强调联合国发挥主渠道作用', 'UN')).toEqual([{ kind: 'glossary', typed: 'UN', found: '联合国' }]);
    expect(reasons('nothing here', 'UN')).toEqual([]);
  });
});
