/**
 * Search in the browser, loaded by a dynamic import the first time search is used (the search page, or the header's
 * box), so that no page pays for it, nor for any index file, until then. It only fetches the index's files (the
 * manifest once, the rest as queries need them) and turns the engine's answer (engine.ts `answer`) into links: to each
 * passage with its matched words marked (`?hl=`), and to the pages suggested.
 */
import type { Locale } from '../i18n/locales';
import {
  passageUrl,
  principleUrl,
  SEARCH_MANIFEST_URL,
  searchNamesUrl,
  searchPrinciplesUrl,
  searchShardUrl,
  searchTextUrl,
  searchUrl,
} from '../urls';
import type { Answer, AnswerPassage, AnswerRequest, AnswerResult, Suggestion } from './answer';
import { SearchEngine } from './engine';
import type { SearchManifest } from './files';

export type { LabelledFacet, Reason } from './answer';
export type SearchRequest = AnswerRequest;

export interface ResultPassage extends AnswerPassage {
  /** The passage's page, with the matched words to mark there (`?hl=`), at the passage (`#id`). */
  href: string;
}

export interface ResultItem extends Omit<AnswerResult, 'passages'> {
  passages: ResultPassage[];
}

export type LinkedSuggestion = Suggestion & { href: string };

export interface SearchResponse extends Omit<Answer, 'results' | 'suggestions'> {
  items: ResultItem[];
  suggestions: LinkedSuggestion[];
}

let opening: Promise<SearchEngine> | undefined;

/**
 * The engine's pause between steps (engine.ts `Pause`): a message to this page's own port is a new task, so the
 * browser paints and handles input in between (a timer would be clamped to 4 ms once nested).
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** The engine, created on first use; a failed download is tried again on the next call. */
export function openEngine(): Promise<SearchEngine> {
  opening ??= fetchJson<SearchManifest>(SEARCH_MANIFEST_URL, 'no-cache').then(
    (manifest) =>
      new SearchEngine(
        manifest,
        {
          principles: () => fetchJson(searchPrinciplesUrl(manifest.version)),
          shard: (n) => fetchJson(searchShardUrl(n, manifest.version)),
          text: (n) => fetchJson(searchTextUrl(n, manifest.version)),
          names: (n) => fetchJson(searchNamesUrl(n, manifest.version)),
        },
        yieldToPage,
      ),
    (error: unknown) => {
      opening = undefined;
      throw error;
    },
  );
  return opening;
}

/** The engine's answer, with links in the reader's language. */
export async function runSearch(request: SearchRequest): Promise<SearchResponse> {
  const engine = await openEngine();
  const { results, suggestions, ...answer } = await engine.answer(request);
  const { locale } = request;
  return {
    ...answer,
    items: results.map((result) => ({
      ...result,
      passages: result.passages.map((passage) => ({
        ...passage,
        href: passageUrl(passage.source.slug, passage.passageId, passage.marked, locale),
      })),
    })),
    suggestions: suggestions.map((suggestion) => ({ ...suggestion, href: suggestionUrl(suggestion, request, locale) })),
  };
}

function suggestionUrl(suggestion: Suggestion, request: SearchRequest, locale: Locale): string {
  if (suggestion.kind === 'principle') return principleUrl(suggestion.id, locale);
  const { principle, source, lang } = request;
  return searchUrl({ q: suggestion.q, principle, source, lang }, locale);
}

async function fetchJson<T>(url: string, cache?: RequestCache): Promise<T> {
  const response = await fetch(url, cache && { cache });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
