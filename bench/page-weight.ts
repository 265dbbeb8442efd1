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

/** Pages that keep the framework (scripts/build/light-pages.ts): held to a budget over its empty page. */
const FRAMEWORK_ROUTES = new Set(['/sheet/', '/zh/sheet/']);
/** Pages with React but not the framework: their own module starts React, the app and the engine at once. */
const SEARCH_ROUTES = new Set(['/search/', '/zh/search/']);

export type JsBudget = 'readingPageJsGzipBytes' | 'searchPageJsGzipBytes' | 'pageJsOverFrameworkGzipBytes';

/** The budget (bench/budgets.json) a route's first-load JavaScript answers to, and the figure held to it. */
export function jsBudgetOf(route: string, jsGzipBytes: number, baselineGzipBytes: number) {
  const name: JsBudget = FRAMEWORK_ROUTES.has(route)
    ? 'pageJsOverFrameworkGzipBytes'
    : SEARCH_ROUTES.has(route)
      ? 'searchPageJsGzipBytes'
      : 'readingPageJsGzipBytes';
  return { name, value: name === 'pageJsOverFrameworkGzipBytes' ? jsGzipBytes - baselineGzipBytes : jsGzipBytes };
}

const STATIC_IMPORT = /(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g;
const DYNAMIC_IMPORT = /import\(\s*"(\.{1,2}\/[^"]+\.js)"\s*\)/g;

/**
 * A module script and the modules it imports (esbuild's `from"./x.js"`, `import"./x.js"`; with `dynamic`, also
 * `import("./x.js")`): they load with it.
 */
function withImports(outDir: string, src: string, seen: Set<string>, dynamic: boolean): void {
  const pathname = new URL(src, 'http://localhost').pathname;
  const file = path.join(outDir, pathname);
  if (seen.has(pathname) || !existsSync(file)) return;
  seen.add(pathname);
  const code = readFileSync(file, 'utf8');
  const imports = [...code.matchAll(STATIC_IMPORT), ...(dynamic ? code.matchAll(DYNAMIC_IMPORT) : [])];
  for (const [, imported] of imports)
    withImports(outDir, new URL(imported, `http://localhost${pathname}`).pathname, seen, dynamic);
}

export const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

export function firstLoad(outDir: string, pagePath: string) {
  const htmlFile = path.join(outDir, pagePath, 'index.html');
  if (!existsSync(htmlFile)) return undefined;
  const html = readFileSync(htmlFile, 'utf8');
  const scripts = new Set<string>();
  // The reader's script, which the inline loader adds (`s.src=`, scripts/build/light-pages.ts), with what it imports
  // statically: its dynamic import (the search engine) waits for the header box's focus.
  for (const [, src] of html.matchAll(/\bs\.src="([^"]+)"/g)) withImports(outDir, src, scripts, false);
  // A page's own module scripts with everything they import, at once or later: the search page's starts React, its app
  // and, with a query, the engine as it opens.
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) withImports(outDir, src, scripts, true);
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
