/**
 * What a page costs a reader on first load, measured from the exported HTML: the gzip size of every script it
 * references (as a server sends them) and of the HTML itself. Used by `npm run bench` and by the budget test.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const KINDS = [
  { route: '/', path: '/' },
  { route: '/principles/', path: '/principles/' },
  { route: '/principles/[id]/', path: '/principles/un-central-role/' },
  { route: '/principles/[id]/compare/', path: '/principles/un-central-role/compare/' },
  { route: '/sources/', path: '/sources/' },
  // The longest source: the official text's passages all have points, renderings and shared words.
  { route: '/sources/[slug]/', path: '/sources/global-ai-governance-initiative/' },
  { route: '/sources/[slug]/parallel/', path: '/sources/he-yin-en/parallel/' },
  { route: '/sources/[slug]/p/[id]/', path: '/sources/he-yin-en/p/p-09928772/' },
  { route: '/search/', path: '/search/' },
  { route: '/sheet/', path: '/sheet/' },
];

/** One page of each route kind, in both interface languages. */
export const ROUTES = KINDS.flatMap((kind) => [kind, { route: `/zh${kind.route}`, path: `/zh${kind.path}` }]);

/** Pages that keep React (scripts/build/light-pages.ts): every other page carries only the reader's script. */
export const REACT_ROUTES = new Set(['/search/', '/sheet/', '/zh/search/', '/zh/sheet/']);

/**
 * A module script and the modules it imports statically (esbuild's `from"./x.js"`, `import"./x.js"`): they load with
 * it.
 */
function withStaticImports(outDir: string, src: string, seen: Set<string>): void {
  const pathname = new URL(src, 'http://localhost').pathname;
  const file = path.join(outDir, pathname);
  if (seen.has(pathname) || !existsSync(file)) return;
  seen.add(pathname);
  const code = readFileSync(file, 'utf8');
  for (const [, imported] of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g))
    withStaticImports(outDir, new URL(imported, `http://localhost${pathname}`).pathname, seen);
}

export const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

export function firstLoad(outDir: string, pagePath: string) {
  const htmlFile = path.join(outDir, pagePath, 'index.html');
  if (!existsSync(htmlFile)) return undefined;
  const html = readFileSync(htmlFile, 'utf8');
  const scripts = new Set<string>();
  // A script element's src, or the reader's script that the inline loader adds (`s.src=`, scripts/build/light-pages.ts)
  for (const [, src] of html.matchAll(/(?:<script[^>]*\ssrc=|\bs\.src=)"([^"]+)"/g))
    withStaticImports(outDir, src, scripts);
  const inline = Array.from(
    html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g),
    (match) => match[1],
  ).join('\n');
  let jsGzipBytes = 0;
  for (const src of scripts) jsGzipBytes += gzipSize(readFileSync(path.join(outDir, src)));
  return {
    scripts: scripts.size,
    jsGzipBytes,
    inlineScriptGzipBytes: gzipSize(inline),
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipSize(html),
  };
}
