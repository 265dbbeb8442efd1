/**
 * Search's words (lib/i18n/search.ts) with this site's query limits filled in, and the context through which the
 * search page and the header box give their components the reader's language.
 */
import { createContext, useContext } from 'react';
import { SEARCH_WORDS, type SearchWords } from '@/lib/i18n/search';
import type { Locale } from '@/lib/i18n/locales';
import { MAX_QUERY_LENGTH, MAX_QUERY_TOKENS } from '@/lib/search/limits';

export { echo } from '@/lib/i18n/search';

export type SearchText = Omit<SearchWords, 'shortened'> & { shortened: string };

function withLimits(words: SearchWords): SearchText {
  return { ...words, shortened: words.shortened(MAX_QUERY_LENGTH, MAX_QUERY_TOKENS) };
}

export const SEARCH_TEXT: Record<Locale, SearchText> = {
  en: withLimits(SEARCH_WORDS.en),
  zh: withLimits(SEARCH_WORDS.zh),
};

export interface SearchSettings {
  locale: Locale;
  t: SearchText;
}

/** The reader's language for search's components: set by the search page and the header box. */
export const SearchContext = createContext<SearchSettings>({ locale: 'en', t: SEARCH_TEXT.en });

export function useSearch(): SearchSettings {
  return useContext(SearchContext);
}
