'use client';

import { splitLocale } from '@/lib/i18n/locales';
import type { SearchResponse } from '@/lib/search/client';
import { searchUrl } from '@/lib/urls';

/** The mark the bench waits for: the first results for the URL's query are on screen. */
export const RESULTS_PAINTED = 'results-painted';

/** Results per page, and per "more results". */
export const PAGE = 20;

/** The engine's code and index are fetched on first use only: typing, focusing the box, or arriving with a query. */
export const loadClient = () => import('@/lib/search/client');

let early: { key: string; response: Promise<SearchResponse> } | undefined;
let earlyTaken = false;

/** On the prerendered examples and principles (`data-search-idle`): they are shown (app/globals.css). */
export const IDLE_SHOWN = 'data-search-idle-shown';

/**
 * A query in the URL is searched for as soon as the page's script runs, while React is still loading, so that its
 * results paint as soon as the engine answers. Keyed as useSearchRun keys a search (`url limit attempt`). Whether the
 * URL asks anything.
 */
export function startEarlySearch(): boolean {
  if (typeof window === 'undefined') return false;
  if (early) return true;
  const params = new URLSearchParams(window.location.search);
  const current = {
    q: params.get('q') ?? '',
    principle: params.get('principle') ?? '',
    source: params.get('source') ?? '',
    lang: params.get('lang') ?? '',
  };
  if (!(current.q.trim() || current.principle || current.source || current.lang)) return false;
  const { locale } = splitLocale(window.location.pathname);
  const response = loadClient().then((client) => client.runSearch({ ...current, limit: PAGE, locale }));
  // Failures are reported by the effect that takes this search over.
  response.catch(() => undefined);
  early = { key: `${searchUrl(current, locale)} ${PAGE} 0`, response };
  return true;
}

/** The early search if it is this one (once), else a new one. */
export function takeSearch(key: string, run: () => Promise<SearchResponse>): Promise<SearchResponse> {
  if (early && !earlyTaken && early.key === key) {
    earlyTaken = true;
    return early.response;
  }
  return run();
}

let painted = false;

/** Marks the first paint of results (after the frame that shows them). */
export function markPainted(): void {
  if (painted) return;
  painted = true;
  requestAnimationFrame(() => setTimeout(() => performance.mark(RESULTS_PAINTED)));
}
