/**
 * Every English string of search (the search page and the header's box), in one place: a later change translates the
 * interface. lib/search names things by code and number; these say them in words.
 */
import { MAX_QUERY_LENGTH, MAX_QUERY_TOKENS } from '@/lib/search/limits';

export const LANGUAGE_NAMES: Record<string, string> = { en: 'English', zh: 'Chinese' };

export const FILTER_NAMES = { principle: 'principle', source: 'source', lang: 'language' } as const;

/** A count as said: an estimate rounded to two significant digits, "about 1,000". */
export function countText(count: number, estimated: boolean): string {
  if (!estimated || count < 100) return (estimated ? 'about ' : '') + count.toLocaleString('en');
  const step = 10 ** (Math.floor(Math.log10(count)) - 1);
  return `about ${(Math.round(count / step) * step).toLocaleString('en')}`;
}

/** A query as echoed back: a pasted page is not read out in full. */
export function echo(text: string): string {
  const characters = Array.from(text);
  return characters.length > 60 ? `${characters.slice(0, 60).join('')}…` : text;
}

const passages = (count: number, estimated: boolean) => `${countText(count, estimated)} ${count === 1 && !estimated ? 'passage' : 'passages'}`;

export const SEARCH_TEXT = {
  searching: 'Searching…',
  failed: 'Search could not load.',
  failedLong: 'The search index could not be loaded. Check your connection, then try again.',
  retry: 'Try again',
  noWords: (query: string) => `Nothing to search for in “${echo(query)}”.`,
  noWordsLong: 'has no letters, numbers or Chinese characters to look for. Try words, or a phrase in "double quotes".',
  shortened: `That search was long: only its first ${MAX_QUERY_LENGTH} characters, at most ${MAX_QUERY_TOKENS} words, were used.`,
  found: (count: number, estimated: boolean, asked: string) => `${passages(count, estimated)} ${count === 1 && !estimated ? 'matches' : 'match'} ${asked}.`,
  alsoPartial: (count: number, estimated: boolean) => ` ${passages(count, estimated)} more ${count === 1 && !estimated ? 'holds' : 'hold'} some of the words.`,
  onlyPartial: (count: number, estimated: boolean, asked: string) =>
    `No passage holds every word of ${asked}; ${passages(count, estimated)} ${count === 1 && !estimated ? 'holds' : 'hold'} some of them.`,
  none: (asked: string) => `No passage matches ${asked}.`,
  askedQuery: (query: string) => `“${echo(query)}”`,
  askedFilters: 'the filters',
  noResultsHeading: 'No passage matches',
  theseFilters: 'these filters',
  withoutFilters: 'all sources, without the filters',
  searchPrefix: 'Search',
  didYouMean: 'Did you mean',
  tip: 'Fewer words, or no quotes, match more: words are found in any order, and the last one as the start of a word.',
  unknownFilter: (filter: keyof typeof FILTER_NAMES, value: string) => `There is no ${FILTER_NAMES[filter]} “${echo(value)}” in this reader, so the results are not limited by ${FILTER_NAMES[filter]}.`,
  removeFilter: 'Remove it from the address',
  partialBadge: 'Some of the words',
  translationOf: 'Translation',
  more: (count: number) => `Show more results (${count} more)`,
  filterHeading: { lang: 'Language', principle: 'Principle', source: 'Source' },
  anyValue: { lang: 'Any language', principle: 'Any principle', source: 'Any source' },
  filterResults: 'Filter results',
  results: 'Results',
} as const;
