import { beforeAll, describe, expect, it } from 'vitest';
import { samplePassages } from '@/bench/synthetic';
import { getCorpus } from '@/lib/corpus';
import { buildSearchIndex, indexInput, type IndexInput, type SearchIndexFiles } from '@/lib/search/build';
import { SearchEngine, type SearchFilters } from '@/lib/search/engine';
import { matchRanges } from '@/lib/search/highlight';
import { parseQuery, type ParsedQuery } from '@/lib/search/query';
import { otherLanguageTerms, spellingSuggestion } from '@/lib/search/suggest';
import { tokenize, tokenText } from '@/lib/search/tokens';
import { normalise } from '@/lib/text/normalise';

/** The engine over index files held in memory, as the bench uses it; JSON round trip as over the network. */
function engineFor(files: SearchIndexFiles): SearchEngine {
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));
  return new SearchEngine(copy(files.manifest), { shard: async (n) => copy(files.shards[n]), chunk: async (n) => copy(files.chunks[n]) });
}

async function search(engine: SearchEngine, raw: string, filters: SearchFilters = {}, limit = 1000) {
  const query = parseQuery(raw);
  await engine.prepare(query);
  const outcome = engine.search(query, filters, limit);
  return { query, outcome, passages: await engine.passages(outcome.ids) };
}

/** What the index must find, by scanning every passage's tokens: each unit's tokens side by side, in order. */
function scan(input: IndexInput, query: ParsedQuery): number[] {
  const texts = input.sources.flatMap((source) => source.passages.map((passage) => tokenText(tokenize(normalise(passage.text)))));
  return texts.flatMap((text, n) =>
    query.units.length > 0 && query.units.every((unit) => text.includes(unit.prefix ? tokenText(unit.tokens).slice(0, -1) : tokenText(unit.tokens))) ? [n] : [],
  );
}

const QUERIES = [
  'governance', 'govern', 'sovereignty', '"small yard"', 'small yard', 'yard small', '"global AI governance"', 'consensus-based',
  'non-discrimination', 'nondiscrimination', 'united nations framework', '"the united nations"', '治理', '发展中国家', '主渠道',
  '人工智能全球治理', '联合国', 'AI 治理', 'UN 主渠道', '2023', 'ＵＮ', 'zzzz', '"yard small"',
];

const corpusInput = indexInput(getCorpus());
let files: SearchIndexFiles;
let engine: SearchEngine;

beforeAll(() => {
  files = buildSearchIndex(corpusInput);
  engine = engineFor(files);
});

describe('search engine on the corpus', () => {
  it('finds exactly the passages that a full scan finds', async () => {
    for (const raw of QUERIES) {
      const { query, outcome } = await search(engine, raw);
      expect([...outcome.ids].sort((a, b) => a - b), raw).toEqual(scan(corpusInput, query));
      expect(outcome.total, raw).toBe(outcome.ids.length);
    }
  });

  it('finds an English word, a quoted phrase and Chinese substrings, each marked in every result', async () => {
    for (const raw of ['sovereignty', '"small yard"', '治理', '发展中国家', '主渠道', 'AI 治理']) {
      const { query, outcome, passages } = await search(engine, raw);
      expect(outcome.total, raw).toBeGreaterThan(0);
      for (const passage of passages) expect(matchRanges(passage.text, query).length, `${raw} in ${passage.id}`).toBeGreaterThan(0);
    }
    const { passages } = await search(engine, '主渠道');
    expect(passages.every((passage) => passage.source.language === 'zh')).toBe(true);
  });

  it('gives the same results for width, case, diacritic and punctuation variants', async () => {
    const ids = async (raw: string) => (await search(engine, raw)).outcome.ids;
    expect(await ids('ＳＭＡＬＬ　ＹＡＲＤ')).toEqual(await ids('small yard'));
    expect(await ids('“small yard”')).toEqual(await ids('"small yard"'));
    expect(await ids('Non-Discrimination ')).toEqual(await ids('nondiscrimination '));
    expect(await ids('non-discrimination ')).not.toEqual([]);
    expect(await ids('（联合国）')).toEqual(await ids('联合国'));
  });

  it('ranks passages with the words together first, then whole words, then words they begin', async () => {
    const { passages } = await search(engine, 'ai governance ');
    const phrase = parseQuery('"ai governance"');
    const together = passages.map((passage) => matchRanges(passage.text, phrase).length > 0);
    expect(together).toContain(true);
    expect(together).toContain(false);
    expect(together.indexOf(false)).toBeGreaterThan(together.lastIndexOf(true));

    const typed = await search(engine, 'govern');
    const firstPrefixOnly = typed.passages.findIndex((passage) => !/\bgovern\b/i.test(passage.text));
    const lastWhole = typed.passages.findLastIndex((passage) => /\bgovern\b/i.test(passage.text));
    expect(firstPrefixOnly).toBeGreaterThan(lastWhole);
  });

  it('filters by language, principle and source, and counts each filter’s values', async () => {
    const all = await search(engine, '治理');
    const zh = await search(engine, '治理', { lang: 'zh' });
    expect(zh.passages.every((passage) => passage.source.language === 'zh')).toBe(true);
    expect(all.outcome.facets.lang.find((facet) => facet.value === 'zh')?.count).toBe(zh.outcome.total);
    expect(all.outcome.facets.lang.reduce((sum, facet) => sum + facet.count, 0)).toBe(all.outcome.total);

    const principle = await search(engine, 'governance', { principle: 'un-central-role' });
    expect(principle.outcome.total).toBeGreaterThan(0);
    expect(principle.passages.every((passage) => passage.principles.some((p) => p.id === 'un-central-role'))).toBe(true);

    const source = getCorpus().sources[0].slug;
    const bySource = await search(engine, '', { source });
    expect(bySource.outcome.total).toBe(getCorpus().sources[0].passages.length);
    expect((await search(engine, 'governance', { source: 'no-such-source' })).outcome.total).toBe(0);
  });

  it('answers every bad input without an exception', async () => {
    for (const raw of ['', 'x'.repeat(10_000), '((((', '<img src=x onerror=alert(1)>', 'a\u0000b\ud800', 'مرحبا', '🙂', '"', '" "', '*', '\\', 'constructor', '__proto__']) {
      const { outcome } = await search(engine, raw);
      expect(outcome.total, raw).toBeGreaterThanOrEqual(0);
    }
    expect((await search(engine, '')).outcome.total).toBe(0);
  });

  it('suggests a spelling the index knows, and a principle’s term in the other language', async () => {
    const misspelt = await search(engine, 'sovreignty');
    expect(misspelt.outcome.total).toBe(0);
    expect(spellingSuggestion(misspelt.query, (token) => engine.vocabularyNear(token))).toBe('sovereignty');
    expect(spellingSuggestion(parseQuery('governance'), (token) => engine.vocabularyNear(token))).toBeUndefined();

    const principles = files.manifest.principles;
    const fromChinese = otherLanguageTerms(parseQuery('主渠道'), principles);
    expect(fromChinese.find((suggestion) => suggestion.principle.id === 'un-central-role')?.terms).toContain('main channel');
    const fromEnglish = otherLanguageTerms(parseQuery('main channel'), principles);
    expect(fromEnglish[0]).toMatchObject({ language: 'zh' });
    expect(otherLanguageTerms(parseQuery('zzzz'), principles)).toEqual([]);
  });
});

describe('search engine over many shards', () => {
  it('finds what a full scan finds in a synthetic corpus of 10× the passages', async () => {
    const sampled = samplePassages(getCorpus(), 10);
    const input: IndexInput = {
      principles: corpusInput.principles,
      sources: [0, 1].map((half) => ({
        slug: `synthetic-${half}`,
        title: `Synthetic ${half}`,
        language: half === 0 ? 'en' : 'zh',
        passages: sampled
          .filter((passage) => (passage.language === 'zh') === (half === 1))
          .map((passage, n) => ({ id: `p-${half}${n.toString(16).padStart(7, '0')}`, text: passage.text, principles: passage.principles })),
      })),
    };
    const built = buildSearchIndex(input);
    expect(built.manifest.shardCount).toBeGreaterThan(1);
    const synthetic = engineFor(built);
    for (const raw of QUERIES) {
      const { query, outcome } = await search(synthetic, raw, {}, 10_000);
      expect([...outcome.ids].sort((a, b) => a - b), raw).toEqual(scan(input, query));
    }
  });
});
