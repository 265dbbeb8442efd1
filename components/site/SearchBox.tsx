'use client';

import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { displayName } from '@/lib/i18n/source-name';
import { MarkedExcerpt } from '@/components/search/MarkedExcerpt';
import type { Locale } from '@/lib/i18n/locales';
import { fill } from '@/lib/i18n/template';
import type { ResultItem, ResultPassage } from '@/lib/search/client';
import { MAX_QUERY_LENGTH } from '@/lib/search/limits';
import { searchUrl } from '@/lib/urls';

/**
 * The box's words in the reader's language (lib/i18n/messages.ts), as templates: a function cannot reach the client.
 */
export interface SearchBoxStrings {
  form: string;
  label: string;
  placeholder: string;
  results: string;
  /** "{q}": the query. */
  all: string;
  none: string;
  /** "{count}": how many results are shown. */
  count: string;
  commentary: string;
}

/** Results shown while typing: enough to find a quote, few enough to read at a glance. */
const SHOWN = 6;
const DEBOUNCE_MS = 120;
const EXCERPT = 140;

/** The engine's code and index are fetched on first focus or typing only: no page pays for them before. */
const loadClient = () => import('@/lib/search/client');

/**
 * The header's search box, on every page: a plain GET form to /search/ (it works without JavaScript) that shows the
 * top results while the reader types, as a combobox with a listbox of results. Arrow keys choose a result and Enter
 * opens it; Enter on the query itself opens the search page. "/" and Ctrl/Cmd-K focus it from anywhere.
 */
// eslint-disable-next-line max-lines-per-function -- split by the reading-pages issue
export function SearchBox({ locale, strings }: { locale: Locale; strings: SearchBoxStrings }) {
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const results = usePreview(text, locale);
  useFocusShortcut(input);

  const options = results && results.q === text.trim() ? results.items : [];
  const expanded = open && text.trim() !== '' && results !== undefined;
  const all = searchUrl({ q: text.trim() }, locale);
  const optionId = (i: number) => `site-search-option-${i}`;

  function go(href: string) {
    window.location.assign(href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length + 1; // the results, then "all results"
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((at) => (event.key === 'ArrowDown' ? (at + 1) % count : at <= 0 ? count - 1 : at - 1));
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      go(active < options.length ? shownPassage(options[active], text).href : all);
    }
  }

  return (
    <form
      role="search"
      aria-label={strings.form}
      action={searchUrl({}, locale)}
      method="get"
      className="relative flex min-w-0 flex-1 items-center sm:max-w-xs"
    >
      <label htmlFor="site-search" className="sr-only">
        {strings.label}
      </label>
      <input
        ref={input}
        id="site-search"
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls="site-search-results"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          setOpen(true);
          loadClient()
            .then((client) => client.openEngine())
            .catch(() => undefined);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        placeholder={strings.placeholder}
        autoComplete="off"
        maxLength={MAX_QUERY_LENGTH}
        className="w-full min-w-0 rounded border border-line bg-surface px-3 py-1.5 text-sm text-ink placeholder:text-muted"
      />
      <p className="sr-only" role="status" aria-live="polite">
        {expanded ? (options.length === 0 ? strings.none : fill(strings.count, { count: options.length })) : ''}
      </p>
      <ul
        id="site-search-results"
        role="listbox"
        aria-label={strings.results}
        hidden={!expanded}
        className="absolute top-full right-0 left-0 z-20 mt-1 max-h-[70vh] overflow-y-auto rounded border border-line bg-surface py-1 shadow-lg sm:left-auto sm:w-[min(34rem,calc(100vw-2rem))]"
      >
        {options.map((item, i) => (
          <Option
            key={item.key}
            id={optionId(i)}
            passage={shownPassage(item, text)}
            commentary={strings.commentary}
            active={i === active}
            onChoose={() => go(shownPassage(item, text).href)}
          />
        ))}
        <li
          id={optionId(options.length)}
          role="option"
          aria-selected={active === options.length}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => go(all)}
          className={`cursor-pointer px-3 py-2 text-sm font-semibold text-ink wrap-anywhere ${active === options.length ? 'bg-chip' : ''}`}
        >
          {fill(strings.all, { q: text.trim() })}
        </li>
      </ul>
    </form>
  );
}

/** Of an original and its translation, the one in the query's language that matched, else any that matched. */
function shownPassage(item: ResultItem, query: string): ResultPassage {
  const chinese = /\p{Script=Han}/u.test(query);
  const matched = item.passages.filter((passage) => passage.matched);
  return matched.find((passage) => (passage.source.language === 'zh') === chinese) ?? matched[0] ?? item.passages[0];
}

function Option({
  id,
  passage,
  commentary,
  active,
  onChoose,
}: {
  id: string;
  passage: ResultPassage;
  commentary: string;
  active: boolean;
  onChoose: () => void;
}) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      // Keeps focus in the box, so the list stays open for the click.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
      className={`cursor-pointer border-b border-line px-3 py-2 text-sm ${active ? 'bg-chip' : ''}`}
    >
      <span className="block text-xs font-semibold text-muted" lang={passage.source.language}>
        {displayName(passage.source, commentary)}
      </span>
      <span className="line-clamp-3 font-serif text-ink" lang={passage.source.language}>
        <MarkedExcerpt excerpt={passage.excerpt} language={passage.source.language} />
      </span>
    </li>
  );
}

/** The top results for the text as typed, after a pause; undefined until the first arrive. */
function usePreview(text: string, locale: Locale) {
  const [results, setResults] = useState<{ q: string; items: ResultItem[] }>();
  useEffect(() => {
    const q = text.trim();
    if (q === '') return;
    let stale = false;
    const timer = setTimeout(() => {
      loadClient()
        .then((client) => client.runSearch({ q, limit: SHOWN, excerptLength: EXCERPT, locale }))
        .then(
          (response) => !stale && setResults({ q, items: response.items }),
          // A failed search leaves the box a plain form: Enter still opens the search page, which says what failed.
          () => !stale && setResults({ q, items: [] }),
        );
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [text, locale]);
  return results;
}

/** "/" and Ctrl/Cmd-K focus the search box; on the search page its own box takes them. */
function useFocusShortcut(input: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      const typing = target?.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target?.tagName ?? '');
      const shortcut = (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing);
      if (!shortcut) return;
      event.preventDefault();
      const box = document.querySelector<HTMLInputElement>('[data-primary-search]') ?? input.current;
      box?.focus();
      box?.select();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input]);
}
