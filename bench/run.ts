/**
 * `npm run bench` writes speed and size figures to bench/results.json (never asserted in tests).
 * `npm run bench -- vs-pagefind` (or any part's name) runs only those parts and keeps the other figures.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { benchContentScale } from './content-scale';
import { benchLightPages } from './light-pages';
import { benchLighthouse } from './lighthouse';
import { benchVsPagefind } from './pagefind';
import { benchRoutes } from './routes';
import { benchSearch } from './search';
import { benchServer } from './server';
import { benchSiteBuild } from './site-build';
import { syntheticText } from './synthetic';
import { benchTagging } from './tagging';

/** Each part's figures, by their keys in bench/results.json. */
const PARTS: Record<string, () => Promise<object>> = {
  tagging: async () => ({ tagging: benchTagging() }),
  'content-scale': async () => ({ contentScale: benchContentScale() }),
  search: async () => ({ syntheticText: syntheticText(), scales: await benchSearch() }),
  routes: async () => ({ firstLoadJs: benchRoutes() }),
  server: async () => ({ server: await benchServer() }),
  'site-build': async () => ({ siteBuild: await benchSiteBuild() }),
  lighthouse: async () => ({ lighthouse: await benchLighthouse() }),
  'light-pages': async () => ({ lightPages: await benchLightPages() }),
  'vs-pagefind': async () => {
    const { rows, detail } = await benchVsPagefind();
    return { vsPagefind: rows, vsPagefindDetail: detail };
  },
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in PARTS));
if (unknown.length > 0) {
  console.error(
    `unknown bench part ${unknown.map((name) => `"${name}"`).join(', ')}: choose from ${Object.keys(PARTS).join(', ')}`,
  );
  process.exit(1);
}

const resultsFile = path.join(process.cwd(), 'bench', 'results.json');
let measured = { measuredAt: new Date().toISOString(), machine: { node: process.version, cpus: cpus().length } };
for (const name of asked.length > 0 ? asked : Object.keys(PARTS)) measured = { ...measured, ...(await PARTS[name]()) };
// Read only now, so that two parts run side by side (each taking many minutes) keep each other's figures.
const earlier = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
writeFileSync(resultsFile, JSON.stringify({ ...earlier, ...measured }, null, 2) + '\n');
console.log(`wrote ${path.relative(process.cwd(), resultsFile)}`);
