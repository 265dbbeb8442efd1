import { getSearchIndex } from '@/lib/search/build';

export const dynamic = 'force-static';
export const dynamicParams = false;

/**
 * `out/search-index/shards/<n>.json`, the index split by token (a query downloads the shards of its tokens), and
 * `out/search-index/passages/<n>.json`, passage texts for snippets and for checking long phrases.
 */
const FILES = {
  shards: () => getSearchIndex().shards,
  passages: () => getSearchIndex().chunks,
};

interface Params {
  kind: keyof typeof FILES;
  file: string;
}

export function generateStaticParams(): Params[] {
  return (Object.keys(FILES) as Params['kind'][]).flatMap((kind) => FILES[kind]().map((_, n) => ({ kind, file: `${n}.json` })));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { kind, file } = await params;
  return Response.json(FILES[kind]()[Number.parseInt(file, 10)]);
}
