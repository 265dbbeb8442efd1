/**
 * Runs a query against the shipped index, the same code in the browser (files fetched on demand) and in the bench
 * and tests (files in memory). `answer(request)` is the one entry for pages: labelled results with why each matched,
 * facets and suggestions (answer.ts). One query passes once through named stages, each in its own module:
 *
 *   intent.ts      the principle the query names, if any: the passages filed under it rank first
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
import {
  answerResult,
  type Answer,
  type AnswerRequest,
  type AnswerResult,
  type LabelledFacet,
  type LoadedPassage,
  type ResultContext,
} from './answer';
import type { IndexedPrinciple, SearchManifest } from './files';
import { difference, holds, intersect, unionAll } from './id-sets';
import { principleNamed } from './intent';
import { runTokens } from './lookup';
import { parseQuery, type ParsedQuery } from './query';
import { rankWorks } from './rank';
import { IndexStore, type IndexFileLoader } from './store';
import { spellingSuggestion } from './suggest';
import { confirmedWorks } from './verify';

export type { Answer, AnswerRequest, FacetCount, Facets, SearchFilters };

/** At most this many pages of candidates are checked against their text to fill one page of results. */
export const CHECK_FACTOR = 4;
/** Works checked against their text, and results written, between two pauses (see `Pause`). */
const STEP = 2;

/**
 * Hands the thread back between the engine's steps: the browser's client pauses so that the page can paint and answer
 * input while a query runs (no step then blocks it for long); Node (tests, bench) runs a query through.
 */
export type Pause = () => Promise<void>;

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
  /** The first this many works shown are the intent's (the principle the query names). */
  intentShown: number;
  /** For each filter, the matches per value when the other two filters apply; sources by slug. */
  facets: Facets;
  /** Filters whose value the index does not know: not applied. */
  unknownFilters: (keyof SearchFilters)[];
  /** What was matched, for marking it in the results. */
  slots: Slot[];
}

const NOTHING: Omit<SearchOutcome, 'unknownFilters' | 'slots'> = {
  total: 0,
  partialTotal: 0,
  estimated: false,
  works: [],
  partial: [],
  intentShown: 0,
  facets: { lang: [], principle: [], source: [] },
};

/** A page of works chosen from a list, and how many of the list were checked against their text to choose it. */
interface ShownPage {
  works: number[];
  checked: number;
  confirmed: readonly number[];
}

export class SearchEngine {
  readonly store: IndexStore;
  /** Compiled on the first search, not with the engine: it is the heaviest step of opening (tokenising every name). */
  private glossary?: CompiledGlossary;
  private readonly han: HanFold;
  private every?: readonly number[];

  constructor(
    readonly manifest: SearchManifest,
    files: IndexFileLoader,
    private readonly pause?: Pause,
  ) {
    this.han = new Map(Array.from(manifest.han.matchAll(/(.)(.)/gsu), (pair) => [pair[1], pair[2]]));
    this.store = new IndexStore(manifest, files, this.han);
  }

  /** What a page shows for a request: results labelled and explained, facets named, suggestions. */
  async answer(request: AnswerRequest): Promise<Answer> {
    if (this.pause) await this.pause();
    const query = this.parse(request.q);
    const p = principleNamed(query.text, this.manifest.principles, this.han);
    const intent = p === undefined ? undefined : this.manifest.principles[p];
    await this.store.loadPrinciples();
    const outcome = await this.search(
      query,
      request,
      request.limit,
      p === undefined ? [] : this.store.passagesStating(p),
    );
    const groups = await this.passages(outcome.works);
    const results = await this.results(groups, outcome, { query, slots: outcome.slots, request, intent });
    const name = (principle: IndexedPrinciple) => (request.locale === 'zh' ? principle.titleZh : principle.title);
    const facets = await this.namedSources(outcome.facets);
    const spelling =
      outcome.total + outcome.partialTotal === 0 && query.tokens.length > 0 ? this.spelling(query) : undefined;
    return {
      query,
      total: outcome.total,
      partialTotal: outcome.partialTotal,
      estimated: outcome.estimated,
      results,
      facets: {
        lang: facets.lang,
        principle: facets.principle.map((facet) => ({ ...facet, label: this.principleTitle(facet.value, name) })),
        source: facets.source.map((facet) => this.sourceFacet(facet)),
      },
      filterLabels: {
        principle: request.principle && this.principleTitle(request.principle, name),
        source: request.source && this.sourceTitle(request.source),
      },
      unknownFilters: outcome.unknownFilters.map((filter) => ({ filter, value: request[filter] ?? '' })),
      suggestions: [
        ...(intent ? [{ kind: 'principle' as const, id: intent.id, title: name(intent) }] : []),
        ...(spelling ? [{ kind: 'spelling' as const, q: spelling }] : []),
      ],
    };
  }

  /** The shown works as results (each cut around its match, with why it matched), STEP at a time between pauses. */
  private async results(groups: LoadedPassage[][], outcome: SearchOutcome, context: ResultContext) {
    const results: AnswerResult[] = [];
    for (let i = 0; i < groups.length; i++) {
      if (this.pause && i > 0 && i % STEP === 0) await this.pause();
      results.push(answerResult(groups[i], outcome.partial[i], i < outcome.intentShown, context));
    }
    return results;
  }

  /** The reader's text as a query, Traditional characters read as Simplified ones. */
  parse(raw: string): ParsedQuery {
    return parseQuery(raw, this.han);
  }

  /**
   * The best `limit` works for a query within the filters. `intent`: passages filed under the principle the query
   * names (ascending); their works come first, ordered by how well they hold the words, then the word matches.
   */
  async search(
    query: ParsedQuery,
    filters: SearchFilters = {},
    limit = 20,
    intent: readonly number[] = [],
  ): Promise<SearchOutcome> {
    this.glossary ??= compileGlossary(this.manifest.glossary);
    const slots = expandQuery(query, this.glossary);
    const tokens = slots.flatMap((slot) => slot.options.flatMap((option) => option.runs.flatMap(runTokens)));
    await Promise.all([
      this.store.loadShards(tokens),
      this.store.loadPrinciples(),
      filters.source && this.store.loadNamesOf(filters.source),
    ]);
    if (this.pause) await this.pause();
    const wanted = wantedValues(this.store, filters);
    const filtered = wanted.source >= 0 || wanted.language >= 0 || wanted.bit !== 0;
    if (slots.length === 0 && !filtered) return { ...NOTHING, unknownFilters: wanted.unknown, slots };

    const candidates: Candidates =
      slots.length > 0
        ? findCandidates(this.store, slots, limit)
        : { slots: [], passages: this.everyPassage(), complete: this.everyPassage(), needsCheck: false };
    const intentWorks = worksOf(this.store, intent);
    const candidateWorks = worksOf(this.store, candidates.passages);
    const { matching, facets } = filterAndCount(
      this.store,
      intentWorks.length > 0 ? unionAll([candidateWorks, intentWorks]) : candidateWorks,
      wanted,
    );
    const first = intersect(matching, intentWorks);
    const rest = difference(matching, first);
    const firstShown = rankWorks(this.store, candidates, query.units, first, limit);
    if (this.pause) await this.pause();
    const restShown = await this.page(candidates, slots, query, rest, limit - firstShown.length);
    // Usually every candidate is complete: the same list then, which totals() counts without intersecting.
    const complete =
      candidates.complete === candidates.passages ? candidateWorks : worksOf(this.store, candidates.complete);
    return {
      ...this.totals(restShown, rest, complete, first.length),
      works: [...firstShown, ...restShown.works],
      partial: [...firstShown.map(() => false), ...restShown.works.map((work) => !holds(work, complete))],
      intentShown: firstShown.length,
      facets,
      unknownFilters: wanted.unknown,
      slots,
    };
  }

  /** The best `limit` of `works`, checked against their text where postings may be wrong. */
  private async page(
    candidates: Candidates,
    slots: Slot[],
    query: ParsedQuery,
    works: readonly number[],
    limit: number,
  ): Promise<ShownPage> {
    if (candidates.needsCheck) return this.checkedPage(candidates, slots, query, works, Math.max(1, limit), limit);
    return {
      works: rankWorks(this.store, candidates, query.units, works, limit),
      checked: works.length,
      confirmed: works,
    };
  }

  /** How many works hold the whole query and how many part of it: counted, or estimated from those checked. */
  private totals(shown: ShownPage, matching: readonly number[], complete: readonly number[], intent: number) {
    const estimated = shown.checked < matching.length;
    // Where not every candidate was checked against its text, the share confirmed among those checked estimates the
    // rest.
    const share = shown.checked === 0 ? 1 : shown.confirmed.length / shown.checked;
    // Usually every candidate is complete (the lists are then the same), and only partial queries need the
    // intersection.
    const completeMatching = complete === matching ? matching.length : intersect(matching, complete).length;
    // Nothing was checked against text (page() confirmed every one): the counts are the lists' own.
    const unchecked = shown.confirmed === matching;
    const completeCount = estimated
      ? Math.round(completeMatching * share)
      : unchecked
        ? completeMatching
        : shown.confirmed.filter((work) => holds(work, complete)).length;
    const partialCount = estimated
      ? Math.round((matching.length - completeMatching) * share)
      : shown.confirmed.length - completeCount;
    return { total: intent + completeCount, partialTotal: partialCount, estimated };
  }

  /**
   * The best works whose text holds the query, checking at most CHECK_FACTOR pages (of `pageSize`) of candidates;
   * `limit` of them are shown.
   */
  private async checkedPage(
    candidates: Candidates,
    slots: Slot[],
    query: ParsedQuery,
    matching: readonly number[],
    pageSize: number,
    limit: number,
  ): Promise<ShownPage> {
    const pool = rankWorks(this.store, candidates, query.units, matching, pageSize * CHECK_FACTOR);
    const confirmed: number[] = [];
    let checked = 0;
    while (checked < pool.length && confirmed.length < pageSize) {
      const batch = pool.slice(checked, checked + pageSize);
      await this.store.loadTexts(batch.flatMap((work) => this.store.membersOf(work)));
      for (let at = 0; at < batch.length; at += STEP) {
        if (this.pause && at > 0) await this.pause();
        confirmed.push(...confirmedWorks(this.store, candidates, slots, batch.slice(at, at + STEP)));
      }
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
  async passages(works: readonly number[]): Promise<LoadedPassage[][]> {
    const members = works.map((work) => this.store.membersOf(work));
    await Promise.all([this.store.loadTexts(members.flat()), this.store.loadPrinciples()]);
    const { principles } = this.manifest;
    return members.map((numbers) =>
      numbers.map((number) => {
        const [id, text, label] = this.store.passageText(number)!;
        const bits = this.store.principleBits?.[number] ?? 0;
        return {
          id,
          text,
          ...(label !== undefined && { label }),
          source: this.store.source(number)!,
          principles: principles.filter((_, p) => bits & (1 << p)),
        };
      }),
    );
  }

  /** The query with each word the index does not know replaced by the nearest it does, if any. */
  private spelling(query: ParsedQuery): string | undefined {
    return spellingSuggestion(query, (token) => this.store.vocabularyNear(token));
  }

  private principleTitle(id: string, name: (principle: IndexedPrinciple) => string): string {
    const principle = this.manifest.principles.find((candidate) => candidate.id === id);
    return principle ? name(principle) : id;
  }

  /** A source's title, by slug, for naming an active filter (its names file is loaded by a search with it). */
  private sourceTitle(slug: string): string | undefined {
    const s = this.store.sourceNumber(slug);
    return s === undefined ? undefined : this.store.sourceName(s)?.[1];
  }

  private sourceFacet(facet: FacetCount): LabelledFacet {
    const s = this.store.sourceNumber(facet.value);
    const name = s === undefined ? undefined : this.store.sourceName(s);
    return { ...facet, label: name?.[1] ?? facet.value, ...(name && name[2] !== 'en' && { lang: name[2] }) };
  }

  private everyPassage(): readonly number[] {
    this.every ??= Array.from({ length: this.manifest.passageCount }, (_, n) => n);
    return this.every;
  }
}
