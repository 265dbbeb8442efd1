import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run build` replaces out/ atomically (scripts/build/publish.ts). Real builds, so slow: `npm run test:build`,
 * which is also the site and fixture-site build of `npm test` (the browser tests after it use the out/ and out-fixture/
 * it leaves). No timing is asserted; the polls only watch what out/ holds while builds run.
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
 * once, as kill -9 of a job would.
 */
function startBuild(script = 'build'): ChildProcess {
  mkdirSync(LOGS, { recursive: true });
  const log = openSync(path.join(LOGS, `${script}-${Date.now()}.log`), 'w');
  return spawn('npm', ['run', script], { cwd: ROOT, detached: true, stdio: ['ignore', log, log] });
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

beforeAll(async () => {
  if (!existsSync(path.join(OUT, 'index.html'))) expect(await exitOf(startBuild())).toBe(0);
}, 20 * 60_000);

describe('out/ is always a complete site', () => {
  let killedFolder: string | undefined;

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
      killedFolder = buildFolders().find((name) => !existing.has(name));
      expect(killedFolder, `the killed build wrote ${written}, but left no folder in .builds/`).toBeDefined();
    },
    20 * 60_000,
  );

  it(
    'never loses a page or index.html while it builds at the same time as the fixture site, and the next build removes what a killed one left',
    async () => {
      const pagesBefore = pageCount(OUT);
      const linkBefore = realpathSync(OUT);
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
      expect(pageCount(OUT)).toBe(pagesBefore);
      expect(existsSync(path.join(ROOT, 'out-fixture', 'index.html'))).toBe(true);
      if (killedFolder) expect(existsSync(path.join(BUILDS, killedFolder))).toBe(false);
    },
    30 * 60_000,
  );
});
