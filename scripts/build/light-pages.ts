/**
 * Build step: reading pages without the framework in the browser. The export's HTML is complete and links are plain
 * <a>, so every page but /sheet/ (both languages, 404 pages included) loses the framework's scripts, script preloads
 * and inline payload (`self.__next_f`, most of a page's bytes); the inline preferences script stays. Every page gets
 * the reader's own script (client/, bundled by client.ts), requested once the page has painted, and its language
 * switch's counterpart link; /search/ also gets its own at once, which renders its search app with React
 * (client/search-page.ts) without the framework's runtime.
 * A script this step does not recognise fails the build, naming the file and the script: a framework upgrade that
 * adds one must be looked at, not silently shipped or silently broken. Runs before the CSP step, which hashes what
 * inline scripts remain.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RewritingStream } from 'parse5-html-rewriting-stream';
import { APPLY_SAVED_PREFERENCES } from '../../components/site/preferences';
import { htmlFilesUnder } from '../../lib/files-under';
import { inLocale, otherLocale, splitLocale } from '../../lib/i18n/locales';
import { bundleClient } from './client';

/** Pages that keep the framework: their live part is a React app of the framework's (components/sheet/). */
const FRAMEWORK_PAGES = new Set(['sheet/index.html', 'zh/sheet/index.html']);
/** Pages whose React app (components/search/) is the search page's own script, without the framework. */
const SEARCH_PAGES = new Set(['search/index.html', 'zh/search/index.html']);

const FRAMEWORK_FILES = '/_next/static/chunks/';
const SEE = 'recognise it in scripts/build/light-pages.ts, or keep it out of the page';

export interface PageContext {
  /** The page's file, relative to the site's folder, with `/`: named in errors, and giving its counterpart. */
  file: string;
  /** The reader's script, added to every page. */
  moduleSrc: string;
  /** The search page's script, added to /search/'s pages. */
  searchSrc?: string;
}

type Verdict = 'keep' | 'drop';

/** What a <script> is, from its attributes and text; undefined when it is not one this step knows. */
function classify(attrs: Map<string, string>, text: string): Verdict | undefined {
  const src = attrs.get('src');
  if (src !== undefined) return src.startsWith(FRAMEWORK_FILES) && text === '' ? 'drop' : undefined;
  if (text === APPLY_SAVED_PREFERENCES && attrs.size === 0) return 'keep';
  // Turbopack's bootstrap: names the chunks to load.
  if (attrs.get('id') === '_R_' && text.startsWith('(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push('))
    return 'drop';
  // The React Server Components payload, for hydration.
  if (attrs.size === 0 && /^(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\(/.test(text))
    return 'drop';
  return undefined;
}

/** The same page in the other interface language; a 404 page's switch keeps leading to the other home page. */
export function counterpart(file: string): string | undefined {
  if (/(^|\/)(404|_not-found)(\/index)?\.html$/.test(file)) return undefined;
  const pagePath = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
  const { locale, path: bare } = splitLocale(pagePath);
  return inLocale(bare, otherLocale(locale));
}

const isFrameworkPreload = (attrs: Map<string, string>) =>
  (attrs.get('rel') === 'preload' && attrs.get('as') === 'script') || attrs.get('rel') === 'modulepreload';

/**
 * The inline script that requests the reader's script once the page has loaded and shown its first text (the browser's
 * first-contentful-paint entry; where a browser has none, at load): on a slow link the text and its styles come
 * first, undisturbed. Its controls stay hidden until it has attached (app/globals.css, `data-reader`), so none is
 * shown inert. Hashed by the CSP step like any inline script.
 */
export const loadReader = (src: string) =>
  [
    `(function(){var load=new Promise(function(r){addEventListener('load',r)});`,
    `var paint=new Promise(function(r){`,
    `var types=window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes;if(!types||types.indexOf('paint')<0)return r();`,
    `new PerformanceObserver(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();r()}})`,
    `.observe({type:'paint',buffered:true})});`,
    `Promise.all([load,paint]).then(function(){setTimeout(function(){`,
    `var s=document.createElement('script');s.type='module';s.src=${JSON.stringify(src)};document.head.append(s)})})})()`,
  ].join('');

/** Whether a page loses the framework: every page but those that keep it. */
export const stripped = (file: string) => !FRAMEWORK_PAGES.has(file);

/** The page's own scripts: the reader's loader, and on /search/ the search app's module, which starts at once. */
function ownScripts(page: PageContext): string {
  const reader = `<script>${loadReader(page.moduleSrc)}</script>`;
  if (!SEARCH_PAGES.has(page.file)) return reader;
  if (!page.searchSrc) throw new Error(`${page.file}: the search page's script was not bundled`);
  return `${reader}<script type="module" src="${page.searchSrc}"></script>`;
}

/** Rewrites one page. Throws on a script it does not recognise. */
export async function lightenPage(html: string, page: PageContext): Promise<string> {
  const strip = stripped(page.file);
  const scripts = ownScripts(page);
  const rewriter = new RewritingStream();
  const out: string[] = [];
  const switchTo = counterpart(page.file);
  let script: { raw: string; attrs: Map<string, string>; text: string } | undefined;
  // Thrown from a handler, an error would escape the stream; it is kept, parsing stops, and it is thrown below.
  let failure: Error | undefined;
  const fail = (message: string) => {
    failure ??= new Error(`${page.file}: ${message}`);
    rewriter.stop();
  };
  rewriter.on('data', (chunk: string) => out.push(chunk));
  rewriter.on('startTag', (tag, raw) => {
    const attrs = new Map(tag.attrs.map(({ name, value }) => [name, value]));
    if (tag.tagName === 'script') script = { raw, attrs, text: '' };
    else if (tag.tagName === 'link' && strip && isFrameworkPreload(attrs)) {
      if (!attrs.get('href')?.startsWith(FRAMEWORK_FILES)) fail(`a script preload this build does not know: ${raw}`);
    } else if (tag.tagName === 'a' && attrs.has('data-language-switch') && switchTo) {
      tag.attrs = tag.attrs.map((attr) => (attr.name === 'href' ? { ...attr, value: switchTo } : attr));
      rewriter.emitStartTag(tag);
    } else rewriter.emitRaw(raw);
  });
  rewriter.on('text', (_, raw) => {
    if (script) script.text += raw;
    else rewriter.emitRaw(raw);
  });
  rewriter.on('endTag', (tag, raw) => {
    if (tag.tagName === 'head') rewriter.emitRaw(scripts);
    if (tag.tagName !== 'script' || !script) return rewriter.emitRaw(raw);
    const verdict = classify(script.attrs, script.text);
    if (!verdict) fail(`a script this build does not know (${SEE}): ${script.raw}${script.text.slice(0, 200)}`);
    else if (verdict === 'keep' || !strip) rewriter.emitRaw(`${script.raw}${script.text}${raw}`);
    script = undefined;
  });
  const done = new Promise<void>((resolve, reject) => {
    rewriter.on('end', resolve);
    rewriter.on('error', reject);
  });
  rewriter.end(html);
  await done;
  if (failure) throw failure;
  return out.join('');
}

export interface LightPages {
  pages: number;
  stripped: number;
  bytesBefore: number;
  bytesAfter: number;
  moduleSrc: string;
  searchSrc: string;
}

/** Bundles the reader's and the search page's scripts, then rewrites every page of the site's folder. */
export async function lightenPages(root: string, dir: string): Promise<LightPages> {
  const { src, searchSrc } = await bundleClient(root, dir);
  const result: LightPages = { pages: 0, stripped: 0, bytesBefore: 0, bytesAfter: 0, moduleSrc: src, searchSrc };
  for (const full of htmlFilesUnder(dir)) {
    const file = path.relative(dir, full).split(path.sep).join('/');
    const html = readFileSync(full, 'utf8');
    const light = await lightenPage(html, { file, moduleSrc: src, searchSrc });
    writeFileSync(full, light);
    result.pages++;
    if (stripped(file)) result.stripped++;
    result.bytesBefore += Buffer.byteLength(html);
    result.bytesAfter += Buffer.byteLength(light);
  }
  return result;
}
