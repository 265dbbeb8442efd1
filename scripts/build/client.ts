/**
 * Build step helper: bundles the reader's one script (client/reader.ts) and the search page's (client/search-page.ts,
 * with React) with esbuild into the site's /assets/, ES modules whose names carry a hash of their content (so they can
 * be cached like the framework's files). The search client each imports on first use becomes a chunk of its own,
 * fetched only then. They are bundled apart so that the reader's script, on every page, stays in as few files as
 * before: bundled together, the modules they share would split it into a chunk per combination.
 */
import path from 'node:path';
import { build } from 'esbuild';

export interface ClientBundle {
  /** The reader's script's URL on the site, for every page's <script type="module">. */
  src: string;
  /** The search page's script's URL, for /search/'s pages. */
  searchSrc: string;
  /** Every file written, relative to the site's folder. */
  files: string[];
}

const ASSETS = 'assets';

/** Bundles one entry (and the chunks it imports later) into /assets/: its URL on the site and every file written. */
async function bundle(root: string, siteDir: string, name: string, entry: string) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { [name]: path.join(root, entry) },
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
    // React's production build (its development build checks and warns at every render).
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    tsconfig: path.join(root, 'tsconfig.json'),
  });
  const outputs = Object.entries(result.metafile.outputs);
  const url = (file: string) => `/${path.relative(siteDir, path.join(root, file)).split(path.sep).join('/')}`;
  const written = outputs.find(([, output]) => output.entryPoint !== undefined);
  if (!written) throw new Error(`esbuild wrote no entry for ${entry}`);
  return { src: url(written[0]), files: outputs.map(([file]) => path.relative(siteDir, path.join(root, file))) };
}

export async function bundleClient(root: string, siteDir: string): Promise<ClientBundle> {
  const reader = await bundle(root, siteDir, 'reader', 'client/reader.ts');
  const search = await bundle(root, siteDir, 'search', 'client/search-page.ts');
  return { src: reader.src, searchSrc: search.src, files: [...reader.files, ...search.files] };
}
