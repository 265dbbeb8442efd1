'use client';

import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { announceHydrated } from '@/client/hydration';
import type { SearchResponse } from '@/lib/search/client';
import { SearchFacets } from './SearchFacets';
import { SearchField } from './SearchField';
import { PrincipleSuggestion, SearchMessage, statusText } from './SearchMessage';
import { SearchResults } from './SearchResults';
import { loadClient } from './early-search';
import { useKeptScroll, useQueryText, useSearchRun, useUrlState, type Shown, type UrlState } from './search-state';
import { SEARCH_TEXT, SearchContext, useSearch } from './strings';

export type { Shown, UrlState };

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

/** Warms up the engine while the reader types; a failure here is reported by the search that follows. */
function warmUp() {
  loadClient()
    .then((client) => client.openEngine())
    .catch(() => undefined);
}

/**
 * The live part of /search/: the URL is the state (so results can be shared, reloaded and walked with back/forward);
 * the box updates it as the reader types, and every URL change runs the search.
 */
export function SearchApp({ idle }: { idle?: ReactNode }) {
  const { t, locale } = useSearch();
  const { current, url, asked } = useUrlState(locale);
  const { shown, showMore, retry } = useSearchRun(current, url, asked, locale);
  const box = useQueryText(current, locale);
  useKeptScroll(shown);
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLOListElement>(null);

  useEffect(announceHydrated, []);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    results.current?.querySelector<HTMLElement>('[data-result-link]')?.focus();
  }

  const response = shown.state === 'done' ? shown.response : shown.state === 'loading' ? shown.previous : undefined;
  return (
    <div className="pb-12">
      <SearchField
        value={box.text}
        inputRef={input}
        onChange={box.onChange}
        onSubmit={box.onSubmit}
        onFocus={warmUp}
        onBlur={box.endTyping}
        onKeyDown={onKeyDown}
      />
      <SearchStatus shown={shown} />
      {shown.state === 'idle' && idle}
      <SearchMessage shown={shown} current={current} onFollow={box.follow} onRetry={retry} />
      {response && <PrincipleSuggestion suggestions={response.suggestions} />}
      {response && response.items.length > 0 && (
        <div className="grid gap-x-8 gap-y-4 lg:grid-cols-[16rem_minmax(0,1fr)]">
          <FiltersPanel active={[current.principle, current.source, current.lang].filter(Boolean).length}>
            <SearchFacets response={response} current={current} onFollow={box.follow} />
          </FiltersPanel>
          <div className="min-w-0">
            <SearchResults items={response.items} listRef={results} inputRef={input} />
            <MoreButton response={response} onMore={showMore} label={t.more} />
          </div>
        </div>
      )}
    </div>
  );
}

/** The result count, or why there is none, for screen readers always and on screen when results are shown. */
function SearchStatus({ shown }: { shown: Shown }) {
  const { t } = useSearch();
  // When nothing matched, the message below says so in full: the status line then speaks to screen readers only.
  const silent = shown.state === 'done' && shown.response.items.length === 0;
  return (
    <p
      id="search-status"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      className={silent ? 'sr-only' : 'mb-4 min-h-6 text-sm text-muted wrap-anywhere'}
    >
      {statusText(shown, t)}
    </p>
  );
}

function MoreButton({
  response,
  onMore,
  label,
}: {
  response: SearchResponse;
  onMore: () => void;
  label: (count: number) => string;
}) {
  const left = response.total + response.partialTotal - response.items.length;
  if (left <= 0) return null;
  return (
    <button
      type="button"
      onClick={onMore}
      className="mt-4 rounded border border-line bg-surface px-4 py-2 text-sm text-ink hover:bg-page"
    >
      {label(left)}
    </button>
  );
}
