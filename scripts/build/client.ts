/**
 * Build step helper: bundles the reader's one script (client/reader.ts) with esbuild into the site's /assets/, an ES
 * module whose name carries a hash of its content (so it can be cached like the framework's files). The search client
 * it imports on first use becomes a chunk of its own, fetched only then.
 */
import path from 'node:path';
import { build } from 'esbuild';

export interface ClientBundle {
  /** The entry's URL on the site, for the pages' <script type="module">. */
  src: string;
  /** Every file written, relative to the site's folder. */
  files: string[];
}

const ASSETS = 'assets';

export async function bundleClient(root: string, siteDir: string): Promise<ClientBundle> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { reader: path.join(root, 'client', 'reader.ts') },
    outdir: path.join(siteDir, ASSETS),
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    tsconfig: path.join(root, 'tsconfig.json'),
  });
  const files = Object.keys(result.metafile.outputs).map((file) => path.relative(siteDir, path.join(root, file)));
  const entry = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint !== undefined);
  if (!entry) throw new Error('esbuild wrote no entry for client/reader.ts');
  return { src: `/${path.relative(siteDir, path.join(root, entry[0])).split(path.sep).join('/')}`, files };
}
