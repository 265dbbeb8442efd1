/**
 * `npm run bench -- light-pages` (issue #18): every reading page kind in both languages against its physical limit,
 * the same page with its <script> elements and script preloads removed (text, CSS and fonts kept). Lighthouse with its
 * mobile defaults, median of 3 runs, ours and the limit alternating so that both see the same machine load. Targets:
 * performance ≥ 98% of the limit's, TBT ≤ 50 ms, LCP ≤ 1.15 × the limit's. `/search/` keeps its framework: it has no
 * limit row, and gates on its `results-painted` mark (results for the URL's query on screen) and TBT ≤ 150 ms.
 * `LIGHT_PAGES=search` measures only the search pages (a few minutes) and keeps the reading pages' figures.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { auditOnce, launchChrome, median, type Run } from './lighthouse-runner';
import { stripScripts } from './page-scripts';
import { serve } from './serve';

const RUNS = 3;
const SERVED = 'out';
const LIMIT_DIR = path.join('.bench-baseline', 'light-pages-limit');
const PORT = Number(process.env.LIGHT_PAGES_PORT ?? 4010);
export const TARGETS = { performanceOfLimit: 0.98, tbtMs: 50, lcpOfLimit: 1.15, searchTbtMs: 150 } as const;

/** One page of every reading kind; each is measured in English and under /zh/. */
const KINDS: readonly { kind: string; path: string }[] = [
  { kind: 'home', path: '/' },
  { kind: 'principle', path: '/principles/sovereignty/' },
  { kind: 'source', path: '/sources/global-ai-governance-initiative/' },
  // The Initiative's point 2, by its frozen id.
  { kind: 'passage', path: '/sources/global-ai-governance-initiative/p/p-c8372215/' },
  { kind: 'parallel', path: '/sources/he-yin-zh/parallel/' },
  { kind: 'compare', path: '/principles/un-central-role/compare/' },
  { kind: 'principles index', path: '/principles/' },
  { kind: 'sources index', path: '/sources/' },
  // Served as a file (status 200): Lighthouse does not audit a document answered with 404.
  { kind: '404', path: '/404.html' },
];
const SEARCHES = ['/search/?q=consensus', `/zh/search/?q=${encodeURIComponent('主权')}`];
const RESULTS_PAINTED = 'results-painted';

const inLanguage = (page: string, language: 'en' | 'zh') => (language === 'en' ? page : `/zh${page}`);

/** A copy of the built site (the files out/ points at) whose every page is stripped of its scripts. */
function writeLimitSite(from: string, to: string) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true, dereference: true });
  for (const name of readdirSync(to, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html')) continue;
    const file = path.join(to, name);
    writeFileSync(file, stripScripts(readFileSync(file, 'utf8')));
  }
}

interface Figures {
  performance: number;
  lcpMs: number;
  tbtMs: number;
  kib: number;
}

function medians(url: string, runs: readonly Run[]): Figures {
  const completed = runs.filter((run) => !run.error);
  if (completed.length === 0) throw new Error(`Lighthouse could not audit ${url}: ${runs[0]?.error}`);
  const of = (value: (run: Run) => number | undefined) => median(completed.map((run) => value(run) ?? NaN));
  return {
    performance: of((run) => run.scores.performance),
    lcpMs: Math.round(of((run) => run.lcpMs)),
    tbtMs: Math.round(of((run) => run.tbtMs)),
    kib: Number((of((run) => run.bytes) / 1024).toFixed(1)),
  };
}

function judge(ours: Figures, limit: Figures) {
  return {
    performance: ours.performance >= TARGETS.performanceOfLimit * limit.performance,
    tbt: ours.tbtMs <= TARGETS.tbtMs,
    lcp: ours.lcpMs <= TARGETS.lcpOfLimit * limit.lcpMs,
  };
}

type Audit = (origin: string, page: string) => Promise<Run>;

/** One page kind in one language: RUNS × (ours, then the limit). */
async function measurePage(audit: Audit, origins: { ours: string; limit: string }, kind: string, page: string) {
  const ours: Run[] = [];
  const limit: Run[] = [];
  for (let run = 0; run < RUNS; run++) {
    ours.push(await audit(origins.ours, page));
    limit.push(await audit(origins.limit, page));
  }
  const row = { kind, page, ours: medians(page, ours), limit: medians(page, limit), loadAverage: loadavg()[0] };
  const meets = judge(row.ours, row.limit);
  console.log(`${page}: ours ${JSON.stringify(row.ours)}, limit ${JSON.stringify(row.limit)}`);
  return { ...row, meets, meetsAll: Object.values(meets).every(Boolean) };
}

async function measureSearch(audit: Audit, origin: string, page: string) {
  const runs: Run[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await audit(origin, page));
  const painted = runs.map((run) => run.marks?.[RESULTS_PAINTED]).filter((ms) => ms !== undefined);
  const ours = medians(page, runs);
  const resultsPaintedMs = painted.length === runs.length ? Math.round(median(painted)) : null;
  console.log(`${page}: ${JSON.stringify(ours)}, ${RESULTS_PAINTED} ${resultsPaintedMs ?? 'never marked'}`);
  return {
    page,
    ours,
    resultsPaintedMs,
    loadAverage: loadavg()[0],
    meets: { resultsPainted: resultsPaintedMs !== null, tbt: ours.tbtMs <= TARGETS.searchTbtMs },
  };
}

/** Both search pages, with the reading pages' figures of the last full run (bench/results.json) kept beside them. */
async function benchSearchPages() {
  const ours = await serve(path.resolve(SERVED), PORT);
  const chrome = await launchChrome();
  const audit: Audit = (origin, page) => auditOnce(`${origin}${page}`, chrome.port, ['performance']);
  const loadAverageAtStart = loadavg();
  try {
    const search = [];
    for (const page of SEARCHES) search.push(await measureSearch(audit, ours.origin, page));
    const resultsFile = path.join('bench', 'results.json');
    const earlier = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')).lightPages : undefined;
    const searchLoadAverage = { atStart: loadAverageAtStart, atEnd: loadavg() };
    return { ...earlier, search, searchMeasuredAt: new Date().toISOString(), searchLoadAverage };
  } finally {
    await chrome.kill();
    ours.close();
  }
}

export async function benchLightPages() {
  if (process.env.LIGHT_PAGES === 'search') return benchSearchPages();
  writeLimitSite(SERVED, LIMIT_DIR);
  const ours = await serve(path.resolve(SERVED), PORT);
  const limit = await serve(path.resolve(LIMIT_DIR), PORT + 1);
  const chrome = await launchChrome();
  const audit: Audit = (origin, page) => auditOnce(`${origin}${page}`, chrome.port, ['performance']);
  const loadAverageAtStart = loadavg();
  try {
    const pages = [];
    for (const language of ['en', 'zh'] as const)
      for (const { kind, path: page } of KINDS)
        pages.push({
          language,
          ...(await measurePage(audit, { ours: ours.origin, limit: limit.origin }, kind, inLanguage(page, language))),
        });
    const search = [];
    for (const page of SEARCHES) search.push(await measureSearch(audit, ours.origin, page));
    const summary = `${pages.filter((row) => row.meetsAll).length} of ${pages.length} reading pages meet every target`;
    console.log(summary);
    const loadAverage = { atStart: loadAverageAtStart, atEnd: loadavg() };
    return { measuredAt: new Date().toISOString(), runsPerPage: RUNS, targets: TARGETS, loadAverage, pages, search };
  } finally {
    await chrome.kill();
    ours.close();
    limit.close();
    rmSync(LIMIT_DIR, { recursive: true, force: true });
  }
}
