/**
 * The words of search (the search page and the header's box), in English and Chinese. lib/search names things by
 * code and number; these say them in words. Both languages ship with the (lazily loaded) search code: a few hundred
 * bytes, against a request per language. Query limits are passed in (`shortened`), so this catalogue depends on no
 * search module.
 */
import type { Locale } from './locales';
import { ellipsis } from './punctuation';

/** Characters of a query or filter value echoed back before it is cut with "…". */
const ECHO_LENGTH = 60;

/** A query as echoed back: a pasted page is not read out in full. */
export function echo(text: string): string {
  return ellipsis(text, ECHO_LENGTH + 1);
}

/**
 * A whole number with its thousands grouped by commas, as both languages write counts ("1,000"). Not
 * toLocaleString: a page's first number format loads the locale's data, tens of milliseconds of main thread.
 */
const grouped = (count: number) => String(count).replace(/\B(?=(\d{3})+$)/g, ',');

/** A count as said: an estimate rounded to two significant digits, "about 1,000" / "约1,000". */
function countText(count: number, estimated: boolean, about: string): string {
  if (!estimated || count < 100) return (estimated ? about : '') + grouped(count);
  const step = 10 ** (Math.floor(Math.log10(count)) - 1);
  return about + grouped(Math.round(count / step) * step);
}

type Filter = 'lang' | 'principle' | 'source';

const passages = (count: number, estimated: boolean) =>
  `${countText(count, estimated, 'about ')} ${count === 1 && !estimated ? 'passage' : 'passages'}`;
const FILTER_NAMES_EN: Record<Filter, string> = { principle: 'principle', source: 'source', lang: 'language' };
const LANGUAGES_EN: Record<string, string> = { en: 'English', zh: 'Chinese' };
const FILTER_HEADINGS_EN: Record<Filter, string> = { lang: 'Language', principle: 'Principle', source: 'Source' };
const ANY_VALUE_EN: Record<Filter, string> = { lang: 'Any language', principle: 'Any principle', source: 'Any source' };

const en = {
  languages: LANGUAGES_EN,
  passagesForm: 'Passages',
  fieldLabel: 'Words, a "quoted phrase" or Chinese characters',
  fieldPlaceholder: 'small yard, 主渠道, "consensus-based"',
  searching: 'Searching…',
  failed: 'Search could not load.',
  failedLong: 'The search index could not be loaded. Check your connection, then try again.',
  retry: 'Try again',
  noWords: (query: string) => `Nothing to search for in “${echo(query)}”.`,
  noWordsLong: 'has no letters, numbers or Chinese characters to look for. Try words, or a phrase in "double quotes".',
  shortened: (length: number, tokens: number) =>
    `That search was long: only its first ${length} characters, at most ${tokens} words, were used.`,
  found: (count: number, estimated: boolean, asked: string) =>
    `${passages(count, estimated)} ${count === 1 && !estimated ? 'matches' : 'match'} ${asked}.`,
  alsoPartial: (count: number, estimated: boolean) =>
    ` ${passages(count, estimated)} more ${count === 1 && !estimated ? 'holds' : 'hold'} some of the words.`,
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
  unknownFilter: (filter: Filter, value: string) =>
    `There is no ${FILTER_NAMES_EN[filter]} “${echo(value)}” in this reader, so the results are not limited by ${FILTER_NAMES_EN[filter]}.`,
  removeFilter: 'Remove it from the address',
  partialBadge: 'Some of the words',
  translationOf: 'Translation',
  commentary: 'commentary',
  more: (count: number) => `Show more results (${count} more)`,
  filterHeading: FILTER_HEADINGS_EN,
  anyValue: ANY_VALUE_EN,
  filterResults: 'Filter results',
  filterToggle: (active: number) => (active > 0 ? `Filter (${active})` : 'Filter'),
  results: 'Results',
  principlesStated: 'Principles stated',
  // Intent, labels and why-lines (issue 17).
  statesPrinciple: 'States this principle',
  /** Between a source's name and a passage's label: "He Yin, ¶ 5". */
  labelJoin: ', ',
  principleSuggestion: 'Principle',
  principleSuggestionMore: 'every passage that states it, source by source',
  why: 'Why',
  reasons: {
    principle: (title: string) => `filed under “${title}”`,
    phrase: 'the words as one phrase',
    words: 'the words',
    inflection: (typed: string, found: string) => `another form: ${typed} → ${found}`,
    glossary: (typed: string, found: string) => `another name: ${typed} → ${found}`,
    translation: 'the match is in the other language’s version',
  },
};

export type SearchWords = typeof en;

const FILTER_NAMES_ZH: Record<Filter, string> = { principle: '原则', source: '文本', lang: '语言' };

const zh: SearchWords = {
  languages: { en: '英文', zh: '中文' },
  passagesForm: '段落',
  fieldLabel: '词语、“引号中的短语”或汉字',
  fieldPlaceholder: '主渠道、小院高墙、"consensus-based"',
  searching: '正在搜索…',
  failed: '搜索未能载入。',
  failedLong: '搜索索引未能载入。请检查网络连接后重试。',
  retry: '重试',
  noWords: (query) => `“${echo(query)}”中没有可供搜索的内容。`,
  noWordsLong: '中没有可供查找的字母、数字或汉字。请输入词语，或把短语放在“双引号”中。',
  shortened: (length, tokens) => `搜索内容过长：只使用了前${length}个字符、至多${tokens}个词。`,
  found: (count, estimated, asked) => `${countText(count, estimated, '约')}个段落与${asked}相符。`,
  alsoPartial: (count, estimated) => `另有${countText(count, estimated, '约')}个段落包含其中部分词语。`,
  onlyPartial: (count, estimated, asked) =>
    `没有段落包含${asked}的全部词语；${countText(count, estimated, '约')}个段落包含其中一部分。`,
  none: (asked) => `没有段落与${asked}相符。`,
  askedQuery: (query) => `“${echo(query)}”`,
  askedFilters: '所选筛选条件',
  noResultsHeading: '没有相符的段落：',
  theseFilters: '所选筛选条件',
  withoutFilters: '全部文本（不加筛选）',
  searchPrefix: '搜索',
  didYouMean: '你是不是要找',
  tip: '词语越少、不加引号，匹配越多：词语不分先后，最后一个词也可作为词首匹配。',
  unknownFilter: (filter, value) =>
    `本站没有名为“${echo(value)}”的${FILTER_NAMES_ZH[filter]}，因此结果未按${FILTER_NAMES_ZH[filter]}筛选。`,
  removeFilter: '从网址中移除',
  partialBadge: '部分词语',
  translationOf: '译文',
  commentary: '评论',
  more: (count) => `显示更多结果（另有${count}条）`,
  filterHeading: { lang: '语言', principle: '原则', source: '文本' },
  anyValue: { lang: '任何语言', principle: '任何原则', source: '任何文本' },
  filterResults: '筛选结果',
  filterToggle: (active) => (active > 0 ? `筛选（${active}）` : '筛选'),
  results: '结果',
  principlesStated: '所阐述的原则',
  // Intent, labels and why-lines (issue 17).
  statesPrinciple: '阐述这一原则',
  labelJoin: '，',
  principleSuggestion: '原则',
  principleSuggestionMore: '逐一列出阐述它的各文本段落',
  why: '匹配原因',
  reasons: {
    principle: (title) => `归于“${title}”`,
    phrase: '词语连在一起（短语）',
    words: '所搜词语',
    inflection: (typed, found) => `词形变化：${typed} → ${found}`,
    glossary: (typed, found) => `另一名称：${typed} → ${found}`,
    translation: '匹配见于另一语言的版本',
  },
};

export const SEARCH_WORDS: Readonly<Record<Locale, SearchWords>> = { en, zh };
