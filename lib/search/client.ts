/**
 * Search in the browser, loaded by a dynamic import the first time search is used (the search page, or the header's
 * box), so that no page pays for it, nor for any index file, until then. Fetches the manifest once and the other
 * files as queries need them, and turns a search into what the page shows. Names things by code (languages,
 * filters): the components say them in words.
 */
import {
  passageUrl,
  SEARCH_MANIFEST_URL,
  searchNamesUrl,
  searchPrinciplesUrl,
  searchShardUrl,
  searchTextUrl,
} from '../urls';
import { SearchEngine, type FacetCount, type PassageResult, type SearchFilters } from './engine';
import type { Slot } from './expand';
import type { Locale } from '../i18n/locales';
import type { IndexedSource, SearchManifest } from './files';
import { excerpt, matchedWords, matchRanges, type Excerpt } from './highlight';
import type { ParsedQuery } from './query';
import { spellingSuggestion } from './suggest';

export interface SearchRequest extends SearchFilters {
  q: string;
  limit: number;
  /** The interface's language: result links stay in it, principles are named in it. */
  locale: Locale;
  /** Characters of each excerpt (default: excerpt()'s). */
  excerptLength?: number;
}

export interface ResultPassage {
  /** The passage's page, with the matched words to mark there (`?hl=`), at the passage (`#id`). */
  href: string;
  passageId: string;
  source: IndexedSource;
  excerpt: Excerpt;
  /** The query matched here (not only in the other language's version). */
  matched: boolean;
}

/** One result: a passage, or an original paragraph shown with its translations. */
export interface ResultItem {
  key: string;
  /** Holds only some of the query's words. */
  partial: boolean;
  passages: ResultPassage[];
  principles: { id: string; title: string; titleZh: string }[];
}

export interface LabelledFacet extends FacetCount {
  label: string;
  /** The label's language, where it is not English. */
  lang?: string;
}

export interface SearchResponse {
  query: ParsedQuery;
  /** Results holding the whole query. */
  total: number;
  /** Results holding part of it, listed after those when they are fewer than a page. */
  partialTotal: number;
  /** The totals are estimates. */
  estimated: boolean;
  items: ResultItem[];
  /** Language facets are labelled by code; the page names them. */
  facets: { lang: FacetCount[]; principle: LabelledFacet[]; source: LabelledFacet[] };
  /** Names of the active filters' values, also when no result has them. */
  filterLabels: { principle?: string; source?: string };
  /** Filter values the index does not know: not applied. */
  unknownFilters: { filter: keyof SearchFilters; value: string }[];
  /** Only when nothing matched. */
  spelling?: string;
}

let opening: Promise<SearchEngine> | undefined;

/** The engine, created on first use; a failed download is tried again on the next call. */
export function openEngine(): Promise<SearchEngine> {
  opening ??= fetchJson<SearchManifest>(SEARCH_MANIFEST_URL, 'no-cache').then(
    (manifest) =>
      new SearchEngine(manifest, {
        principles: () => fetchJson(searchPrinciplesUrl(manifest.version)),
        shard: (n) => fetchJson(searchShardUrl(n, manifest.version)),
        text: (n) => fetchJson(searchTextUrl(n, manifest.version)),
        names: (n) => fetchJson(searchNamesUrl(n, manifest.version)),
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
  const query = engine.parse(request.q);
  const outcome = await engine.search(query, request, request.limit);
  const groups = await engine.passages(outcome.works);
  const principleTitles = new Map(
    engine.manifest.principles.map((principle) => [
      principle.id,
      request.locale === 'zh' ? principle.titleZh : principle.title,
    ]),
  );
  return {
    query,
    total: outcome.total,
    partialTotal: outcome.partialTotal,
    estimated: outcome.estimated,
    items: groups.map((group, i) => resultItem(group, outcome.slots, outcome.partial[i], request)),
    facets: {
      lang: outcome.facets.lang,
      principle: outcome.facets.principle.map((facet) => ({
        ...facet,
        label: principleTitles.get(facet.value) ?? facet.value,
      })),
      source: outcome.facets.source.map((facet) => sourceFacet(engine, facet)),
    },
    filterLabels: {
      principle: request.principle && principleTitles.get(request.principle),
      source: request.source && engine.sourceTitle(request.source),
    },
    unknownFilters: outcome.unknownFilters.map((filter) => ({ filter, value: request[filter] ?? '' })),
    spelling:
      outcome.total === 0 && query.tokens.length > 0
        ? spellingSuggestion(query, (token) => engine.vocabularyNear(token))
        : undefined,
  };
}

function resultItem(
  group: PassageResult[],
  slots: Slot[],
  partial: boolean,
  { excerptLength, locale }: SearchRequest,
): ResultItem {
  const passages = group.map((passage): ResultPassage => {
    const ranges = matchRanges(passage.text, slots);
    return {
      href: passageUrl(passage.source.slug, passage.id, matchedWords(passage.text, ranges), locale),
      passageId: passage.id,
      source: passage.source,
      excerpt: excerpt(passage.text, ranges, excerptLength),
      matched: ranges.length > 0,
    };
  });
  const principles = new Map(
    group.flatMap((passage) => passage.principles.map(({ id, title, titleZh }) => [id, { id, title, titleZh }])),
  );
  return { key: `${group[0].source.slug}#${group[0].id}`, partial, passages, principles: [...principles.values()] };
}

function sourceFacet(engine: SearchEngine, facet: FacetCount): LabelledFacet {
  const s = engine.store.sourceNumber(facet.value);
  const name = s === undefined ? undefined : engine.store.sourceName(s);
  return { ...facet, label: name?.[1] ?? facet.value, ...(name && name[2] !== 'en' && { lang: name[2] }) };
}

async function fetchJson<T>(url: string, cache?: RequestCache): Promise<T> {
  const response = await fetch(url, cache && { cache });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
