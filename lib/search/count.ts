/**
 * Stage 3, counting: the filters (principle, source, language) applied to the candidate works, and for each filter's
 * values how many works they would leave when the other two filters apply. A work has the values of all its
 * passages (an original and its translation: both languages). Filter values the index does not know are reported,
 * not applied.
 */
import type { IndexStore } from './store';

export interface SearchFilters {
  principle?: string;
  source?: string;
  lang?: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface Facets {
  lang: FacetCount[];
  principle: FacetCount[];
  /** Source numbers as strings until labelled (engine.ts). */
  source: FacetCount[];
}

/** Facet values listed per filter, most matches first: enough to choose from, few enough to read. */
export const FACET_LIMIT = 50;
/** Sources are many at scale, and each listed one needs its name: fewer are listed. */
export const SOURCE_FACET_LIMIT = 12;

interface Wanted {
  source: number;
  language: number;
  bit: number;
  unknown: (keyof SearchFilters)[];
}

/** What each filter asks for; a value the index does not know is unknown, and that filter is not applied. */
export function wantedValues(store: IndexStore, filters: SearchFilters): Wanted {
  const unknown: (keyof SearchFilters)[] = [];
  const source = filters.source ? (store.sourceNumber(filters.source) ?? -1) : -1;
  if (filters.source && source < 0) unknown.push('source');
  const language = filters.lang ? store.manifest.languages.findIndex((candidate) => candidate === filters.lang) : -1;
  if (filters.lang && language < 0) unknown.push('lang');
  const principle = filters.principle
    ? store.manifest.principles.findIndex((candidate) => candidate.id === filters.principle)
    : -1;
  if (filters.principle && principle < 0) unknown.push('principle');
  return { source, language, bit: principle < 0 ? 0 : 1 << principle, unknown };
}

export function filterAndCount(
  store: IndexStore,
  works: readonly number[],
  wanted: Wanted,
): { matching: readonly number[]; facets: Facets } {
  const { sources, languages, principles } = store.manifest;
  const counts = {
    source: new Uint32Array(sources.count),
    language: new Uint32Array(languages.length),
    principle: new Uint32Array(principles.length),
  };
  const unfiltered = wanted.source < 0 && wanted.language < 0 && wanted.bit === 0;
  const matching = store.hasTranslations()
    ? countWorks(store, works, wanted, counts)
    : countPassages(store, works, wanted, counts);
  const facets: Facets = {
    lang: largestCounts(counts.language, (i) => languages[i], FACET_LIMIT),
    principle: largestCounts(counts.principle, (i) => principles[i].id, FACET_LIMIT),
    source: largestCounts(counts.source, String, SOURCE_FACET_LIMIT),
  };
  return { matching: unfiltered ? works : matching, facets };
}

interface Counts {
  source: Uint32Array;
  language: Uint32Array;
  principle: Uint32Array;
}

/** Each work one passage: the common case, and the one that must be fast at scale (no allocation per passage). */
function countPassages(store: IndexStore, passages: readonly number[], wanted: Wanted, counts: Counts): number[] {
  const { sourceOf, languageOf } = store;
  const principleBits = store.principleBits ?? new Uint32Array(store.manifest.passageCount);
  const matching: number[] = [];
  if (wanted.source < 0 && wanted.language < 0 && wanted.bit === 0) {
    for (const n of passages) {
      const source = sourceOf[n];
      counts.source[source]++;
      counts.language[languageOf[source]]++;
      for (let rest = principleBits[n]; rest !== 0; rest &= rest - 1) counts.principle[lowestBit(rest)]++;
    }
    return matching;
  }
  for (const n of passages) {
    const source = sourceOf[n];
    const language = languageOf[source];
    const bits = principleBits[n];
    const bySource = wanted.source < 0 || source === wanted.source;
    const byLanguage = wanted.language < 0 || language === wanted.language;
    const byPrinciple = wanted.bit === 0 || (bits & wanted.bit) !== 0;
    if (byLanguage && byPrinciple) counts.source[source]++;
    if (bySource && byPrinciple) counts.language[language]++;
    if (bySource && byLanguage) for (let rest = bits; rest !== 0; rest &= rest - 1) counts.principle[lowestBit(rest)]++;
    if (bySource && byLanguage && byPrinciple) matching.push(n);
  }
  return matching;
}

/** Works of an original and its translations: each has the values of all its passages. */
function countWorks(store: IndexStore, works: readonly number[], wanted: Wanted, counts: Counts): number[] {
  const matching: number[] = [];
  for (const work of works) {
    const values = workValues(store, work);
    const bySource = wanted.source < 0 || values.sources.includes(wanted.source);
    const byLanguage = wanted.language < 0 || (values.languages & (1 << wanted.language)) !== 0;
    const byPrinciple = wanted.bit === 0 || (values.bits & wanted.bit) !== 0;
    if (byLanguage && byPrinciple) for (const s of values.sources) counts.source[s]++;
    if (bySource && byPrinciple)
      for (let rest = values.languages; rest !== 0; rest &= rest - 1) counts.language[lowestBit(rest)]++;
    if (bySource && byLanguage)
      for (let rest = values.bits; rest !== 0; rest &= rest - 1) counts.principle[lowestBit(rest)]++;
    if (bySource && byLanguage && byPrinciple) matching.push(work);
  }
  return matching;
}

interface Values {
  sources: number[];
  /** Bit l: manifest.languages[l]. */
  languages: number;
  /** Bit p: manifest.principles[p]. */
  bits: number;
}

function workValues(store: IndexStore, work: number): Values {
  const values: Values = { sources: [], languages: 0, bits: 0 };
  for (const n of store.membersOf(work)) {
    const source = store.sourceOf[n];
    values.sources.push(source);
    values.languages |= 1 << store.languageOf[source];
    values.bits |= store.principleBits?.[n] ?? 0;
  }
  return values;
}

function lowestBit(bits: number): number {
  return 31 - Math.clz32(bits & -bits);
}

/** Values with a non-zero count, most first and in index order among equals, at most `limit` of them. */
function largestCounts(counts: Uint32Array, valueOf: (index: number) => string, limit: number): FacetCount[] {
  // Thousands of sources can match, so they are not all sorted: a histogram of the counts gives the least count that
  // makes the list; one pass in index order then takes every value above it and, while there is room, those at it.
  let most = 0;
  for (const count of counts) most = Math.max(most, count);
  if (most === 0) return [];
  const withCount = new Uint32Array(most + 1);
  for (const count of counts) withCount[count]++;
  let least = most;
  for (let listed = withCount[most]; least > 1 && listed + withCount[least - 1] <= limit; least--)
    listed += withCount[least - 1];
  const above: FacetCount[] = [];
  const at: FacetCount[] = [];
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] > least) above.push({ value: valueOf(i), count: counts[i] });
    else if (counts[i] === least && at.length < limit) at.push({ value: valueOf(i), count: least });
  }
  return [...above.sort((a, b) => b.count - a.count), ...at].slice(0, limit);
}
