/**
 * `npm run lighthouse` (part of `npm test`): Lighthouse, with its default mobile emulation, on one page of every kind
 * in out/. Fails below performance 95, accessibility 100, best practices 95 or SEO 95. Performance is the median of
 * three runs, as one run swings with machine load.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3102);
/** Every page kind, the home, principle, source and search results pages first. */
const PAGES = [
  '/',
  '/principles/un-central-role/',
  '/sources/he-yin-en/',
  '/search/?q=consensus',
  '/principles/',
  '/principles/un-central-role/compare/',
  '/sources/',
  '/sources/he-yin-zh/parallel/',
];
const THRESHOLDS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 } as const;
const RUNS = 3;

type Category = keyof typeof THRESHOLDS;

const server = spawn(process.execPath, ['scripts/serve.mjs', 'out'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows: ({ page: string } & Record<Category, number>)[] = [];
try {
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (const page of PAGES) {
    const scores: Record<Category, number[]> = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`http://localhost:${PORT}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(THRESHOLDS),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      for (const category of Object.keys(THRESHOLDS) as Category[]) {
        scores[category].push(Math.round((result.lhr.categories[category].score ?? 0) * 100));
      }
    }
    rows.push({
      page,
      performance: median(scores.performance),
      accessibility: Math.min(...scores.accessibility),
      'best-practices': Math.min(...scores['best-practices']),
      seo: Math.min(...scores.seo),
    });
  }
} finally {
  await chrome.kill();
  server.kill();
}

console.table(rows);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/lighthouse.json', JSON.stringify(rows, null, 2) + '\n');
const failures = rows.flatMap((row) =>
  (Object.keys(THRESHOLDS) as Category[]).filter((category) => row[category] < THRESHOLDS[category]).map((category) => `${row.page}: ${category} ${row[category]} < ${THRESHOLDS[category]}`),
);
if (failures.length > 0) {
  console.error(`Lighthouse budgets missed:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(`Lighthouse: ${rows.length} pages within budget.`);
}
