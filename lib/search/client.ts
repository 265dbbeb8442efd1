/**
 * The search page's engine room, loaded by a dynamic import the first time search is used, so that no page pays for
 * it (nor for FlexSearch, nor for any index file) until then. Fetches the manifest once, shards and passage texts as
 * queries need them, and turns a search into what the page shows.
 */
import { passageUrl, SEARCH_MANIFEST_URL, searchChunkUrl, searchShardUrl } from '../urls';
import { SearchEngine, type FacetCount, type SearchFilters } from './engine';
import type { IndexedSource, SearchManifest } from './files';
import { excerpt, matchedWords, matchRanges, type Excerpt } from './highlight';
import { parseQuery, type ParsedQuery } from './query';
import { otherLanguageTerms, spellingSuggestion, type TermSuggestion } from './suggest';

export interface SearchRequest extends SearchFilters {
  q: string;
  limit: number;
}

export interface ResultItem {
  /** The passage's page, with the matched words to mark there (`?hl=`), at the passage (`#id`). */
  href: string;
  passageId: string;
  source: IndexedSource;
  languageName: string;
  excerpt: Excerpt;
  principles: { id: string; title: string }[];
}

export interface LabelledFacet extends FacetCount {
  label: string;
  /** The label's language, where it is not English. */
  lang?: string;
}

export interface SearchResponse {
  query: ParsedQuery;
  total: number;
  items: ResultItem[];
  facets: { lang: LabelledFacet[]; principle: LabelledFacet[]; source: LabelledFacet[] };
  /** Names of the active filters' values, also when no result has them. */
  filterLabels: { principle?: string; source?: string };
  /** Only when nothing matched. */
  spelling?: string;
  otherLanguage: (TermSuggestion & { languageName: string })[];
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', zh: 'Chinese' };

let opening: Promise<SearchEngine> | undefined;

/** The engine, created on first use; a failed download is tried again on the next call. */
export function openEngine(): Promise<SearchEngine> {
  opening ??= fetchJson<SearchManifest>(SEARCH_MANIFEST_URL, 'no-cache').then(
    (manifest) =>
      new SearchEngine(manifest, {
        shard: (n) => fetchJson(searchShardUrl(n, manifest.version)),
        chunk: (n) => fetchJson(searchChunkUrl(n, manifest.version)),
      }),
    (error: unknown) => {
      opening = undefined;
      throw error;
    },
  );
  return opening;
}

export async function runSearch(request: SearchRequest): Promise<SearchResponse> {
  const engine = await openEngine();
  const { manifest } = engine;
  const query = parseQuery(request.q);
  await engine.prepare(query);
  const outcome = engine.search(query, request, request.limit);
  const passages = await engine.passages(outcome.ids);
  const principleTitles = new Map(manifest.principles.map((principle) => [principle.id, principle.title]));
  const sources = new Map(manifest.sources.map((source) => [source.slug, source]));

  const items = passages.map((passage): ResultItem => {
    const ranges = matchRanges(passage.text, query);
    return {
      href: passageUrl(passage.source.slug, passage.id, matchedWords(passage.text, ranges)),
      passageId: passage.id,
      source: passage.source,
      languageName: LANGUAGE_NAMES[passage.source.language] ?? passage.source.language,
      excerpt: excerpt(passage.text, ranges),
      principles: passage.principles.map(({ id, title }) => ({ id, title })),
    };
  });
  const label = (names: Map<string, string>) => (facet: FacetCount): LabelledFacet => ({ ...facet, label: names.get(facet.value) ?? facet.value });
  const nothing = outcome.total === 0 && query.tokens.length > 0;
  return {
    query,
    total: outcome.total,
    items,
    facets: {
      lang: outcome.facets.lang.map(label(new Map(Object.entries(LANGUAGE_NAMES)))),
      principle: outcome.facets.principle.map(label(principleTitles)),
      source: outcome.facets.source.map((facet) => {
        const source = sources.get(facet.value);
        return { ...facet, label: source?.title ?? facet.value, ...(source?.language !== 'en' && { lang: source?.language }) };
      }),
    },
    filterLabels: {
      principle: request.principle && principleTitles.get(request.principle),
      source: request.source && sources.get(request.source)?.title,
    },
    spelling: nothing ? spellingSuggestion(query, (token) => engine.vocabularyNear(token)) : undefined,
    otherLanguage: nothing
      ? otherLanguageTerms(query, manifest.principles).map((suggestion) => ({ ...suggestion, languageName: LANGUAGE_NAMES[suggestion.language] }))
      : [],
  };
}

async function fetchJson<T>(url: string, cache?: RequestCache): Promise<T> {
  const response = await fetch(url, cache && { cache });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
