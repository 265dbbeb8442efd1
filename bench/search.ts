import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { getCorpus } from '../lib/corpus';
import { buildSearchIndex, indexInput, type IndexInput, type SearchIndexFiles } from '../lib/search/build';
import { SearchEngine } from '../lib/search/engine';
import type { IndexFileLoader } from '../lib/search/store';
import { samplePassages, syntheticSources, type SampledPassage } from './synthetic';

const SCALES = process.env.BENCH_SCALES ? process.env.BENCH_SCALES.split(',').map(Number) : [1, 10, 100, 1000];
/** Timed runs of every query, after one untimed run that loads what it needs. */
const RUNS = 10;
/** Results fetched per query, as the search page asks for. */
const PAGE = 20;

/** English words, a prefix being typed, quoted and unquoted phrases, Chinese words, mixed queries and a misspelling. */
export const BENCH_QUERIES = [
  'governance',
  'sovereignty',
  'security',
  'development',
  'cooperation',
  'transparency',
  'discrimination',
  'monopoly',
  'multilateral',
  'ethics',
  'govern',
  'regulat',
  '"small yard"',
  '"main channel"',
  '"global AI governance"',
  '"developing countries"',
  '"consensus-based"',
  '"non-discrimination"',
  '"people-centred"',
  '"high fence"',
  'united nations framework',
  'AI safety risks',
  'open source',
  '治理',
  '发展中国家',
  '主渠道',
  '人工智能',
  '联合国',
  '安全',
  '主权',
  '国际合作',
  'AI 治理',
  'UN 主渠道',
  'sovreignty',
];

export interface SearchScaleResult {
  scale: number;
  passages: number;
  textBytes: number;
  textGzipBytes: number;
  /** Everything the engine may download except passage texts: manifest, principles, shards and names. */
  indexBytes: number;
  /** The same files, each gzipped on its own as a static host serves them. */
  indexGzipBytes: number;
  /** indexGzipBytes / textGzipBytes, in per cent (aim: at most 100). */
  indexToTextGzipPercent: number;
  /** The manifest, the first file any search fetches, gzipped (aim at 1000×: at most 50 KiB). */
  manifestGzipBytes: number;
  buildMs: number;
  /** A whole search (total, facets, first page of works) with the query's files already loaded. */
  p50Ms: number;
  p95Ms: number;
  /** The first run of each query on a fresh engine: its files read and decoded (in memory, no network). */
  coldP95Ms: number;
  /** Lower-cased `includes` of the whole query over every (pre-lower-cased) passage. */
  naiveP50Ms: number;
  naiveP95Ms: number;
  /**
   * Every file a query of the set downloads on a fresh engine, gzipped, manifest and texts of shown results included.
   */
  maxQueryDownloadGzipBytes: number;
  medianQueryDownloadGzipBytes: number;
  maxQueryRequests: number;
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

    const shipped = [files.manifest, files.principles, ...files.shards, ...files.names].map((file) =>
      JSON.stringify(file),
    );
    const downloads = await coldDownloads(files);

    const engine = new SearchEngine(files.manifest, memoryLoader(files).loader);
    const cold: number[] = [];
    for (const query of BENCH_QUERIES) {
      start = performance.now();
      await engine.search(engine.parse(query), {}, PAGE);
      cold.push(performance.now() - start);
    }

    const warm: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const query of BENCH_QUERIES) {
        start = performance.now();
        await engine.search(engine.parse(query), {}, PAGE);
        warm.push(performance.now() - start);
      }
    }

    const naive = naiveScan(texts);
    const textJoined = texts.join('\n');
    const textGzipBytes = gzipSync(textJoined).length;
    const indexGzipBytes = shipped.reduce((sum, file) => sum + gzipSync(file).length, 0);
    results.push({
      scale,
      passages: sampled.length,
      textBytes: Buffer.byteLength(textJoined),
      textGzipBytes,
      indexBytes: shipped.reduce((sum, file) => sum + Buffer.byteLength(file), 0),
      indexGzipBytes,
      indexToTextGzipPercent: Math.round((indexGzipBytes / textGzipBytes) * 100),
      manifestGzipBytes: gzipSync(JSON.stringify(files.manifest)).length,
      buildMs: Math.round(buildMs),
      p50Ms: round(percentile(warm, 50)),
      p95Ms: round(percentile(warm, 95)),
      coldP95Ms: round(percentile(cold, 95)),
      naiveP50Ms: round(percentile(naive, 50)),
      naiveP95Ms: round(percentile(naive, 95)),
      maxQueryDownloadGzipBytes: Math.max(...downloads.map((d) => d.bytes)),
      medianQueryDownloadGzipBytes: percentile(
        downloads.map((d) => d.bytes),
        50,
      ),
      maxQueryRequests: Math.max(...downloads.map((d) => d.requests)),
    });
    console.log(`search ${scale}×: done`);
  }
  printTable(results);
  return results;
}

/** Per query, on a fresh engine as in a new browser tab: every file it fetches (gzip bytes) and how many. */
async function coldDownloads(files: SearchIndexFiles) {
  const gzipBytes = new Map<unknown, number>();
  const sizeOf = (file: unknown) =>
    gzipBytes.get(file) ?? gzipBytes.set(file, gzipSync(JSON.stringify(file)).length).get(file)!;
  const downloads: { bytes: number; requests: number }[] = [];
  for (const query of BENCH_QUERIES) {
    const { loader, fetched } = memoryLoader(files);
    const engine = new SearchEngine(files.manifest, loader);
    const outcome = await engine.search(engine.parse(query), {}, PAGE);
    await engine.passages(outcome.works);
    downloads.push({
      bytes: [files.manifest, ...fetched].reduce<number>((sum, file) => sum + sizeOf(file), 0),
      requests: 1 + fetched.length,
    });
  }
  return downloads;
}

function naiveScan(texts: string[]): number[] {
  const lowered = texts.map((text) => text.toLowerCase());
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const query of BENCH_QUERIES) {
      const start = performance.now();
      const needle = query.toLowerCase();
      let count = 0;
      for (const text of lowered) if (text.includes(needle)) count++;
      times.push(performance.now() - start);
      if (count < 0) throw new Error('unreachable: keeps the scan from being optimised away');
    }
  }
  return times;
}

/** The synthetic sources as the index's input; passage ids are their positions in the sample. */
export function syntheticInput(sampled: SampledPassage[]): IndexInput {
  let n = 0;
  const sources = syntheticSources(sampled).map(({ slug, title, language, passages }) => ({
    slug,
    title,
    language,
    passages: passages.map((passage) => ({
      id: `p-${(n++).toString(16).padStart(8, '0')}`,
      text: passage.text,
      principles: passage.principles,
    })),
  }));
  const { principles, glossary } = indexInput(getCorpus());
  return { sources, principles, glossary };
}

/** The index files served from memory, each as a fresh copy (as if parsed from the network), noting what is fetched. */
function memoryLoader(files: SearchIndexFiles): { loader: IndexFileLoader; fetched: unknown[] } {
  const fetched: unknown[] = [];
  const serve = <T>(file: T) => {
    fetched.push(file);
    return Promise.resolve(file);
  };
  return {
    fetched,
    loader: {
      principles: () => serve(files.principles),
      shard: (n) => serve(files.shards[n]),
      text: (n) => serve(files.texts[n]),
      names: (n) => serve(files.names[n]),
    },
  };
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
      'index/text gz': `${r.indexToTextGzipPercent}%`,
      'manifest gz': kb(r.manifestGzipBytes),
      'query download gz median/max': `${kb(r.medianQueryDownloadGzipBytes)} / ${kb(r.maxQueryDownloadGzipBytes)}`,
      'max requests': r.maxQueryRequests,
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
