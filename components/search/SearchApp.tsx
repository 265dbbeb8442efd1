'use client';

import { useSearchParams } from 'next/navigation';
import {
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { announceHydrated } from '@/client/hydration';
import { splitLocale, type Locale } from '@/lib/i18n/locales';
import type { SearchResponse } from '@/lib/search/client';
import { searchUrl } from '@/lib/urls';
import { SearchFacets } from './SearchFacets';
import { SearchField } from './SearchField';
import { SearchMessage, statusText } from './SearchMessage';
import { SearchResults } from './SearchResults';
import { SEARCH_TEXT, SearchContext, useSearch } from './strings';
import type { Shown, UrlState } from './state';

/** Results per page, and per "more results". */
const PAGE = 20;
/** Typing pauses this long before the URL, and so the results, follow. */
const DEBOUNCE_MS = 200;

/** The engine's code and index are fetched on first use only: typing, focusing the box, or arriving with a query. */
const loadClient = () => import('@/lib/search/client');

/** The mark the bench waits for: the first results for the URL's query are on screen. */
export const RESULTS_PAINTED = 'results-painted';

/**
 * A query in the URL is searched for as soon as this code runs, while React is still hydrating the page, so that its
 * results paint as soon as the engine answers. Keyed as the search effect keys a search.
 */
const early: { key: string; response: Promise<SearchResponse> } | undefined = (() => {
  if (typeof window === 'undefined') return undefined;
  const params = new URLSearchParams(window.location.search);
  const current = {
    q: params.get('q') ?? '',
    principle: params.get('principle') ?? '',
    source: params.get('source') ?? '',
    lang: params.get('lang') ?? '',
  };
  if (!(current.q.trim() || current.principle || current.source || current.lang)) return undefined;
  const { locale } = splitLocale(window.location.pathname);
  const response = loadClient().then((client) => client.runSearch({ ...current, limit: PAGE, locale }));
  // Failures are reported by the effect that takes this search over.
  response.catch(() => undefined);
  return { key: `${searchUrl(current, locale)} ${PAGE} 0`, response };
})();
let earlyTaken = false;

/** The early search if it is this one (once), else a new one. */
function search(key: string, run: () => Promise<SearchResponse>): Promise<SearchResponse> {
  if (early && !earlyTaken && early.key === key) {
    earlyTaken = true;
    return early.response;
  }
  return run();
}

let painted = false;

/** Marks the first paint of results (after the frame that shows them). */
function markPainted() {
  if (painted) return;
  painted = true;
  requestAnimationFrame(() => setTimeout(() => performance.mark(RESULTS_PAINTED)));
}

/** Gives search's components the reader's language: around the search page's form and results. */
export function SearchProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <SearchContext value={{ locale, t: SEARCH_TEXT[locale] }}>{children}</SearchContext>;
}

/**
 * Filters beside the results on a wide screen; on a narrow one, behind one "Filter" button, so that the results come
 * first.
 */
function FiltersPanel({ active, children }: { active: number; children: ReactNode }) {
  const { t } = useSearch();
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="search-filters"
        onClick={() => setOpen(!open)}
        className="rounded border border-line bg-surface px-3 py-1 text-sm text-ink hover:bg-chip lg:hidden"
      >
        {t.filterToggle(active)}
      </button>
      <div id="search-filters" className={`${open ? 'mt-3 block' : 'hidden'} lg:mt-0 lg:block`}>
        {children}
      </div>
    </div>
  );
}

/**
 * The live part of /search/: the URL is the state (so results can be shared, reloaded and walked with back/forward);
 * the box updates it as the reader types, and every URL change runs the search.
 */
// eslint-disable-next-line max-lines-per-function -- split by the search-page issue
export function SearchApp({ idle }: { idle?: ReactNode }) {
  const { t, locale } = useSearch();
  const params = useSearchParams();
  const current: UrlState = {
    q: params.get('q') ?? '',
    principle: params.get('principle') ?? '',
    source: params.get('source') ?? '',
    lang: params.get('lang') ?? '',
  };
  const url = searchUrl(current, locale);
  const asked = Boolean(current.q.trim() || current.principle || current.source || current.lang);
  const [text, setText] = useState(current.q);
  const [more, setMore] = useState({ url, limit: PAGE });
  const limit = more.url === url ? more.limit : PAGE;
  const [attempt, setAttempt] = useState(0);
  const key = `${url} ${limit} ${attempt}`;
  const [settled, setSettled] = useState<{ key: string; response?: SearchResponse }>();
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLOListElement>(null);
  const debounce = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** While the reader keeps typing, the URL is replaced rather than pushed: back goes to the previous search. */
  const typing = useRef(false);

  useEffect(announceHydrated, []);

  // Back and forward change the URL under the box: show the query they lead to.
  useEffect(() => {
    const showUrlQuery = () => {
      clearTimeout(debounce.current);
      typing.current = false;
      setText(new URLSearchParams(window.location.search).get('q') ?? '');
    };
    window.addEventListener('popstate', showUrlQuery);
    return () => {
      window.removeEventListener('popstate', showUrlQuery);
      clearTimeout(debounce.current);
    };
  }, []);

  useEffect(() => {
    if (!asked) return;
    let stale = false;
    search(key, () => loadClient().then((client) => client.runSearch({ ...current, limit, locale }))).then(
      (response) => !stale && setSettled({ key, response }),
      () => !stale && setSettled({ key }),
    );
    return () => {
      stale = true;
    };
    // `key` stands for the URL's four parameters, the page size and retries.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const shown: Shown = !asked
    ? { state: 'idle' }
    : settled?.key !== key
      ? { state: 'loading', previous: settled?.response }
      : settled.response
        ? { state: 'done', response: settled.response }
        : { state: 'failed' };

  useEffect(() => {
    if (shown.state === 'done') markPainted();
  }, [shown.state]);

  function go(next: UrlState, how: 'push' | 'replace') {
    const href = searchUrl(next, locale);
    if (how === 'push') window.history.pushState(null, '', href);
    else window.history.replaceState(null, '', href);
  }

  /** A new burst of typing over a shown query starts a history entry; the rest of the burst replaces it. */
  function goTyped(q: string) {
    go({ ...current, q }, typing.current || !current.q ? 'replace' : 'push');
    typing.current = true;
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const q = event.target.value;
    setText(q);
    clearTimeout(debounce.current);
    debounce.current = setTimeout(() => goTyped(q), DEBOUNCE_MS);
  }

  /** Enter searches at once, without the form's page load. */
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearTimeout(debounce.current);
    if (text !== current.q) goTyped(text);
    typing.current = false;
  }

  /** Filters and suggestions are links (shareable, openable in a new tab); a plain click stays on this page. */
  function follow(next: UrlState) {
    clearTimeout(debounce.current);
    typing.current = false;
    setText(next.q);
    go(next, 'push');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    results.current?.querySelector<HTMLElement>('[data-result-link]')?.focus();
  }

  const response = shown.state === 'done' ? shown.response : shown.state === 'loading' ? shown.previous : undefined;
  return (
    <div className="pb-12">
      <SearchField
        value={text}
        inputRef={input}
        onChange={onChange}
        onSubmit={onSubmit}
        onFocus={() => {
          // Warm up while the reader types; a failure here is reported by the search that follows.
          loadClient()
            .then((client) => client.openEngine())
            .catch(() => undefined);
        }}
        onBlur={() => {
          typing.current = false;
        }}
        onKeyDown={onKeyDown}
      />
      {/* When nothing matched, the message below says so in full: the status line then speaks to screen readers
          only. */}
      <p
        id="search-status"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className={
          shown.state === 'done' && shown.response.items.length === 0
            ? 'sr-only'
            : 'mb-4 min-h-6 text-sm text-muted wrap-anywhere'
        }
      >
        {statusText(shown, t)}
      </p>
      {shown.state === 'idle' && idle}
      <SearchMessage shown={shown} current={current} onFollow={follow} onRetry={() => setAttempt(attempt + 1)} />
      {response && response.items.length > 0 && (
        <div className="grid gap-x-8 gap-y-4 lg:grid-cols-[16rem_minmax(0,1fr)]">
          <FiltersPanel active={[current.principle, current.source, current.lang].filter(Boolean).length}>
            <SearchFacets response={response} current={current} onFollow={follow} />
          </FiltersPanel>
          <div className="min-w-0">
            <SearchResults items={response.items} listRef={results} inputRef={input} />
            {response.total + response.partialTotal > response.items.length && (
              <button
                type="button"
                onClick={() => setMore({ url, limit: limit + PAGE })}
                className="mt-4 rounded border border-line bg-surface px-4 py-2 text-sm text-ink hover:bg-page"
              >
                {t.more(response.total + response.partialTotal - response.items.length)}
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
