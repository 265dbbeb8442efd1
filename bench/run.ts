/** `npm run bench`: speed and size figures, written to bench/results.json (never asserted in tests). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchRoutes } from './routes';
import { benchSearch } from './search';
import { benchTagging } from './tagging';

const resultsFile = path.join(process.cwd(), 'bench', 'results.json');
const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};

const results = {
  ...previous,
  measuredAt: new Date().toISOString(),
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
  tagging: benchTagging(),
  scales: await benchSearch(),
  firstLoadJs: benchRoutes(),
};
writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
console.log(`wrote ${path.relative(process.cwd(), resultsFile)}`);
