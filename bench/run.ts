/** `npm run bench`: speed and size figures, written to bench/results.json (never asserted in tests). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchRoutes } from './routes';
import { benchSearch } from './search';
import { benchServer } from './server';
import { benchTagging } from './tagging';

const resultsFile = path.join(process.cwd(), 'bench', 'results.json');
const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};

/**
 * Each part's figures, by key. `npm run bench -- server` runs only the parts named and keeps every other figure as it
 * was (the top-level measuredAt and machine too: they date a full run).
 */
const PARTS: Record<string, () => unknown> = {
  tagging: benchTagging,
  scales: benchSearch,
  firstLoadJs: benchRoutes,
  server: benchServer,
};
const chosen = process.argv.slice(2);
const unknown = chosen.filter((part) => !(part in PARTS));
if (unknown.length > 0) throw new Error(`no bench part ${unknown.join(', ')}: choose from ${Object.keys(PARTS).join(', ')}`);

const results: Record<string, unknown> = { ...previous };
if (chosen.length === 0) {
  results.measuredAt = new Date().toISOString();
  results.machine = { node: process.version, cpus: (await import('node:os')).cpus().length };
}
for (const [part, run] of Object.entries(PARTS)) {
  if (chosen.length === 0 || chosen.includes(part)) results[part] = await run();
}
writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
console.log(`wrote ${path.relative(process.cwd(), resultsFile)}`);
