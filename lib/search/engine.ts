/**
 * Runs a query against the shipped index, the same code in the browser (files fetched on demand) and in the bench
 * and tests (files in memory). One query passes once through named stages, each in its own module:
 *
 *   expand.ts      the query's slots, with the glossary's other names for its terms
 *   lookup.ts      1. postings lookup: each run's passages (exact, inflected, prefixed)
 *   candidates.ts  2. candidate sets: passages holding every slot (or, partially, some), grouped by work
 *   count.ts       3. counting: the filters, each filter's counts (totals are counted here or estimated below)
 *   rank.ts        4. ranking: the best works
 *   verify.ts      5. checking the shown results against their text, where postings may be wrong
 *
 * Costs are bounded: lookups read only the query's shards; only the works about to be shown are checked against
 * text, at most CHECK_FACTOR pages of them; where that leaves the total unknown, it is estimated.
 */
import type { HanFold } from '../text/normalise';
import { findCandidates, worksOf, type Candidates } from './candidates';
import { filterAndCount, wantedValues, type FacetCount, type Facets, type SearchFilters } from './count';
import { compileGlossary, expandQuery, type CompiledGlossary, type Slot } from './expand';
import type { IndexedPrinciple, IndexedSource, SearchManifest } from './files';
import { intersect } from './id-sets';
import { runTokens } from './lookup';
import { parseQuery, type ParsedQuery } from './query';
import { rankWorks } from './rank';
import { IndexStore, type IndexFileLoader, type VocabularyEntry } from './store';
import { confirmedWorks, holds } from './verify';

export type { FacetCount, Facets, SearchFilters };

/** At most this many pages of candidates are checked against their text to fill one page of results. */
export const CHECK_FACTOR = 4;

export interface SearchOutcome {
  /** Works (a passage, or an original paragraph with its translations) holding the whole query, within the filters. */
  total: number;
  /** Works holding part of it, listed after those (only when those are fewer than a page). */
  partialTotal: number;
  /** The totals are estimates: some candidates were not checked against their text. */
  estimated: boolean;
  /** The first `limit` works, best first, each as its original passage's number. */
  works: number[];
  /** Per work shown, whether it holds only part of the query. */
  partial: boolean[];
  /** For each filter, the matches per value when the other two filters apply; sources by slug. */
  facets: Facets;
  /** Filters whose value the index does not know: not applied. */
  unknownFilters: (keyof SearchFilters)[];
  /** What was matched, for marking it in the results. */
  slots: Slot[];
}

export interface PassageResult {
  number: number;
  /** The passage's anchor in its source. */
  id: string;
  text: string;
  source: IndexedSource;
  principles: IndexedPrinciple[];
}

const NOTHING: Omit<SearchOutcome, 'unknownFilters' | 'slots'> = {
  total: 0,
  partialTotal: 0,
  estimated: false,
  works: [],
  partial: [],
  facets: { lang: [], principle: [], source: [] },
};

export class SearchEngine {
  readonly store: IndexStore;
  private readonly glossary: CompiledGlossary;
  private readonly han: HanFold;
  private every?: readonly number[];

  constructor(
    readonly manifest: SearchManifest,
    files: IndexFileLoader,
  ) {
    this.han = new Map(Array.from(manifest.han.matchAll(/(.)(.)/gsu), (pair) => [pair[1], pair[2]]));
    this.store = new IndexStore(manifest, files, this.han);
    this.glossary = compileGlossary(manifest.glossary);
  }

  /** The reader's text as a query, Traditional characters read as Simplified ones. */
  parse(raw: string): ParsedQuery {
    return parseQuery(raw, this.han);
  }

  async search(query: ParsedQuery, filters: SearchFilters = {}, limit = 20): Promise<SearchOutcome> {
    const slots = expandQuery(query, this.glossary);
    const tokens = slots.flatMap((slot) => slot.options.flatMap((option) => option.runs.flatMap(runTokens)));
    await Promise.all([
      this.store.loadShards(tokens),
      this.store.loadPrinciples(),
      filters.source && this.store.loadNamesOf(filters.source),
    ]);
    const wanted = wantedValues(this.store, filters);
    const filtered = wanted.source >= 0 || wanted.language >= 0 || wanted.bit !== 0;
    if (slots.length === 0 && !filtered) return { ...NOTHING, unknownFilters: wanted.unknown, slots };

    const candidates: Candidates =
      slots.length > 0
        ? findCandidates(this.store, slots, limit)
        : { slots: [], passages: this.everyPassage(), complete: this.everyPassage(), needsCheck: false };
    const { matching, facets } = filterAndCount(this.store, worksOf(this.store, candidates.passages), wanted);
    const complete = worksOf(this.store, candidates.complete);
    const shown = candidates.needsCheck
      ? await this.checkedPage(candidates, slots, query, matching, limit)
      : {
          works: rankWorks(this.store, candidates, query.units, matching, limit),
          checked: matching.length,
          confirmed: matching,
        };
    const estimated = shown.checked < matching.length;
    // Where not every candidate was checked against its text, the share confirmed among those checked estimates the
    // rest.
    const share = shown.checked === 0 ? 1 : shown.confirmed.length / shown.checked;
    // Usually every candidate is complete (the lists are then the same), and only partial queries need the
    // intersection.
    const completeMatching = complete === matching ? matching.length : intersect(matching, complete).length;
    const completeCount = estimated
      ? Math.round(completeMatching * share)
      : shown.confirmed.filter((work) => holds(work, complete)).length;
    const partialCount = estimated
      ? Math.round((matching.length - completeMatching) * share)
      : shown.confirmed.length - completeCount;
    return {
      total: completeCount,
      partialTotal: partialCount,
      estimated,
      works: shown.works,
      partial: shown.works.map((work) => !holds(work, complete)),
      facets: await this.namedSources(facets),
      unknownFilters: wanted.unknown,
      slots,
    };
  }

  /** The best works whose text holds the query, checking at most CHECK_FACTOR pages of candidates. */
  private async checkedPage(
    candidates: Candidates,
    slots: Slot[],
    query: ParsedQuery,
    matching: readonly number[],
    limit: number,
  ) {
    const pool = rankWorks(this.store, candidates, query.units, matching, limit * CHECK_FACTOR);
    const confirmed: number[] = [];
    let checked = 0;
    while (checked < pool.length && confirmed.length < limit) {
      const batch = pool.slice(checked, checked + limit);
      await this.store.loadTexts(batch.flatMap((work) => this.store.membersOf(work)));
      confirmed.push(...confirmedWorks(this.store, candidates, slots, batch));
      checked += batch.length;
    }
    return { works: confirmed.slice(0, limit), checked, confirmed };
  }

  /** Source facets by slug, for the sources listed: their names are loaded for it. */
  private async namedSources(facets: Facets): Promise<Facets> {
    const numbers = facets.source.map((facet) => Number(facet.value));
    await this.store.loadNames(numbers);
    const source = facets.source.map((facet, i) => ({
      ...facet,
      value: this.store.sourceName(numbers[i])?.[0] ?? facet.value,
    }));
    return { ...facets, source };
  }

  /** The passages of some works (original first, then translations), loading their texts. */
  async passages(works: readonly number[]): Promise<PassageResult[][]> {
    const members = works.map((work) => this.store.membersOf(work));
    await Promise.all([this.store.loadTexts(members.flat()), this.store.loadPrinciples()]);
    const { principles } = this.manifest;
    return members.map((numbers) =>
      numbers.map((number) => {
        const [id, text] = this.store.passageText(number)!;
        const bits = this.store.principleBits?.[number] ?? 0;
        return {
          number,
          id,
          text,
          source: this.store.source(number)!,
          principles: principles.filter((_, p) => bits & (1 << p)),
        };
      }),
    );
  }

  /** Indexed tokens stored beside `token` (same shard), for spelling suggestions. */
  vocabularyNear(token: string): readonly VocabularyEntry[] {
    return this.store.vocabularyNear(token);
  }

  /** A source's title, by slug, for naming an active filter (its names file is loaded by a search with it). */
  sourceTitle(slug: string): string | undefined {
    const s = this.store.sourceNumber(slug);
    return s === undefined ? undefined : this.store.sourceName(s)?.[1];
  }

  private everyPassage(): readonly number[] {
    this.every ??= Array.from({ length: this.manifest.passageCount }, (_, n) => n);
    return this.every;
  }
}
