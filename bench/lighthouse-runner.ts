/**
 * Lighthouse, run from Node with its default mobile emulation, on one page of every kind of a built site
 * (tests/lighthouse/pages.json, the pages the gates of `npm test` audit through Lighthouse CI, lighthouserc.cjs) served
 * by the project's own compressing server (scripts/serve.mjs): the measurement of `npm run bench` (bench/lighthouse.ts:
 * performance and Web Vitals, the median of several runs), which needs each run's figures rather than a pass or fail.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { browserPath, CHROMIUM_FLAGS } from '../scripts/browser/find';

/** Every page kind, the home, principle, source and search results pages first, then Chinese ones. */
export const PAGES: readonly string[] = JSON.parse(readFileSync('tests/lighthouse/pages.json', 'utf8'));

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

/** One Lighthouse run of one page: scores 0–100, and the Web Vitals when performance was audited. */
export interface Run {
  scores: Partial<Record<Category, number>>;
  /** Why Lighthouse could not audit the page (then there are no scores). */
  error?: string;
  lcpMs?: number;
  tbtMs?: number;
  cls?: number;
  /** Bytes transferred for the page and everything it loaded (Lighthouse's total-byte-weight). */
  bytes?: number;
  /** The page's performance.mark()s, by name: milliseconds since navigation started (as observed, not simulated). */
  marks?: Record<string, number>;
}

export interface AuditOptions {
  categories: readonly Category[];
  runs: number;
  /** The folder to serve; out/ by default. */
  dir?: string;
}

/**
 * Every run of every page, in PAGES order. The port is LIGHTHOUSE_PORT, so checkouts side by side never share a server.
 */
export async function auditPages({
  categories,
  runs,
  dir = 'out',
}: AuditOptions): Promise<{ page: string; runs: Run[] }[]> {
  const port = Number(process.env.LIGHTHOUSE_PORT ?? 3102);
  if (await answers(`http://localhost:${port}/`))
    throw new Error(`port ${port} is taken (another checkout's server?): set LIGHTHOUSE_PORT to a free port`);
  const server = spawn(process.execPath, ['scripts/serve.mjs', dir], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  const chrome = await launchChrome();
  try {
    await serverReady(`http://localhost:${port}/`, server);
    const results: { page: string; runs: Run[] }[] = [];
    for (const page of PAGES) {
      const pageRuns: Run[] = [];
      for (let run = 0; run < runs; run++) {
        if (server.exitCode !== null)
          throw new Error(`the server on port ${port} exited (code ${server.exitCode}) while auditing ${page}`);
        pageRuns.push(await auditOnce(`http://localhost:${port}${page}`, chrome.port, categories));
      }
      results.push({ page, runs: pageRuns });
    }
    return results;
  } finally {
    await chrome.kill();
    server.kill();
  }
}

/** The Chromium the audits drive (scripts/browser/find.ts), headless; kill() it when done. */
export function launchChrome(): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({ chromePath: browserPath(), chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
}

/** One Lighthouse run of one URL in the launched Chromium (its debugging port). */
export async function auditOnce(url: string, chromePort: number, categories: readonly Category[]): Promise<Run> {
  const result = await lighthouse(url, {
    port: chromePort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories: scored, audits, runtimeError } = result.lhr;
  if (runtimeError) return { scores: {}, error: `${runtimeError.code}: ${runtimeError.message}` };
  return {
    scores: Object.fromEntries(
      categories.map((category) => [category, Math.round((scored[category]?.score ?? 0) * 100)]),
    ),
    ...(categories.includes('performance') && {
      lcpMs: audits['largest-contentful-paint']?.numericValue,
      tbtMs: audits['total-blocking-time']?.numericValue,
      cls: audits['cumulative-layout-shift']?.numericValue,
      bytes: audits['total-byte-weight']?.numericValue,
      marks: marksOf(audits['user-timings']?.details),
    }),
  };
}

type Details = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']['audits'][string]['details'];

/** The user-timings audit's marks (its table also lists measures, which are left out). */
function marksOf(details: Details): Record<string, number> {
  if (details?.type !== 'table') return {};
  const marks: Record<string, number> = {};
  for (const item of details.items) {
    if (item.timingType === 'Mark' && typeof item.name === 'string' && typeof item.startTime === 'number')
      marks[item.name] = item.startTime;
  }
  return marks;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function serverReady(url: string, server: ReturnType<typeof spawn>) {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.exitCode !== null) throw new Error(`the server for ${url} exited (code ${server.exitCode})`);
    if (await answers(url)) return;
    await sleep(100);
  }
  throw new Error(`no answer from ${url} after 30 s`);
}

export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
