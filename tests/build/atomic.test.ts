import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusJson } from '../../lib/publish/corpus-json';
import { swapOut } from '../../scripts/build/swap-out';

/**
 * `npm run build` replaces out/ atomically (scripts/build/swap-out.ts). Real builds, so slow: `npm run test:build`,
 * which is also the site and fixture-site build of `npm test`: each is built whole once, in the second test, and the
 * browser tests and Lighthouse after it use the out/ and out-fixture/ it leaves. No timing is asserted; the polls only
 * watch what out/ holds while builds run.
 */
const ROOT = process.cwd();
const OUT = path.join(ROOT, 'out');
const BUILDS = path.join(ROOT, '.builds');

/** Every file under a folder (following the out link), with the SHA-256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const file = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(file);
      else
        files[file] = createHash('sha256')
          .update(readFileSync(path.join(dir, file)))
          .digest('hex');
    }
  };
  walk('');
  return files;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
}

const pageCount = (dir: string) => htmlFiles(dir).length;

/**
 * `npm run build` (or `build:fixture`) in a process group of its own, so that SIGKILL reaches every process of it at
 * once, as kill -9 of a job would. `npm test` has type-checked already, so the site build skips its own check.
 */
function startBuild(script: 'build' | 'build:fixture' = 'build'): ChildProcess {
  mkdirSync(LOGS, { recursive: true });
  const log = openSync(path.join(LOGS, `${script}-${Date.now()}.log`), 'w');
  const args = script === 'build' ? ['run', script, '--', '--skip-typecheck'] : ['run', script];
  return spawn('npm', args, { cwd: ROOT, detached: true, stdio: ['ignore', log, log] });
}

/** Each build's output, to read when one fails. */
const LOGS = path.join(ROOT, 'test-results', 'builds');

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', resolve),
  );
}

const buildFolders = () =>
  existsSync(BUILDS) ? readdirSync(BUILDS).filter((name) => /^out\.\d+\.[0-9a-f]+$/.test(name)) : [];

/** The pages of a folder; none when it is gone, or goes while being read (the new build removing an old folder). */
function pagesIn(dir: string): string[] {
  try {
    return htmlFiles(dir);
  } catch {
    return [];
  }
}

/** A page written since `time`, in out/ or in a build's folder: the export has started writing. */
function pageWrittenSince(time: number): string | undefined {
  for (const dir of [OUT, ...buildFolders().map((name) => path.join(BUILDS, name))]) {
    const pages = pagesIn(dir);
    const page = pages.find((name) => (statSync(path.join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0) > time);
    if (page) return path.join(dir, page);
  }
  return undefined;
}

/**
 * On a clean checkout there is no out/ for the builds below to keep whole. Rather than one whole build more (npm test
 * builds the site once, in the second test, and the browser tests and Lighthouse use that build), a small complete
 * stand-in site is swapped in as out/ the way a build does it (scripts/build/swap-out.ts); the builds must keep it
 * whole until they replace it, and the next build removes it (it is named for a process that is gone).
 */
function publishStandIn() {
  const gone = spawnSync(process.execPath, ['-e', '']).pid;
  const folder = path.join(path.relative(ROOT, BUILDS), `out.${gone}.${randomBytes(4).toString('hex')}`);
  const page = (name: string) => `<!doctype html><title>${name}: a stand-in until npm run build replaces it</title>`;
  mkdirSync(path.join(ROOT, folder), { recursive: true });
  writeFileSync(path.join(ROOT, folder, 'index.html'), page('home'));
  for (let n = 0; n < 20; n++) {
    mkdirSync(path.join(ROOT, folder, 'pages', String(n)), { recursive: true });
    writeFileSync(path.join(ROOT, folder, 'pages', String(n), 'index.html'), page(`page ${n}`));
  }
  swapOut(ROOT, 'out', folder);
}

beforeAll(() => {
  if (!existsSync(OUT)) publishStandIn();
});

/** Every page the published model names is in the site, in both languages: a whole site, not part of one. */
function missingPages(dir: string): string[] {
  const corpus: CorpusJson = JSON.parse(readFileSync(path.join(dir, 'data', 'corpus.json'), 'utf8'));
  const pages = [
    '',
    ...corpus.principles.map((principle) => `principles/${principle.id}/`),
    ...corpus.sources.flatMap((source) => [
      `sources/${source.slug}/`,
      ...source.passages.map((passage) => passage.url.slice(1)),
    ]),
  ];
  expect(pages.length).toBeGreaterThan(100);
  return pages
    .flatMap((page) => [page, `zh/${page}`])
    .filter((page) => !existsSync(path.join(dir, page, 'index.html')));
}

/**
 * A folder as a build killed before publishing leaves it: named for a process that is gone, holding part of a site.
 * Made here, so that what the next build removes does not depend on another test having run first.
 */
function leaveKilledBuildFolder(): string {
  const gone = spawnSync(process.execPath, ['-e', '']).pid;
  const name = `out.${gone}.${randomBytes(4).toString('hex')}`;
  mkdirSync(path.join(BUILDS, name, 'sources'), { recursive: true });
  writeFileSync(path.join(BUILDS, name, 'index.html'), '<!doctype html><title>half a site</title>');
  return name;
}

describe('out/ is always a complete site', () => {
  it(
    'stays byte for byte the same when a build is killed while the export is writing',
    async () => {
      const before = snapshot(OUT);
      const existing = new Set(buildFolders());
      const start = Date.now();
      const build = startBuild();
      let written: string | undefined;
      while (!written) {
        expect(build.exitCode, 'the build ended before its export started writing').toBeNull();
        written = pageWrittenSince(start);
        await sleep(50);
      }
      process.kill(-(build.pid ?? 0), 'SIGKILL');
      await exitOf(build);
      expect(snapshot(OUT)).toEqual(before);
      const killedFolder = buildFolders().find((name) => !existing.has(name));
      expect(killedFolder, `the killed build wrote ${written}, but left no folder in .builds/`).toBeDefined();
    },
    20 * 60_000,
  );

  it(
    'never loses a page or index.html while it builds at the same time as the fixture site, and the next build removes what a killed one left',
    async () => {
      const pagesBefore = pageCount(OUT);
      const linkBefore = realpathSync(OUT);
      leaveKilledBuildFolder();
      // Every folder but the live one is left by a killed build or a replaced site: the next build removes them all.
      const leftovers = buildFolders().filter((name) => path.join(BUILDS, name) !== linkBefore);
      expect(leftovers.length).toBeGreaterThan(0);
      const builds = [startBuild(), startBuild('build:fixture')];
      const exits = Promise.all(builds.map(exitOf));
      let done = false;
      void exits.then(() => (done = true));
      let polls = 0;
      let fewestPages = Infinity;
      const missingIndex: number[] = [];
      while (!done) {
        polls++;
        if (!statSync(path.join(OUT, 'index.html'), { throwIfNoEntry: false })?.isFile()) missingIndex.push(polls);
        // One walk takes many lookups, so it follows the link once: walking through out/ itself during the swap would
        // mix the two sites' listings, which no reader of a page ever does.
        fewestPages = Math.min(fewestPages, pageCount(realpathSync(OUT)));
        await sleep(10);
      }
      expect(await exits, `see the builds' output in ${path.relative(ROOT, LOGS)}/`).toEqual([0, 0]);
      expect(missingIndex).toEqual([]);
      expect(fewestPages).toBeGreaterThanOrEqual(pagesBefore);
      expect(polls).toBeGreaterThan(10);
      expect(realpathSync(OUT)).not.toBe(linkBefore);
      expect(missingPages(OUT)).toEqual([]);
      expect(missingPages(path.join(ROOT, 'out-fixture'))).toEqual([]);
      expect(leftovers.filter((name) => existsSync(path.join(BUILDS, name)))).toEqual([]);
    },
    30 * 60_000,
  );
});
