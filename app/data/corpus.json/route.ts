import { getCorpus } from '@/lib/corpus';
import { corpusJson } from '@/lib/publish/corpus-json';

export const dynamic = 'force-static';

/** `out/data/corpus.json`: the typed model, published for researchers and tests. */
export function GET() {
  return Response.json(corpusJson(getCorpus()));
}
