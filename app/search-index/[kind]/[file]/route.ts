import { getSearchIndex } from '@/lib/search/build';

export const dynamic = 'force-static';
export const dynamicParams = false;

/**
 * The search index's numbered files (lib/search/files.ts): `shards/<n>.json`, the postings split by token;
 * `texts/<n>.json`, a source's passages; `names/<n>.json`, sources' slugs and titles.
 */
const FILES = {
  shards: () => getSearchIndex().shards,
  texts: () => getSearchIndex().texts,
  names: () => getSearchIndex().names,
};

interface Params {
  kind: keyof typeof FILES;
  file: string;
}

export function generateStaticParams(): Params[] {
  return (Object.keys(FILES) as Params['kind'][]).flatMap((kind) =>
    FILES[kind]().map((_: unknown, n: number) => ({ kind, file: `${n}.json` })),
  );
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { kind, file } = await params;
  return Response.json(FILES[kind]()[Number.parseInt(file, 10)]);
}
