/**
 * Two of the three sites the browser bench compares (the third is flexsearch-site.ts), over the same synthetic
 * sources: the real search page (a copy of out/ whose index is replaced by the synthetic one) and a Pagefind site (one
 * page per source, indexed with Pagefind's defaults, and a search page on Pagefind's JS API).
 */
import { cpSync, existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { buildSearchIndex } from '../lib/search/build';
import { indexFiles } from '../lib/search/build/emit';
import { syntheticInput } from './search';
import type { SampledPassage, SyntheticSource } from './synthetic';

/**
 * A copy of out/ with the synthetic index in place of the real one: the page, its scripts and CSP are the built
 * site's. `out` is a link to the live build, so the copy follows it (and any link inside) into real files of its own:
 * copying the link itself would make `dir/search-index` the live site's, and the rewrite below would replace the
 * served index with the synthetic one.
 */
export function writeOurSite(sampled: SampledPassage[], dir: string, out = path.join(process.cwd(), 'out')) {
  if (!existsSync(path.join(out, 'search', 'index.html'))) {
    throw new Error(
      `${path.join(out, 'search', 'index.html')} is missing: run \`npm run build\` before the Pagefind bench`,
    );
  }
  cpSync(realpathSync(out), dir, { recursive: true, dereference: true });
  rmSync(path.join(dir, 'search-index'), { recursive: true, force: true });
  for (const file of indexFiles(buildSearchIndex(syntheticInput(sampled)))) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.body);
  }
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function sourcePage(source: SyntheticSource): string {
  const paragraphs = source.passages.map((passage) => `<p>${escape(passage.text)}</p>`).join('\n');
  return `<!doctype html>\n<html lang="${source.language}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${source.title}</title></head>\n<body><main><h1>${source.title}</h1>\n${paragraphs}\n</main></body></html>\n`;
}

/** Results shown per query, as many as the real search page shows. */
export const RESULTS_SHOWN = 20;

/** What a peer engine's search page does in its slots of `peerSearchPage`, as JavaScript source. */
export interface PeerScript {
  /** Declares `load()`, which loads the engine (and its index) once, when the box is focused. */
  load: string;
  /** Declares `item(result)`, a result's list item. */
  item: string;
  /** After Enter, with `query` set: searches, fills `list` and says the count in `status`. */
  search: string;
}

/**
 * A search page as a site would write it on a peer engine's JS API: the engine is loaded when the box is focused (as
 * the real page loads its engine), Enter searches, and the first results are shown. The ids and status texts are the
 * real page's, so one harness measures every engine.
 */
export function peerSearchPage(language: string, script: PeerScript): string {
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Search</title></head>
<body><main>
<form id="search-form" role="search"><label for="search-page-q">Search</label> <input id="search-page-q" type="search" autocomplete="off"></form>
<p id="search-status" role="status" aria-live="polite"></p>
<ol id="results"></ol>
</main>
<script type="module">
let loading;
${script.load}
const box = document.getElementById('search-page-q');
const status = document.getElementById('search-status');
const list = document.getElementById('results');
box.addEventListener('focus', () => load());
box.addEventListener('input', () => { if (!box.value.trim()) { status.textContent = ''; list.replaceChildren(); } });
${script.item}
document.getElementById('search-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const query = box.value;
  status.textContent = 'Searching…';
${script.search}
});
</script>
</body></html>
`;
}

/** Pagefind's search page: the first results' data (title, excerpt) are loaded and shown. */
function searchPage(language: string): string {
  return peerSearchPage(language, {
    load: `const load = () => (loading ??= import('/pagefind/pagefind.js').then(async (engine) => { await engine.init(); return engine; }));`,
    item: `function item(data) {
  const li = document.createElement('li');
  const link = Object.assign(document.createElement('a'), { href: data.url, textContent: data.meta.title });
  const excerpt = document.createElement('p');
  excerpt.innerHTML = data.excerpt;
  li.append(link, excerpt);
  return li;
}`,
    search: `  const engine = await load();
  const search = await engine.search(query);
  const shown = await Promise.all(search.results.slice(0, ${RESULTS_SHOWN}).map((result) => result.data()));
  list.replaceChildren(...shown.map(item));
  status.textContent = search.results.length + ' pages match “' + query + '”.';`,
  });
}

/** The Pagefind site in `dir`; returns the number of pages Pagefind indexed. */
export async function writePagefindSite(sources: SyntheticSource[], dir: string): Promise<number> {
  for (const source of sources) {
    mkdirSync(path.join(dir, 'sources', source.slug), { recursive: true });
    writeFileSync(path.join(dir, 'sources', source.slug, 'index.html'), sourcePage(source));
  }
  const pageCount = await indexWithPagefind(dir);
  // Written after indexing, so that the search pages are not results themselves.
  for (const [folder, language] of [
    ['search', 'en'],
    [path.join('zh', 'search'), 'zh'],
  ]) {
    mkdirSync(path.join(dir, folder), { recursive: true });
    writeFileSync(path.join(dir, folder, 'index.html'), searchPage(language));
  }
  return pageCount;
}

/** Pagefind's defaults over every page in `dir`, written to dir/pagefind/ as `pagefind --site dir` would. */
async function indexWithPagefind(dir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    const problems = [...added.errors, ...written.errors];
    if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * Pagefind searches the index of the search page's language (`<html lang>`): a Chinese query goes to the Chinese page.
 */
export function pagefindSearchPath(query: string): string {
  return /\p{Script=Han}/u.test(query) ? '/zh/search/' : '/search/';
}
