/**
 * The search index as files at their site paths (the paths lib/urls.ts gives, without the ?v= version), for anything
 * that writes an index outside the Next build: the bench puts a synthetic index in place of the real one this way.
 */
import { SEARCH_MANIFEST_URL, searchChunkUrl, searchShardUrl } from '../urls';
import type { SearchIndexFiles } from './build';

export function indexFiles(files: SearchIndexFiles): { path: string; body: string }[] {
  const at = (url: string) => url.replace(/\?.*$/, '');
  return [
    { path: at(SEARCH_MANIFEST_URL), body: JSON.stringify(files.manifest) },
    ...files.shards.map((shard, n) => ({ path: at(searchShardUrl(n, files.manifest.version)), body: JSON.stringify(shard) })),
    ...files.chunks.map((chunk, n) => ({ path: at(searchChunkUrl(n, files.manifest.version)), body: JSON.stringify(chunk) })),
  ];
}
