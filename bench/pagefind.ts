/**
 * `npm run bench -- vs-pagefind`: the real search page against Pagefind and FlexSearch, in Debian's Chromium, on the
 * same synthetic sources at 1× and 1000×, with the same queries (BENCH_QUERIES), in one run. Each query is measured on
 * the three engines one after the other (rotating which goes first), so that load on the machine falls on all alike.
 * Method: browser-search.ts (timing and bytes), vs-sites.ts (ours and Pagefind's sites) and flexsearch-site.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type Page } from '@playwright/test';
import { getCorpus } from '../lib/corpus';
import { browserPath, CHROMIUM_FLAGS } from '../scripts/browser/find';
import { measureQuery, type FileKind, type QueryMeasure, type SearchPageUnderTest } from './browser-search';
import { BENCH_QUERIES, percentile } from './search';
import { serve, type Served } from './serve';
import { samplePassages, syntheticSources } from './synthetic';
import { writeFlexSearchSite } from './flexsearch-site';
import { pagefindSearchPath, writeOurSite, writePagefindSite } from './vs-sites';

/** VS_PAGEFIND_SCALES=1 (comma-separated) for a quick look. */
const SCALES = (process.env.VS_PAGEFIND_SCALES ?? '1,1000').split(',').map(Number);
/** Per-query figures are kept for this scale, where the aims apply. */
const DETAIL_SCALE = 1000;
/** Loopback ports of the three sites (this checkout's range); VS_PAGEFIND_PORT moves them. */
const PORT = Number(process.env.VS_PAGEFIND_PORT ?? 7020);
/** A query whose Enter came late (busy machine) is measured again, at most this many times in all. */
const ATTEMPTS = 3;

const ENGINES = ['ours', 'pagefind', 'flexsearch'] as const;
type Engine = (typeof ENGINES)[number];

export interface VsPagefindRow {
  scale: number;
  engine: Engine;
  /** Synthetic sources: pages for Pagefind (as it counted them), the same sources for ours and FlexSearch. */
  pages: number;
  coldBytesGzP50: number;
  coldBytesGzMax: number;
  requestsMax: number;
  coldMsP50: number;
  coldMsP95: number;
  warmMsP50: number;
  warmMsP95: number;
}

type QueryDetail = { query: string } & Record<Engine, Omit<QueryMeasure, 'warmMs'> & { warmMsP50: number }>;

export async function benchVsPagefind() {
  const started = performance.now();
  const load = loadavg()[0];
  const interrupt = () => process.exit(130);
  process.once('SIGINT', interrupt).once('SIGTERM', interrupt);
  const browser = await chromium.launch({
    executablePath: browserPath(),
    args: CHROMIUM_FLAGS,
  });
  const rows: VsPagefindRow[] = [];
  let queries: QueryDetail[] = [];
  try {
    for (const scale of SCALES) {
      const result = await benchScale(browser, scale);
      rows.push(...result.rows);
      if (scale === DETAIL_SCALE) queries = result.queries;
    }
  } finally {
    await browser.close();
    process.off('SIGINT', interrupt).off('SIGTERM', interrupt);
  }
  console.table(rows);
  const detail = {
    seconds: Math.round((performance.now() - started) / 1000),
    loadAverageAtStart: Number(load.toFixed(2)),
    loadAverageAtEnd: Number(loadavg()[0].toFixed(2)),
    queries,
  };
  return { rows, detail };
}

async function benchScale(browser: Browser, scale: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gaigi-vs-pagefind-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeDir);
  const servers: Served[] = [];
  try {
    let start = performance.now();
    const sampled = samplePassages(getCorpus(), scale);
    const sources = syntheticSources(sampled);
    writeOurSite(sampled, path.join(dir, 'ours'));
    const oursSeconds = (performance.now() - start) / 1000;
    start = performance.now();
    const pages = await writePagefindSite(sources, path.join(dir, 'pagefind'));
    const pagefindSeconds = (performance.now() - start) / 1000;
    start = performance.now();
    await writeFlexSearchSite(sources, path.join(dir, 'flexsearch'));
    console.log(
      `vs Pagefind ${scale}×: ${sampled.length} passages, ${sources.length} sources; sample + our index ${oursSeconds.toFixed(0)} s, Pagefind ${pagefindSeconds.toFixed(0)} s (${pages} pages), FlexSearch ${((performance.now() - start) / 1000).toFixed(0)} s`,
    );

    for (const [n, engine] of ENGINES.entries()) servers.push(await serve(path.join(dir, engine), PORT + n));
    const targets: Record<Engine, SearchPageUnderTest> = {
      ours: { origin: servers[0].origin, path: () => '/search/', ready: hydrated, kindOf: ourFileKind },
      pagefind: {
        origin: servers[1].origin,
        path: pagefindSearchPath,
        ready: async () => undefined,
        kindOf: pagefindFileKind,
      },
      flexsearch: {
        origin: servers[2].origin,
        path: pagefindSearchPath,
        ready: async () => undefined,
        kindOf: flexsearchFileKind,
      },
    };
    const measures: Record<Engine, QueryMeasure[]> = { ours: [], pagefind: [], flexsearch: [] };
    for (const [n, query] of BENCH_QUERIES.entries()) {
      const engines = [...ENGINES.slice(n % ENGINES.length), ...ENGINES.slice(0, n % ENGINES.length)];
      for (const engine of engines) measures[engine].push(await attempt(browser, targets[engine], query));
    }
    const rows = ENGINES.map((engine) =>
      row(scale, engine, engine === 'pagefind' ? pages : sources.length, measures[engine]),
    );
    const queries = BENCH_QUERIES.map((query, n) => ({
      query,
      ours: detail(measures.ours[n]),
      pagefind: detail(measures.pagefind[n]),
      flexsearch: detail(measures.flexsearch[n]),
    }));
    return { rows, queries };
  } finally {
    for (const server of servers) server.close();
    removeDir();
    process.off('exit', removeDir);
  }
}

/**
 * The real page's files (lib/urls.ts): its scripts; the index's manifest; shards and the principles' passage lists;
 * the texts of the results and the sources' names.
 */
function ourFileKind({ pathname }: URL): FileKind {
  if (pathname.startsWith('/_next/')) return 'code';
  if (pathname.startsWith('/search-index/manifest')) return 'manifest';
  if (/^\/search-index\/(shards\/|principles)/.test(pathname)) return 'index';
  if (/^\/search-index\/(texts|names)\//.test(pathname)) return 'texts';
  return 'other';
}

/** Pagefind's files: its script, worker and WebAssembly; entry and language metadata; index chunks; page fragments. */
function pagefindFileKind({ pathname }: URL): FileKind {
  if (/\/pagefind(-worker)?\.js$|\/wasm\.[^/]*\.pagefind$/.test(pathname)) return 'code';
  if (/pagefind-entry\.json$|\.pf_meta$/.test(pathname)) return 'manifest';
  if (/\.pf_(index|filter)$/.test(pathname)) return 'index';
  if (/\.pf_fragment$/.test(pathname)) return 'texts';
  return 'other';
}

/** FlexSearch's files: its module; the list of the index's parts; the store (passage texts); the rest of the index. */
function flexsearchFileKind({ pathname }: URL): FileKind {
  if (pathname.endsWith('/flexsearch.js')) return 'code';
  if (pathname.endsWith('/parts.json')) return 'manifest';
  if (/\.(doc|store)\.json$/.test(pathname)) return 'texts';
  if (pathname.startsWith('/flexsearch/')) return 'index';
  return 'other';
}

/** The real page is live once React has hydrated its box (before that, Enter would submit the plain form). */
async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const box = document.getElementById('search-page-q');
    return (
      box !== null &&
      Object.entries(box).some(
        ([key, value]) => key.startsWith('__reactProps') && typeof value?.onChange === 'function',
      )
    );
  });
}

async function attempt(browser: Browser, target: SearchPageUnderTest, query: string): Promise<QueryMeasure> {
  for (let n = 1; ; n++) {
    try {
      return await measureQuery(browser, target, query);
    } catch (error) {
      if (n === ATTEMPTS) throw error;
      console.warn(`measuring "${query}" again: ${error instanceof Error ? error.message : error}`);
    }
  }
}

function row(scale: number, engine: Engine, pages: number, measures: QueryMeasure[]): VsPagefindRow {
  const bytes = measures.map((measure) => measure.coldBytesGz);
  const cold = measures.map((measure) => measure.coldMs);
  const warm = measures.flatMap((measure) => measure.warmMs);
  return {
    scale,
    engine,
    pages,
    coldBytesGzP50: percentile(bytes, 50),
    coldBytesGzMax: Math.max(...bytes),
    requestsMax: Math.max(...measures.map((measure) => measure.requests)),
    coldMsP50: ms(percentile(cold, 50)),
    coldMsP95: ms(percentile(cold, 95)),
    warmMsP50: ms(percentile(warm, 50)),
    warmMsP95: ms(percentile(warm, 95)),
  };
}

function detail({ warmMs, ...measure }: QueryMeasure) {
  return { ...measure, coldMs: ms(measure.coldMs), warmMsP50: ms(percentile(warmMs, 50)) };
}

const ms = (value: number) => Math.round(value * 10) / 10;
