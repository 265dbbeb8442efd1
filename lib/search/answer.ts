/**
 * The engine's one entry, as types: what a page asks (`AnswerRequest`) and everything it shows back (`Answer`):
 * labelled results with why each matched, facets named in the reader's language, and suggestions. The browser's
 * client (client.ts) adds only links; the engine (engine.ts `answer`) fills the rest.
 */
import { formatLabel } from '../content/labels';
import type { Locale } from '../i18n/locales';
import type { FacetCount, SearchFilters } from './count';
import type { Slot } from './expand';
import type { IndexedPrinciple, IndexedSource } from './files';
import { labelOfCode } from './files';
import { excerpt, matchedWords, matchRanges, type Excerpt } from './highlight';
import type { ParsedQuery } from './query';
import { textReasons, uniqueReasons, type Reason } from './why';

export type { Reason };

export interface AnswerRequest extends SearchFilters {
  /** The reader's text as typed: query.ts cleans and bounds it. */
  q: string;
  /** How many results: the best `limit`. */
  limit: number;
  /** The interface's language: principles, labels and sources are named in it. */
  locale: Locale;
  /** Characters of each snippet (default: highlight.ts excerpt's). */
  excerptLength?: number;
}

export interface Answer {
  query: ParsedQuery;
  /** Results holding the whole query, or filed under the principle it names. */
  total: number;
  /** Results holding part of it, listed after those when they are fewer than a page. */
  partialTotal: number;
  /** The totals are estimates. */
  estimated: boolean;
  results: AnswerResult[];
  /** Per filter, the results each value would leave; languages by code (the page names them). */
  facets: { lang: FacetCount[]; principle: LabelledFacet[]; source: LabelledFacet[] };
  /** Names of the active filters' values, also when no result has them. */
  filterLabels: { principle?: string; source?: string };
  /** Filter values the index does not know: not applied. */
  unknownFilters: { filter: keyof SearchFilters; value: string }[];
  /** Best first: the principle page the query names, then a spelling that the index knows (only when none matched). */
  suggestions: Suggestion[];
}

export type Suggestion = { kind: 'principle'; id: string; title: string } | { kind: 'spelling'; q: string };

export interface LabelledFacet extends FacetCount {
  label: string;
  /** The label's language, where it is not English. */
  lang?: string;
}

/** One result: a passage, or an original paragraph with its translations. */
export interface AnswerResult {
  key: string;
  /** Holds only some of the query's words. */
  partial: boolean;
  /** Filed under the principle the query names ("States this principle"); ranked first. */
  statesPrinciple: boolean;
  /** How it matched, most telling first. */
  why: Reason[];
  passages: AnswerPassage[];
  principles: NamedPrinciple[];
}

export type NamedPrinciple = Pick<IndexedPrinciple, 'id' | 'title' | 'titleZh'>;

export interface AnswerPassage {
  passageId: string;
  /** Its label in the interface's language ("¶ 3", "第二点"), where its source has labels. */
  label?: string;
  source: IndexedSource;
  excerpt: Excerpt;
  /** The matched words as the passage writes them: what `?hl=` marks on its page. */
  marked: string[];
  /** The query matched here, not only in the other language's version beside it. */
  matched: boolean;
}

/** A passage as the engine loaded it. */
export interface LoadedPassage {
  id: string;
  text: string;
  label?: string;
  source: IndexedSource;
  principles: IndexedPrinciple[];
}

export interface ResultContext {
  query: ParsedQuery;
  slots: readonly Slot[];
  request: AnswerRequest;
  /** The principle the query names, if any. */
  intent?: IndexedPrinciple;
}

/** A result as shown: each passage labelled and cut around its best match, with why it matched. */
export function answerResult(
  group: readonly LoadedPassage[],
  partial: boolean,
  statesPrinciple: boolean,
  context: ResultContext,
): AnswerResult {
  const { slots, request, query, intent } = context;
  const passages = group.map((passage): AnswerPassage => {
    const ranges = matchRanges(passage.text, slots);
    const label = passage.label === undefined ? undefined : labelOfCode(passage.label);
    return {
      passageId: passage.id,
      ...(label && { label: formatLabel(label, request.locale) }),
      source: passage.source,
      excerpt: excerpt(passage.text, ranges, request.excerptLength),
      marked: matchedWords(passage.text, ranges),
      matched: ranges.length > 0,
    };
  });
  const why = group.flatMap((passage) => textReasons(passage.text, slots, query));
  if (passages.some((passage) => !passage.matched) && passages.some((passage) => passage.matched))
    why.push({ kind: 'translation' });
  if (statesPrinciple && intent)
    why.unshift({ kind: 'principle', id: intent.id, title: request.locale === 'zh' ? intent.titleZh : intent.title });
  const principles = new Map(
    group.flatMap((passage) => passage.principles.map(({ id, title, titleZh }) => [id, { id, title, titleZh }])),
  );
  return {
    key: `${group[0].source.slug}#${group[0].id}`,
    partial,
    statesPrinciple,
    why: uniqueReasons(why),
    passages,
    principles: [...principles.values()],
  };
}
