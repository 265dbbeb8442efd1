/** The one recursive walk of a folder: content/ (lib/content/limits.ts) and a build's folder (scripts/build/). */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file (not folder) under `dir` whose name `keep` accepts, as a path joined to `dir`. */
export function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((relative) => keep(path.basename(relative)))
    .map((relative) => path.join(dir, relative))
    .filter((file) => statSync(file).isFile());
}

/** Every HTML page under a site's folder. */
export const htmlFilesUnder = (dir: string) => filesUnder(dir, (name) => name.endsWith('.html'));
