/**
 * Build step: `next build`, exporting the static site into the build's folder. With `output: 'export'`, Next.js 16
 * takes a custom distDir as the export's destination (NEXT_DIST_DIR, next.config.ts) but still compiles into `.next/`,
 * which it empties first and holds a lock on (a second `next build` there exits at once). So the builds of one checkout
 * take turns here, waiting on a lock, while the rest of their work runs side by side.
 *
 * Next.js's own lock is held by the kernel for its process, so it is the one that cannot be wrong: our lock only saves
 * a waiting build from starting Next.js again and again. When two waiters break a killed build's stale lock at the same
 * moment, both believe they hold it (proper-lockfile then reports it "compromised"); the one whose Next.js finds the
 * other's lock waits and tries again instead of failing.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { lock } from 'proper-lockfile';
import { BUILDS_DIR } from './swap-out';
import type { Timings } from './timings';

const LOCK = {
  stale: 10_000,
  retries: { retries: 20 * 60, factor: 1, minTimeout: 1000, maxTimeout: 1000 },
  realpath: false,
  onCompromised: () => console.warn('Another build also took the turn to compile; Next.js decides which goes first.'),
};
/** What `next build` prints when another `next build` holds `.next/lock`, before it touches anything. */
const NEXT_BUSY = 'Another next build process is already running';
/**
 * What `next build` prints once it has compiled, before it renders the pages: where the split between the two falls.
 */
const COMPILED = 'Compiled successfully';
const WAIT_MS = 2000;
const MAX_WAIT_MS = 20 * 60_000;

/**
 * Where an export is built: the project (where Next.js runs), where content/ is read, the build's folder; and the
 * build's clock, which the export splits into compiling and rendering.
 */
export interface ExportTarget {
  root: string;
  contentRoot: string;
  /** Relative to the root. */
  folder: string;
  timings: Timings;
}

export async function exportSite(build: ExportTarget) {
  const release = await takeTurn(build.root);
  try {
    build.timings.start('compile');
    for (const start = Date.now(); (await nextBuild(build)) === 'busy';) {
      if (Date.now() - start > MAX_WAIT_MS)
        throw new Error(`next build: ${NEXT_BUSY} in this checkout, for over 20 minutes`);
      console.log(`Another build of this checkout is compiling; trying again in ${WAIT_MS / 1000} s.`);
      await sleep(WAIT_MS);
    }
  } finally {
    await release().catch(() => undefined);
  }
}

async function takeTurn(root: string): Promise<() => Promise<void>> {
  const lockfilePath = path.join(root, BUILDS_DIR, 'next-build.lock');
  try {
    return await lock(root, { ...LOCK, lockfilePath, retries: 0 });
  } catch {
    console.log(`Another build of this checkout is compiling; waiting for it (${path.relative(root, lockfilePath)}).`);
    return lock(root, { ...LOCK, lockfilePath });
  }
}

/** Next.js colours its output when the terminal takes colours. */
const plain = (chunk: Buffer) => chunk.toString().replace(/\x1b\[[0-9;]*m/g, '');

/** Runs `next build`, its output passed through; 'busy' when it exited because another one holds its lock. */
function nextBuild({ root, contentRoot, folder, timings }: ExportTarget): Promise<'done' | 'busy'> {
  const child = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CONTENT_ROOT: contentRoot, NEXT_DIST_DIR: folder, NEXT_TELEMETRY_DISABLED: '1' },
  });
  let busy = false;
  child.stdout.on('data', (chunk: Buffer) => {
    if (plain(chunk).includes(COMPILED)) timings.start('pages');
    process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    busy ||= plain(chunk).includes(NEXT_BUSY);
    if (!busy) process.stderr.write(chunk);
  });
  // A build stopped by a signal stops its compiler too, rather than leave it writing to a folder nobody will publish.
  const stop = (signal: NodeJS.Signals) => {
    child.kill(signal);
    process.exit(1);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, stop);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.off(name, stop);
      if (code === 0) resolve('done');
      else if (busy) resolve('busy');
      else reject(new Error(`next build failed (${signal ?? `exit code ${code}`}); see its output above`));
    });
  });
}
