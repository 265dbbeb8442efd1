import type { Locale } from '@/lib/i18n/locales';
import { MAX_QUERY_LENGTH } from '@/lib/search/limits';
import { searchUrl } from '@/lib/urls';

/** The box's words in the reader's language (lib/i18n/messages.ts), as templates the script fills. */
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
  /** The principle the query names, offered first: its label, and what the live region says ("{title}"). */
  principle: string;
  principleStatus: string;
  /** "{q}": a spelling the index knows, offered when nothing matches. */
  didYouMean: string;
}

/**
 * The header's search box, on every page: a plain GET form to /search/ (it works without script). client/search-box.ts
 * makes it a combobox that lists the top results while the reader types.
 */
export function SearchBox({ locale, strings }: { locale: Locale; strings: SearchBoxStrings }) {
  return (
    <form
      role="search"
      aria-label={strings.form}
      action={searchUrl({}, locale)}
      method="get"
      data-search-box
      data-locale={locale}
      data-all={strings.all}
      data-none={strings.none}
      data-count={strings.count}
      data-commentary={strings.commentary}
      data-principle={strings.principle}
      data-principle-status={strings.principleStatus}
      data-did-you-mean={strings.didYouMean}
      className="relative flex min-w-0 flex-1 items-center sm:max-w-xs"
    >
      <label htmlFor="site-search" className="sr-only">
        {strings.label}
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded="false"
        aria-controls="site-search-results"
        placeholder={strings.placeholder}
        autoComplete="off"
        maxLength={MAX_QUERY_LENGTH}
        className="w-full min-w-0 rounded border border-line bg-surface px-3 py-1.5 text-sm text-ink placeholder:text-muted"
      />
      <p className="sr-only" role="status" aria-live="polite"></p>
      <ul
        id="site-search-results"
        role="listbox"
        aria-label={strings.results}
        hidden
        className="absolute top-full right-0 left-0 z-20 mt-1 max-h-[70vh] overflow-y-auto rounded border border-line bg-surface py-1 shadow-lg sm:left-auto sm:w-[min(34rem,calc(100vw-2rem))]"
      />
    </form>
  );
}
