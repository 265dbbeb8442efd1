import { getSearchIndex } from '@/lib/search/build';

export const dynamic = 'force-static';

/** `out/search-index/manifest.json`: sources, principles and layout of the search index (lib/search/files.ts). */
export function GET() {
  return Response.json(getSearchIndex().manifest);
}
