'use client';

import type { ChangeEvent, FormEvent, KeyboardEvent, RefObject } from 'react';
import { MAX_QUERY_LENGTH } from '@/lib/search/limits';
import { searchUrl } from '@/lib/urls';
import { useSearch } from './strings';

/**
 * The search box of the search page. A plain GET form, so that it works before the page's script runs (it is also the
 * prerendered placeholder); the search app makes it live.
 */
export function SearchField({
  value,
  inputRef,
  onChange,
  onSubmit,
  onFocus,
  onBlur,
  onKeyDown,
}: {
  value?: string;
  inputRef?: RefObject<HTMLInputElement | null>;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  onFocus?: () => void;
  onBlur?: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}) {
  const { t, locale } = useSearch();
  return (
    <form
      role="search"
      aria-label={t.passagesForm}
      action={searchUrl({}, locale)}
      method="get"
      onSubmit={onSubmit}
      className="mb-4 max-w-[70ch]"
    >
      <label htmlFor="search-page-q" className="mb-1 block text-sm font-medium text-ink">
        {t.fieldLabel}
      </label>
      <input
        ref={inputRef}
        id="search-page-q"
        data-primary-search
        name="q"
        type="search"
        value={value}
        onChange={onChange}
        onFocus={onFocus}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        aria-describedby="search-status"
        className="w-full rounded border border-line bg-surface px-3 py-2 text-base text-ink placeholder:text-muted"
        placeholder={t.fieldPlaceholder}
      />
    </form>
  );
}
