/**
 * `npm run build` (and so `npm start`) type-checks before it builds: Next.js then skips its own check (next.config.ts,
 * `GAIGI_TYPE_CHECKED`), so that `npm test`, which runs `tsc --noEmit` once itself, does not pay for it again in every
 * build it makes; those builds pass `--skip-typecheck`. A site whose code does not type-check is never published.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/**
 * `tsc --noEmit` on the project in `root` (its tsconfig.json): undefined when it type-checks, else what to print (tsc's
 * `file(line,col): error …` lines, then what happened).
 */
export function typeErrors(root: string): string | undefined {
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '--project', root], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status === 0) return undefined;
  const output =
    `${result.stdout}${result.stderr}`.trim() || (result.error?.message ?? `tsc exited with ${result.status}`);
  return (
    `${output}\n` +
    'npm run build: the code does not type-check (tsc --noEmit, above), so nothing was built and out/ is unchanged. ' +
    'Fix those errors, then build again.'
  );
}
