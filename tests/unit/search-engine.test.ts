import { beforeAll, describe, expect, it } from 'vitest';
import { samplePassages } from '@/bench/synthetic';
import { getCorpus } from '@/lib/corpus';
import { buildSearchIndex, indexInput, type IndexInput, type SearchIndexFiles } from '@/lib/search/build';
import { CHECK_FACTOR, SearchEngine, type SearchFilters } from '@/lib/search/engine';
import { compileGlossary, expandQuery } from '@/lib/search/expand';
import { runMatchers } from '@/lib/search/token-matchers';
import { findRun, lattice, type TokenLattice } from '@/lib/text/match';
import { hanFoldFor } from '@/lib/text/han';
import { hyphenatedCompounds, tokenise } from '@/lib/text/tokens';

/** The engine over index files held in memory, noting the text files it reads; JSON round trip as over the network. */
function engineFor(files: SearchIndexFiles) {
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));
  const textsRead: number[] = [];
  const engine = new SearchEngine(copy(files.manifest), {
    principles: async () => copy(files.principles),
    shard: async (n) => copy(files.shards[n]),
    text: async (n) => {
      textsRead.push(n);
      return copy(files.texts[n]);
    },
    names: async (n) => copy(files.names[n]),
  });
  return { engine, textsRead };
}

async function search(engine: SearchEngine, raw: string, filters: SearchFilters = {}, limit = 1000) {
  const query = engine.parse(raw);
  const outcome = await engine.search(query, filters, limit);
  const groups = await engine.passages(outcome.works);
  return {
    query,
    outcome,
    groups,
    refs: groups.map((group) => group.map((passage) => `${passage.source.slug}#${passage.id}`)),
  };
}

/**
 * What the engine must find, by reading every passage's text with lib/text's matcher and the engine's own token
 * tests: the passages holding every slot of the expanded query.
 */
function scan(input: IndexInput, engine: SearchEngine, raw: string): string[] {
  const slots = expandQuery(engine.parse(raw), compileGlossary(engine.manifest.glossary));
  return readInput(input).flatMap(({ ref, text }) => {
    const holds = slots.every((slot) =>
      slot.options.some((option) =>
        option.runs.every((run) => runMatchers(run).some((reading) => findRun(text, reading).length > 0)),
      ),
    );
    return slots.length > 0 && holds ? [ref] : [];
  });
}

/** Each passage's tokens, read as the index reads them (Traditional folded, the corpus's compounds), once per input. */
const read = new WeakMap<IndexInput, { ref: string; text: TokenLattice }[]>();
function readInput(input: IndexInput) {
  let passages = read.get(input);
  if (!passages) {
    const texts = input.sources.flatMap((source) => source.passages.map((passage) => passage.text));
    const han = hanFoldFor(texts);
    const compounds = hyphenatedCompounds(texts, han);
    passages = input.sources.flatMap((source) =>
      source.passages.map((passage) => ({
        ref: `${source.slug}#${passage.id}`,
        text: lattice(tokenise(passage.text, { han, compounds })),
      })),
    );
    read.set(input, passages);
  }
  return passages;
}

const QUERIES = [
  'governance',
  'govern',
  'sovereignty',
  '"small yard"',
  'small yard',
  'yard small',
  '"global AI governance"',
  'consensus-based',
  'non-discrimination',
  'nondiscrimination',
  'open source',
  'united nations framework',
  '"the united nations"',
  '治理',
  '发展中国家',
  '主渠道',
  '人工智能全球治理',
  '联合国',
  'AI 治理',
  'UN 主渠道',
  '2023',
  'ＵＮ',
  'zzzz',
  '"yard small"',
  'monopoly',
  'regulate',
  '<img src=x onerror=alert(1)>',
  'constructor',
  '__proto__',
];

const corpusInput = indexInput(getCorpus());
let files: SearchIndexFiles;
let engine: SearchEngine;

beforeAll(() => {
  files = buildSearchIndex(corpusInput);
  engine = engineFor(files).engine;
});

describe('search engine on the corpus', () => {
  it('finds exactly the passages that reading every text finds, grouped by work', async () => {
    for (const raw of QUERIES) {
      const { outcome, refs } = await search(engine, raw);
      const complete = refs.filter((_, i) => !outcome.partial[i]);
      const expected = scan(corpusInput, engine, raw);
      // Each expected passage is in a complete result, and each complete result holds an expected passage.
      expect(
        expected.filter((ref) => !complete.some((group) => group.includes(ref))),
        raw,
      ).toEqual([]);
      expect(
        complete.filter((group) => !group.some((ref) => expected.includes(ref))),
        raw,
      ).toEqual([]);
      expect(outcome.total, raw).toBe(complete.length);
    }
  });

  it('finds "open source", "open-source" and "opensource" for each other, and "discrimination" in "non-discrimination"', async () => {
    const ids = async (raw: string) =>
      (await search(engine, raw)).refs
        .filter((group) => group.length > 0)
        .flat()
        .sort();
    const openSource = await ids('open source ');
    expect(openSource.length).toBeGreaterThanOrEqual(3);
    expect(await ids('open-source ')).toEqual(openSource);
    expect(await ids('opensource ')).toEqual(openSource);
    const { groups } = await search(engine, 'discrimination ');
    expect(groups.some((group) => group.some((passage) => /non-discrimination/.test(passage.text)))).toBe(true);
    expect(groups.some((group) => group.some((passage) => /nondiscrimination/.test(passage.text)))).toBe(true);
  });

  it('ranks words as typed above inflections, and whole words above the words a prefix begins', async () => {
    const monopoly = await search(engine, 'monopolies');
    expect(monopoly.groups[0].some((passage) => /monopolies/i.test(passage.text))).toBe(true);
    const typed = await search(engine, 'open');
    const texts = typed.groups.map((group) => group.map((passage) => passage.text).join(' '));
    const lastWhole = texts.findLastIndex((text) => /\bopen\b/i.test(text));
    const firstOnlyLonger = texts.findIndex((text) => !/\bopen\b/i.test(text));
    expect(lastWhole).toBeGreaterThanOrEqual(0);
    expect(firstOnlyLonger).toBeGreaterThan(lastWhole);
  });

  it('matches a word of one or two letters whole: "UN" finds the UN and its other names, never "under" or "United" alone', async () => {
    const { groups } = await search(engine, 'UN');
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups)
      expect(group.map((passage) => passage.text).join(' ')).toMatch(/\bUN\b|United Nations|联合国/);
  });

  it('shows passages holding most of a query none holds whole, after complete ones, labelled partial', async () => {
    const some = await search(engine, 'AI safety risks', {}, 20);
    expect(some.outcome.total).toBeGreaterThan(0);
    expect(some.outcome.partialTotal).toBeGreaterThan(0);
    expect(some.outcome.partial.indexOf(true)).toBe(some.outcome.total);
    const none = await search(engine, 'hegemony semiconductor zzzz', {}, 20);
    expect(none.outcome.total).toBe(0);
    expect(none.outcome.partialTotal).toBeGreaterThan(0);
    expect(none.outcome.partial.every(Boolean)).toBe(true);
  });

  it('reaches across languages: a translation brings its original as one result, and the glossary finds the other language', async () => {
    const { refs } = await search(engine, '"main channel"');
    expect(refs[0]).toEqual([expect.stringMatching(/^he-yin-zh#/), expect.stringMatching(/^he-yin-en#/)]);
    const yard = await search(engine, 'small yard high fence');
    expect(yard.groups.some((group) => group.some((passage) => passage.text.includes('小院高墙')))).toBe(true);
    const un = await search(engine, '联合国');
    expect(
      un.groups.some((group) =>
        group.some((passage) => passage.source.language === 'en' && /United Nations|\bUN\b/.test(passage.text)),
      ),
    ).toBe(true);
  });

  it('reads Traditional characters as Simplified, and full-width punctuation as ASCII', async () => {
    expect((await search(engine, '聯合國')).refs).toEqual((await search(engine, '联合国')).refs);
    expect((await search(engine, '發展中國家')).refs).toEqual((await search(engine, '发展中国家')).refs);
    const fullWidth = await search(engine, '人工智能大国，中国');
    expect(fullWidth.outcome.total).toBeGreaterThan(0);
    expect(fullWidth.refs).toEqual((await search(engine, '人工智能大国,中国')).refs);
  });

  it('filters by language, principle and source, and counts each filter’s values', async () => {
    const all = await search(engine, '治理');
    const zh = await search(engine, '治理', { lang: 'zh' });
    expect(zh.groups.every((group) => group.some((passage) => passage.source.language === 'zh'))).toBe(true);
    expect(all.outcome.facets.lang.find((facet) => facet.value === 'zh')?.count).toBe(zh.outcome.total);

    const principle = await search(engine, 'governance', { principle: 'un-central-role' });
    expect(principle.outcome.total).toBeGreaterThan(0);
    expect(
      principle.groups.every((group) =>
        group.some((passage) => passage.principles.some((p) => p.id === 'un-central-role')),
      ),
    ).toBe(true);

    const source = getCorpus().sources.find((candidate) => !candidate.translationOf && candidate.slug !== 'he-yin-zh')!;
    const bySource = await search(engine, '', { source: source.slug });
    expect(bySource.outcome.total).toBe(source.passages.length);
  });

  it('names filter values it does not know, and does not apply them', async () => {
    const plain = await search(engine, 'governance');
    const unknown = await search(engine, 'governance', {
      source: 'no-such-source',
      principle: 'no-such-principle',
      lang: 'fr',
    });
    expect(unknown.outcome.unknownFilters.sort()).toEqual(['lang', 'principle', 'source']);
    expect(unknown.outcome.total).toBe(plain.outcome.total);
  });

  it('answers bad input as reading every text does: nothing for no words, never an exception', async () => {
    for (const raw of ['', 'x'.repeat(10_000), '((((', 'a\u0000b\ud800', 'مرحبا', '🙂', '"', '" "', '*', '\\']) {
      const { outcome } = await search(engine, raw);
      expect(outcome.total, raw).toBe(scan(corpusInput, engine, raw).length);
    }
    expect((await search(engine, '')).outcome.works).toEqual([]);
  });
});

describe('search engine over many shards', () => {
  const sampled = samplePassages(getCorpus(), 10);
  const input: IndexInput = {
    principles: corpusInput.principles,
    glossary: corpusInput.glossary,
    sources: [0, 1].map((half) => ({
      slug: `synthetic-${half}`,
      title: `Synthetic ${half}`,
      language: half === 0 ? 'en' : 'zh',
      passages: sampled
        .filter((passage) => (passage.language === 'zh') === (half === 1))
        .map((passage, n) => ({
          id: `p-${half}${n.toString(16).padStart(7, '0')}`,
          text: passage.text,
          principles: passage.principles,
        })),
    })),
  };
  const built = buildSearchIndex(input);

  it('finds what reading every text finds, in a synthetic corpus of 10× the passages', async () => {
    expect(built.manifest.shardCount).toBeGreaterThan(1);
    const { engine: synthetic } = engineFor(built);
    for (const raw of QUERIES.filter((query) => !query.includes('"'))) {
      const { outcome } = await search(synthetic, raw, {}, 100_000);
      expect(outcome.total, raw).toBe(scan(input, synthetic, raw).length);
    }
  }, 60_000);

  it('checks only the results it shows against their text, and estimates the total', async () => {
    // Sources of ten passages, as articles are: a text file per source.
    const articles = buildSearchIndex({
      ...input,
      sources: input.sources.flatMap((source) =>
        Array.from({ length: Math.ceil(source.passages.length / 10) }, (_, k) => ({
          ...source,
          slug: `${source.slug}-${k}`,
          passages: source.passages.slice(k * 10, k * 10 + 10),
        })),
      ),
    });
    const { engine: synthetic, textsRead } = engineFor(articles);
    const { outcome } = await search(synthetic, '人工智能全球治理', {}, 5);
    expect(outcome.works).toHaveLength(5);
    expect(outcome.estimated).toBe(true);
    expect(outcome.total).toBeGreaterThan(5);
    const checkedAtMost = 5 * CHECK_FACTOR;
    expect(new Set(textsRead).size).toBeLessThanOrEqual(checkedAtMost);
    expect(textsRead.length).toBeLessThan(articles.texts.length / 2);
  });
});

describe('inflections', () => {
  it('are found for words that have them, never for acronyms', () => {
    const [[monopoly]] = runMatchers({ readings: [['monopoly']], prefix: false });
    expect(monopoly.match?.('monopolies')).toBe(true);
    const [[un]] = runMatchers({ readings: [['un']], prefix: false });
    expect(un.match?.('un')).toBe(true);
    // The Porter stemmer makes "uns" "un": a query for UN must still not find it.
    expect(un.match?.('uns')).toBe(false);
  });
});
