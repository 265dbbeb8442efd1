import { getSearchIndex } from '@/lib/search/build';

export const dynamic = 'force-static';

/**
 * `out/search-index/manifest.json`: the search index's layout, principles and glossary, read first
 * (lib/search/files.ts).
 */
export function GET() {
  return Response.json(getSearchIndex().manifest);
}
