'use client';

import {
  startTransition,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
  type FormEvent,
} from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { SearchResponse } from '@/lib/search/client';
import { searchUrl, type SearchParams } from '@/lib/urls';
import { loadClient, markPainted, PAGE, takeSearch } from './early-search';

/** Typing pauses this long before the URL, and so the results, follow. */
const DEBOUNCE_MS = 200;

export type Shown =
  | { state: 'idle' }
  | { state: 'loading'; previous?: SearchResponse }
  | { state: 'done'; response: SearchResponse }
  | { state: 'failed' };

/** The search state in the URL; an empty string is an unset parameter. */
export type UrlState = Required<SearchParams>;

/** Said on the window when this page changes its own address (the History API itself says nothing). */
const URL_CHANGED = 'search:url';

function onUrlChange(listener: () => void) {
  window.addEventListener('popstate', listener);
  window.addEventListener(URL_CHANGED, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(URL_CHANGED, listener);
  };
}

/** The address's query string, followed through back, forward and this page's own changes. */
function useLocationSearch(): string {
  return useSyncExternalStore(onUrlChange, () => window.location.search);
}

/** The URL's search state, its canonical address, and whether it asks anything. */
export function useUrlState(locale: Locale) {
  const params = new URLSearchParams(useLocationSearch());
  const current: UrlState = {
    q: params.get('q') ?? '',
    principle: params.get('principle') ?? '',
    source: params.get('source') ?? '',
    lang: params.get('lang') ?? '',
  };
  const asked = Boolean(current.q.trim() || current.principle || current.source || current.lang);
  return { current, url: searchUrl(current, locale), asked };
}

/** Runs the search the URL asks for (again on "more results" and "try again"), and what to show meanwhile. */
export function useSearchRun(current: UrlState, url: string, asked: boolean, locale: Locale) {
  const [more, setMore] = useState({ url, limit: PAGE });
  const limit = more.url === url ? more.limit : PAGE;
  const [attempt, setAttempt] = useState(0);
  const key = `${url} ${limit} ${attempt}`;
  const [settled, setSettled] = useState<{ key: string; response?: SearchResponse }>();

  useEffect(() => {
    if (!asked) return;
    let stale = false;
    // Results are drawn as a transition, which React renders in slices, yielding to the browser between them.
    const settle = (response?: SearchResponse) => !stale && startTransition(() => setSettled({ key, response }));
    takeSearch(key, () => loadClient().then((client) => client.runSearch({ ...current, limit, locale }))).then(
      settle,
      () => settle(),
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
  return {
    shown,
    showMore: () => setMore({ url, limit: limit + PAGE }),
    retry: () => setAttempt(attempt + 1),
  };
}

/**
 * The box's text and the URL it leads to: typing replaces the URL after a pause (a new burst over a shown query
 * pushes one history entry), Enter searches at once, back and forward show the query they lead to.
 */
export function useQueryText(current: UrlState, locale: Locale) {
  const [text, setText] = useState(current.q);
  const debounce = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** While the reader keeps typing, the URL is replaced rather than pushed: back goes to the previous search. */
  const typing = useRef(false);

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

  function go(next: UrlState, how: 'push' | 'replace') {
    const href = searchUrl(next, locale);
    if (how === 'push') window.history.pushState(null, '', href);
    else window.history.replaceState(null, '', href);
    window.dispatchEvent(new Event(URL_CHANGED));
  }

  function goTyped(q: string) {
    go({ ...current, q }, typing.current || !current.q ? 'replace' : 'push');
    typing.current = true;
  }

  return {
    text,
    onChange(event: ChangeEvent<HTMLInputElement>) {
      const q = event.target.value;
      setText(q);
      clearTimeout(debounce.current);
      debounce.current = setTimeout(() => goTyped(q), DEBOUNCE_MS);
    },
    /** Enter searches at once, without the form's page load. */
    onSubmit(event: FormEvent<HTMLFormElement>) {
      event.preventDefault();
      clearTimeout(debounce.current);
      if (text !== current.q) goTyped(text);
      typing.current = false;
    },
    /** Filters and suggestions are links (shareable, openable in a new tab); a plain click stays on this page. */
    follow(next: UrlState) {
      clearTimeout(debounce.current);
      typing.current = false;
      setText(next.q);
      go(next, 'push');
    },
    endTyping() {
      typing.current = false;
    },
  };
}

/**
 * Back to this page keeps the reader's place. The browser's back/forward cache restores the page as it was (nothing
 * here keeps the page out of it: no unload handler, no open connection). Where the page is loaded anew instead, the
 * scroll position saved in its history entry on leaving is restored once the same results are shown again.
 */
export function useKeptScroll(shown: Shown) {
  const restored = useRef(false);
  useEffect(() => {
    const save = () => window.history.replaceState({ ...window.history.state, [SCROLL_KEY]: window.scrollY }, '');
    window.addEventListener('pagehide', save);
    return () => window.removeEventListener('pagehide', save);
  }, []);
  useEffect(() => {
    if (restored.current || shown.state !== 'done') return;
    restored.current = true;
    const saved = keptScroll();
    if (saved > 0) window.scrollTo(0, saved);
  }, [shown.state]);
}

const SCROLL_KEY = 'searchScroll';

/** The scroll position this history entry saved on leaving the page, or 0. */
export function keptScroll(): number {
  const saved: unknown = window.history.state?.[SCROLL_KEY];
  return typeof saved === 'number' ? saved : 0;
}
