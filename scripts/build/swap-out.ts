/**
 * How a build replaces out/ without a moment where it is partly written or missing, even when the build is killed
 * (kill -9) or another build runs at the same time.
 *
 * Every build writes into a fresh folder of its own, `.builds/<out>.<pid>.<random>/`. When it is complete, `out` is
 * made a symbolic link to it by rename(2) of a new link over the old one, which POSIX makes atomic: a reader resolving
 * `out/...` finds the previous complete site or the new one, never neither. (Two renames of real directories would
 * leave a moment with no out/; Linux's renameat2(RENAME_EXCHANGE) could swap two real directories, but Node has no API
 * for it.) Static hosts and file servers follow the link: upload `out/` (rsync, tar -C out, cp -rL).
 *
 * Folders of builds that were killed, and sites that were replaced, are removed when the next build starts (not at
 * once, so that a reader who resolved out/ just before the swap can finish): a folder goes only once the process that
 * made it is gone, and only if no `out` link points at it.
 */
import { lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export const BUILDS_DIR = '.builds';
/** `<out>.<pid>.<random>`, and `.link` for a link not yet renamed into place. */
const BUILD_NAME = /^(.+)\.(\d+)\.([0-9a-f]+)(\.link)?$/;

/** A new, unused folder for a build of `out` (relative to the project root; Next.js creates it). */
export function freshBuildFolder(root: string, out: string): string {
  removeLeftovers(root);
  mkdirSync(path.join(root, BUILDS_DIR), { recursive: true });
  return path.join(BUILDS_DIR, `${out}.${process.pid}.${randomBytes(4).toString('hex')}`);
}

/** Makes `out` the complete site in `folder`, in one rename. */
export function swapOut(root: string, out: string, folder: string) {
  const link = path.join(root, `${folder}.link`);
  symlinkSync(folder, link);
  const target = path.join(root, out);
  if (isRealDirectory(target)) retireRealDirectory(root, target);
  renameSync(link, target);
}

function isRealDirectory(file: string): boolean {
  try {
    return lstatSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * An out/ left as a real directory by an older build or by `next build` run by hand cannot be replaced by a rename;
 * moving it aside first leaves out/ missing for the moment between two renames, once, until it is a link.
 */
function retireRealDirectory(root: string, target: string) {
  try {
    renameSync(
      target,
      path.join(root, BUILDS_DIR, `${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.old`),
    );
  } catch (error) {
    // Another build moved it first.
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

/**
 * Removes every build folder whose process is gone and that no `out` link points at, and real directories moved aside.
 */
function removeLeftovers(root: string) {
  const dir = path.join(root, BUILDS_DIR);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.endsWith('.old')) {
      rmSync(path.join(dir, name), { recursive: true, force: true });
      continue;
    }
    const match = BUILD_NAME.exec(name);
    if (!match || isRunning(Number(match[2]))) continue;
    // Read only now: once its process is gone, a folder can no longer become a link's target.
    if (!match[4] && linkTarget(root, match[1]) === path.join(BUILDS_DIR, name)) continue;
    rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}

function linkTarget(root: string, out: string): string | undefined {
  try {
    return path.normalize(readlinkSync(path.join(root, out)));
  } catch {
    return undefined;
  }
}

/** Whether a process is alive (signal 0 only checks). EPERM: alive, but another user's. */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

function errorCode(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined;
}
