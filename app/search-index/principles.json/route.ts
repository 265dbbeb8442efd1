import { getSearchIndex } from '@/lib/search/build';

export const dynamic = 'force-static';

/** `out/search-index/principles.json`: which passages state each principle (lib/search/files.ts). */
export function GET() {
  return Response.json(getSearchIndex().principles);
}
