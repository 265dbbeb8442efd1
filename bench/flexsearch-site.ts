/**
 * The third site of the browser bench: FlexSearch (the design's first choice), as a site would ship it. At bench time
 * Node builds one FlexSearch Document index per language over the synthetic passages (`store` keeps each passage's
 * text and source, which results show), exports it with FlexSearch's own export, and writes each exported part as a
 * JSON file. The search page loads FlexSearch's module and every part of its language's index when the box is focused
 * (FlexSearch imports a whole index: it has no format that loads by query), and shows the first 20 results with their
 * text. The ids and status texts are the real page's, so one harness measures all three.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import FlexSearch from 'flexsearch';
import type { Language } from '../lib/content/schema';
import type { SyntheticSource } from './synthetic';
import { peerSearchPage, RESULTS_SHOWN } from './vs-sites';

interface Passage {
  id: number;
  text: string;
  source: string;
  [key: string]: string | number;
}

/** FlexSearch's charset per language: its default for spaced scripts, its CJK one (a term per character) for Chinese */
function documentIndex(language: Language) {
  return new FlexSearch.Document<Passage>({
    document: { id: 'id', index: ['text'], store: ['text', 'source'] },
    encoder: language === 'zh' ? FlexSearch.Charset.CJK : FlexSearch.Charset.Default,
  });
}

/** The FlexSearch site in `dir`: its module, an index per language, and a search page per language. */
export async function writeFlexSearchSite(sources: SyntheticSource[], dir: string): Promise<void> {
  // Its ES module build, beside the CommonJS entry the package names (its exports map lists no file path).
  const main = createRequire(import.meta.url).resolve('flexsearch');
  const bundle = path.join(path.dirname(main), 'flexsearch.bundle.module.min.mjs');
  mkdirSync(path.join(dir, 'flexsearch'), { recursive: true });
  // `.js`, so the server compresses it as it does the other engines' code.
  copyFileSync(bundle, path.join(dir, 'flexsearch', 'flexsearch.js'));
  let n = 0;
  for (const language of ['en', 'zh'] as const) {
    const index = documentIndex(language);
    for (const source of sources) {
      for (const passage of source.passages) {
        const id = n++;
        if (source.language === language) index.add({ id, text: passage.text, source: source.title });
      }
    }
    const parts: string[] = [];
    const folder = path.join(dir, 'flexsearch', language);
    mkdirSync(folder, { recursive: true });
    await index.export((key: string, data: string) => {
      parts.push(key);
      writeFileSync(path.join(folder, `${key}.json`), data);
    });
    writeFileSync(path.join(folder, 'parts.json'), JSON.stringify(parts));
  }
  for (const [folder, language] of [
    ['search', 'en'],
    [path.join('zh', 'search'), 'zh'],
  ] as const) {
    mkdirSync(path.join(dir, folder), { recursive: true });
    writeFileSync(path.join(dir, folder, 'index.html'), searchPage(language));
  }
}

/**
 * A search page on FlexSearch's API: the module and the index are loaded when the box is focused, Enter searches, and
 * the first results (text and source, from the index's store) are shown. The count is every match (FlexSearch
 * returns at most `limit` ids, so the page asks for all of them).
 */
function searchPage(language: Language): string {
  return peerSearchPage(language, {
    load: `const folder = '/flexsearch/${language}/';
const load = () => (loading ??= (async () => {
  const { Document, Charset } = (await import('/flexsearch/flexsearch.js')).default;
  const index = new Document({
    document: { id: 'id', index: ['text'], store: ['text', 'source'] },
    encoder: ${language === 'zh' ? 'Charset.CJK' : 'Charset.Default'},
  });
  const parts = await (await fetch(folder + 'parts.json')).json();
  const bodies = await Promise.all(parts.map((key) => fetch(folder + key + '.json').then((response) => response.text())));
  for (const [i, key] of parts.entries()) await index.import(key, bodies[i]);
  return index;
})());`,
    item: `function item(doc) {
  const li = document.createElement('li');
  const source = Object.assign(document.createElement('strong'), { textContent: doc.source });
  const text = Object.assign(document.createElement('p'), { textContent: doc.text.slice(0, 240) });
  li.append(source, text);
  return li;
}`,
    search: `  const index = await load();
  const ids = (await index.search(query, { limit: 1e6 }))[0]?.result ?? [];
  list.replaceChildren(...ids.slice(0, ${RESULTS_SHOWN}).map((id) => item(index.get(id))));
  status.textContent = ids.length + ' passages match “' + query + '”.';`,
  });
}
