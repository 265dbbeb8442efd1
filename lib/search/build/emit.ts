/**
 * The search index as files at their site paths (the paths lib/urls.ts gives, without the ?v= version), for anything
 * that writes an index outside the Next build: the bench puts a synthetic index in place of the real one this way.
 * Lists every file the engine may fetch.
 */
import { SEARCH_MANIFEST_URL, searchNamesUrl, searchPrinciplesUrl, searchShardUrl, searchTextUrl } from '../../urls';
import type { SearchIndexFiles } from '.';

export function indexFiles(files: SearchIndexFiles): { path: string; body: string }[] {
  const at = (url: string) => url.replace(/\?.*$/, '');
  const { version } = files.manifest;
  return [
    { path: at(SEARCH_MANIFEST_URL), body: JSON.stringify(files.manifest) },
    { path: at(searchPrinciplesUrl(version)), body: JSON.stringify(files.principles) },
    ...files.shards.map((shard, n) => ({ path: at(searchShardUrl(n, version)), body: JSON.stringify(shard) })),
    ...files.texts.map((text, n) => ({ path: at(searchTextUrl(n, version)), body: JSON.stringify(text) })),
    ...files.names.map((names, n) => ({ path: at(searchNamesUrl(n, version)), body: JSON.stringify(names) })),
  ];
}
