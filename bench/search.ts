import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { getCorpus } from '../lib/corpus';
import { buildSearchIndex, type IndexInput, type SearchIndexFiles } from '../lib/search/build';
import { SearchEngine } from '../lib/search/engine';
import { parseQuery } from '../lib/search/query';
import { shardOf } from '../lib/search/tokens';
import { samplePassages, syntheticSources, type SampledPassage } from './synthetic';

const SCALES = [1, 10, 100, 1000];
/** Timed runs of every query, after one untimed run that loads what it needs. */
const RUNS = 10;
/** Results fetched per query, as the search page asks for. */
const PAGE = 20;

/** English words, a prefix being typed, quoted and unquoted phrases, Chinese words, mixed queries and a misspelling. */
export const BENCH_QUERIES = [
  'governance', 'sovereignty', 'security', 'development', 'cooperation', 'transparency', 'discrimination', 'monopoly',
  'multilateral', 'ethics', 'govern', 'regulat',
  '"small yard"', '"main channel"', '"global AI governance"', '"developing countries"', '"consensus-based"',
  '"non-discrimination"', '"people-centred"', '"high fence"', 'united nations framework', 'AI safety risks', 'open source',
  '治理', '发展中国家', '主渠道', '人工智能', '联合国', '安全', '主权', '国际合作',
  'AI 治理', 'UN 主渠道', 'sovreignty',
];

export interface SearchScaleResult {
  scale: number;
  passages: number;
  textBytes: number;
  textGzipBytes: number;
  /** Everything the engine may download except passage texts: the manifest and every shard. */
  indexBytes: number;
  /** The same files, each gzipped on its own as a static host serves them. */
  indexGzipBytes: number;
  buildMs: number;
  /** Parse + search (total, facets, first page of ids) with the query's shards and texts already loaded. */
  p50Ms: number;
  p95Ms: number;
  /** The first run of each query on a fresh engine: decoding its shards and texts (files in memory, no network). */
  coldP95Ms: number;
  /** Lower-cased `includes` of the whole query over every (pre-lower-cased) passage. */
  naiveP50Ms: number;
  naiveP95Ms: number;
  /** The most gzipped shard bytes one query of the set downloads (besides the manifest, once, and passage texts). */
  maxQueryDownloadGzipBytes: number;
}

/** Search speed and size over synthetic corpora of 1× to 1000× the seed passages, against a naive scan. */
export async function benchSearch(): Promise<SearchScaleResult[]> {
  const results: SearchScaleResult[] = [];
  for (const scale of SCALES) {
    const sampled = samplePassages(getCorpus(), scale);
    const texts = sampled.map((passage) => passage.text);

    let start = performance.now();
    const files = buildSearchIndex(syntheticInput(sampled));
    const buildMs = performance.now() - start;

    const shipped = [files.manifest, ...files.shards].map((file) => JSON.stringify(file));
    const shardGzip = files.shards.map((shard) => gzipSync(JSON.stringify(shard)).length);
    const parsed = BENCH_QUERIES.map((query) => parseQuery(query));

    const engine = new SearchEngine(files.manifest, memoryLoader(files));
    const cold: number[] = [];
    let maxDownload = 0;
    for (const query of parsed) {
      start = performance.now();
      await engine.prepare(query);
      engine.search(query, {}, PAGE);
      cold.push(performance.now() - start);
      const shards = new Set(query.tokens.map((token) => shardOf(token, files.manifest.shardCount)));
      maxDownload = Math.max(maxDownload, [...shards].reduce((sum, n) => sum + shardGzip[n], 0));
    }

    const warm: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const query of BENCH_QUERIES) {
        start = performance.now();
        engine.search(parseQuery(query), {}, PAGE);
        warm.push(performance.now() - start);
      }
    }

    const lowered = texts.map((text) => text.toLowerCase());
    const naive: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const query of BENCH_QUERIES) {
        start = performance.now();
        const needle = query.toLowerCase();
        let count = 0;
        for (const text of lowered) if (text.includes(needle)) count++;
        naive.push(performance.now() - start);
        if (count < 0) throw new Error('unreachable: keeps the scan from being optimised away');
      }
    }

    const textJoined = texts.join('\n');
    results.push({
      scale,
      passages: sampled.length,
      textBytes: Buffer.byteLength(textJoined),
      textGzipBytes: gzipSync(textJoined).length,
      indexBytes: shipped.reduce((sum, file) => sum + Buffer.byteLength(file), 0),
      indexGzipBytes: shipped.reduce((sum, file) => sum + gzipSync(file).length, 0),
      buildMs: Math.round(buildMs),
      p50Ms: round(percentile(warm, 50)),
      p95Ms: round(percentile(warm, 95)),
      coldP95Ms: round(percentile(cold, 95)),
      naiveP50Ms: round(percentile(naive, 50)),
      naiveP95Ms: round(percentile(naive, 95)),
      maxQueryDownloadGzipBytes: maxDownload,
    });
    console.log(`search ${scale}×: done`);
  }
  printTable(results);
  return results;
}

/** The synthetic sources as the index's input; passage ids are their positions in the sample. */
export function syntheticInput(sampled: SampledPassage[]): IndexInput {
  let n = 0;
  const sources = syntheticSources(sampled).map(({ slug, title, language, passages }) => ({
    slug,
    title,
    language,
    passages: passages.map((passage) => ({ id: `p-${(n++).toString(16).padStart(8, '0')}`, text: passage.text, principles: passage.principles })),
  }));
  return { sources, principles: getCorpus().principles };
}

function memoryLoader(files: SearchIndexFiles) {
  return { shard: async (n: number) => files.shards[n], chunk: async (n: number) => files.chunks[n] };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function round(ms: number): number {
  return Number(ms.toFixed(3));
}

function printTable(results: SearchScaleResult[]) {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.table(
    results.map((r) => ({
      scale: `${r.scale}×`,
      passages: r.passages,
      'text gz': kb(r.textGzipBytes),
      'index gz': kb(r.indexGzipBytes),
      'max query download gz': kb(r.maxQueryDownloadGzipBytes),
      'build ms': r.buildMs,
      'p50 ms': r.p50Ms,
      'p95 ms': r.p95Ms,
      'cold p95 ms': r.coldP95Ms,
      'naive p50 ms': r.naiveP50Ms,
      'naive p95 ms': r.naiveP95Ms,
      'speed-up at p95': `${(r.naiveP95Ms / r.p95Ms).toFixed(0)}×`,
    })),
  );
}
