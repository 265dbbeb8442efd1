/**
 * Runs queries against the shipped index: the same code in the browser (files fetched on demand) and in the bench and
 * tests (files in memory). Loading is asynchronous and separate (prepare, passages); searching itself is synchronous
 * and touches only what is loaded, so its cost can be measured on its own.
 *
 * A unit of one word is one FlexSearch lookup; a prefix is the union of its completions in the vocabulary; a run of
 * tokens (a phrase, a Chinese word) intersects the lookups of its adjacent pairs, which is exact for two tokens and
 * is checked against the passage text for longer runs.
 */
import type { Index } from 'flexsearch';
import { normalise } from '../text/normalise';
import { decodeIds, decodeSubset } from './codec';
import { createIndex } from './config';
import type { IndexedPrinciple, IndexedSource, IndexShard, PassageChunk, SearchManifest } from './files';
import { intersect, intersectAll, unionAll } from './id-sets';
import type { ParsedQuery, QueryUnit } from './query';
import { shardOf, tokenize, tokenText } from './tokens';

export interface IndexFileLoader {
  shard(n: number): Promise<IndexShard>;
  chunk(n: number): Promise<PassageChunk>;
}

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
  source: FacetCount[];
}

export interface SearchOutcome {
  /** Passages matching the query and the filters. */
  total: number;
  /**
   * The first `limit` of them, best first: passages holding the whole query as one phrase, then those matching every
   * word whole, then the rest (words matched only as the start of longer words); in corpus order within each group.
   */
  ids: number[];
  /** For each filter, the matches per value when the other two filters apply. */
  facets: Facets;
}

export interface PassageResult {
  number: number;
  /** The passage's anchor in its source. */
  id: string;
  text: string;
  source: IndexedSource;
  principles: IndexedPrinciple[];
}

export interface VocabularyEntry {
  token: string;
  /** How many passages contain it. */
  passages: number;
}

const NO_FACETS: Facets = { lang: [], principle: [], source: [] };

/** Facet values listed per filter, most matches first: enough to choose from, few enough to read. */
export const FACET_LIMIT = 50;

export class SearchEngine {
  private readonly index: Index = createIndex();
  private readonly shards = new Map<number, Promise<void>>();
  private readonly vocabularies = new Map<number, VocabularyEntry[]>();
  private readonly chunks = new Map<number, Promise<PassageChunk>>();
  private readonly loadedChunks = new Map<number, PassageChunk>();
  /** Each passage's tokenText(), made when first needed to check a long phrase. */
  private readonly tokenTexts: (string | undefined)[] = [];
  /** Chunks a phrase check needed but did not have: prepare() loads them and searches again. */
  private readonly missingChunks = new Set<number>();
  /** The corpus's languages, sorted; per passage, its source; per source, its language's index. */
  private readonly languages: string[];
  private readonly sourceOf: Uint32Array;
  private readonly languageOf: Uint8Array;
  /** Per passage, its principles as bits (bit p: manifest.principles[p]): filtering and counting are bit tests. */
  private readonly principleBits: Uint32Array;

  constructor(
    readonly manifest: SearchManifest,
    private readonly files: IndexFileLoader,
  ) {
    if (manifest.principles.length > 32) throw new Error('SearchEngine: principles are bits of a 32-bit mask; widen principleBits');
    this.sourceOf = new Uint32Array(manifest.passageCount);
    manifest.sources.forEach((source, s) => this.sourceOf.fill(s, source.first, source.first + source.count));
    this.languages = [...new Set(manifest.sources.map((source) => source.language))].sort();
    this.languageOf = Uint8Array.from(manifest.sources, (source) => this.languages.indexOf(source.language));
    this.principleBits = new Uint32Array(manifest.passageCount);
    manifest.principles.forEach((principle, p) => {
      for (const id of decodeIds(principle.passages)) this.principleBits[id] |= 1 << p;
    });
  }

  /** Loads the shards of the query's tokens, and the passage texts that its long phrases must be checked against. */
  async prepare(query: ParsedQuery): Promise<void> {
    await Promise.all(query.tokens.map((token) => this.loadShard(shardOf(token, this.manifest.shardCount))));
    this.missingChunks.clear();
    this.run(query, {}, 1); // a dry run: notes the passage texts that phrase checks, ranking included, need
    await Promise.all([...this.missingChunks].map((n) => this.loadChunk(n)));
    this.missingChunks.clear();
  }

  /** Synchronous: call prepare(query) first. */
  search(query: ParsedQuery, filters: SearchFilters = {}, limit = 20): SearchOutcome {
    const outcome = this.run(query, filters, limit);
    if (this.missingChunks.size > 0) throw new Error('SearchEngine.search: call prepare(query) first');
    return outcome;
  }

  /** The passages to show for some result numbers, loading their texts. */
  async passages(ids: readonly number[]): Promise<PassageResult[]> {
    const { chunkSize, sources, principles } = this.manifest;
    await Promise.all([...new Set(ids.map((id) => Math.floor(id / chunkSize)))].map((n) => this.loadChunk(n)));
    return ids.map((number) => {
      const [id, text] = this.passageText(number)!;
      return {
        number,
        id,
        text,
        source: sources[this.sourceOf[number]],
        principles: principles.filter((_, p) => this.principleBits[number] & (1 << p)),
      };
    });
  }

  /** Indexed tokens stored beside `token` (same shard: the same first two characters), for spelling suggestions. */
  vocabularyNear(token: string): readonly VocabularyEntry[] {
    return this.vocabularies.get(shardOf(token, this.manifest.shardCount)) ?? [];
  }

  private run(query: ParsedQuery, filters: SearchFilters, limit: number): SearchOutcome {
    const hasFilter = Boolean(filters.principle || filters.source || filters.lang);
    if (query.units.length === 0 && !hasFilter) return { total: 0, ids: [], facets: NO_FACETS };
    const hits = query.units.length > 0 ? this.matchAll(query.units) : this.everyPassage();
    const { matching, facets } = this.filter(hits, filters);
    return { total: matching.length, ids: this.rank(matching, query, limit), facets };
  }

  private matchAll(units: readonly QueryUnit[]): readonly number[] {
    // Units that need a text check go last, so that only passages matching everything else are checked.
    const ordered = [...units].sort((a, b) => Number(needsCheck(a.tokens)) - Number(needsCheck(b.tokens)));
    let hits: readonly number[] | undefined;
    for (const unit of ordered) {
      hits = this.runOf(unit.tokens, unit.prefix, hits);
      if (hits.length === 0) break;
    }
    return hits ?? [];
  }

  /** Passages where `tokens` stand next to each other in order (the last one possibly as a prefix), within `among`. */
  private runOf(tokens: readonly string[], prefix: boolean, among?: readonly number[]): readonly number[] {
    let ids: readonly number[];
    if (tokens.length === 1) {
      ids = prefix ? unionAll(this.completions(tokens[0]).map((word) => this.lookup(word))) : this.lookup(tokens[0]);
    } else {
      const pairs: (readonly number[])[] = [];
      for (let i = 0; i + 1 < tokens.length; i++) {
        const next = prefix && i + 2 === tokens.length ? this.completions(tokens[i + 1]) : [tokens[i + 1]];
        pairs.push(unionAll(next.map((word) => this.lookup(`${tokens[i]} ${word}`))));
      }
      ids = intersectAll(pairs);
    }
    if (among) ids = intersect(ids, among);
    if (!needsCheck(tokens)) return ids;
    const pattern = tokenText(tokens);
    return this.checkText(ids, prefix ? pattern.slice(0, -1) : pattern);
  }

  /**
   * A FlexSearch lookup: one token (its passages) or two (passages where they stand next to each other). The list is
   * FlexSearch's own, not a copy.
   */
  private lookup(tokens: string): readonly number[] {
    return this.index.search(tokens, { limit: this.manifest.passageCount }) as number[];
  }

  /** Indexed words starting with `prefix`, itself included. Vocabularies are sorted, so they are neighbours. */
  private completions(prefix: string): string[] {
    const vocabulary = this.vocabularyNear(prefix);
    let low = 0;
    let high = vocabulary.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (vocabulary[middle].token < prefix) low = middle + 1;
      else high = middle;
    }
    const words: string[] = [];
    for (let i = low; i < vocabulary.length && vocabulary[i].token.startsWith(prefix); i++) words.push(vocabulary[i].token);
    return words;
  }

  /** Keeps the passages whose tokens contain `pattern`; a passage whose text is not loaded yet is noted for prepare(). */
  private checkText(ids: readonly number[], pattern: string): number[] {
    return ids.filter((id) => {
      const text = this.tokenTextOf(id);
      return text === undefined || text.includes(pattern);
    });
  }

  private tokenTextOf(id: number): string | undefined {
    let text = this.tokenTexts[id];
    if (text === undefined) {
      const passage = this.passageText(id);
      if (!passage) {
        this.missingChunks.add(Math.floor(id / this.manifest.chunkSize));
        return undefined;
      }
      text = tokenText(tokenize(normalise(passage[1])));
      this.tokenTexts[id] = text;
    }
    return text;
  }

  private passageText(id: number): [id: string, text: string] | undefined {
    const { chunkSize } = this.manifest;
    return this.loadedChunks.get(Math.floor(id / chunkSize))?.passages[id % chunkSize];
  }

  private everyPassage(): readonly number[] {
    return Array.from({ length: this.manifest.passageCount }, (_, id) => id);
  }

  /** Applies the filters and counts, for each filter's values, the matches that pass the other two filters. */
  private filter(hits: readonly number[], filters: SearchFilters): { matching: readonly number[]; facets: Facets } {
    const { sources, principles } = this.manifest;
    const { sourceOf, languageOf, principleBits } = this;
    // A filter's wanted value is -1 (or no bit) when it names nothing known: it then matches nothing, as a shared link
    // to a removed source should.
    const anySource = !filters.source;
    const anyLanguage = !filters.lang;
    const anyPrinciple = !filters.principle;
    const wantedSource = anySource ? -1 : sources.findIndex((source) => source.slug === filters.source);
    const wantedLanguage = this.languages.indexOf(filters.lang ?? '');
    const principleIndex = anyPrinciple ? -1 : principles.findIndex((principle) => principle.id === filters.principle);
    const wantedBit = principleIndex === -1 ? 0 : 1 << principleIndex;
    const unfiltered = anySource && anyLanguage && anyPrinciple;

    const sourceCounts = new Uint32Array(sources.length);
    const languageCounts = new Uint32Array(this.languages.length);
    const principleCounts = new Uint32Array(principles.length);
    const matching = unfiltered ? hits : [];
    for (const id of hits) {
      const source = sourceOf[id];
      const language = languageOf[source];
      const bits = principleBits[id];
      const bySource = anySource || source === wantedSource;
      const byLanguage = anyLanguage || language === wantedLanguage;
      const byPrinciple = anyPrinciple || (bits & wantedBit) !== 0;
      if (byLanguage && byPrinciple) sourceCounts[source]++;
      if (bySource && byPrinciple) languageCounts[language]++;
      if (bySource && byLanguage) {
        for (let rest = bits; rest !== 0; rest &= rest - 1) principleCounts[31 - Math.clz32(rest & -rest)]++;
      }
      if (!unfiltered && bySource && byLanguage && byPrinciple) (matching as number[]).push(id);
    }
    const facets: Facets = {
      lang: largestCounts(languageCounts, (i) => this.languages[i]),
      principle: largestCounts(principleCounts, (i) => principles[i].id),
      source: largestCounts(sourceCounts, (i) => sources[i].slug),
    };
    return { matching, facets };
  }

  /** The first `limit` matches in the order of SearchOutcome.ids. */
  private rank(matching: readonly number[], query: ParsedQuery, limit: number): number[] {
    const prefixed = query.units.filter((unit) => unit.prefix);
    if (query.units.length <= 1 && prefixed.length === 0) return matching.slice(0, limit);
    const lastUnit = query.units[query.units.length - 1];
    // With one unit, every match already holds the whole query together.
    const together = query.units.length > 1 ? this.runOf(query.tokens, lastUnit.prefix, matching) : [];
    const whole = prefixed.length > 0 ? intersectAll(prefixed.map((unit) => this.lookup(unit.tokens[0]))) : matching;
    const ranked = together.slice(0, limit);
    // Then whole-word matches, then the rest: each read from `matching` in order, until the page is full.
    for (const wantWhole of [true, false]) {
      const inTogether = membership(together);
      const inWhole = membership(whole);
      for (const id of matching) {
        if (ranked.length >= limit) return ranked;
        if (!inTogether(id) && inWhole(id) === wantWhole) ranked.push(id);
      }
    }
    return ranked;
  }

  private loadShard(n: number): Promise<void> {
    let loading = this.shards.get(n);
    if (!loading) {
      loading = this.files.shard(n).then(
        (shard) => this.importShard(n, shard),
        (error: unknown) => {
          this.shards.delete(n); // a failed download is tried again by the next search
          throw error;
        },
      );
      this.shards.set(n, loading);
    }
    return loading;
  }

  private importShard(n: number, shard: IndexShard) {
    const lists = new Map(shard.map.map(([token, ids]) => [token, decodeIds(ids)]));
    const pairs = shard.ctx.map(([first, next]) => [
      first,
      next.map(([nextToken, positions]) => [nextToken, [decodeSubset(positions, this.pairBase(n, first, nextToken, lists))]]),
    ]);
    // FlexSearch's import() takes the parsed entries of its own export as well as their JSON text (its type says
    // string only): [token, [passages]] for "map", [token, [[next token, [passages]]]] for "ctx".
    this.index.import('map', [...lists].map(([token, ids]) => [token, [ids]]) as unknown as string);
    this.index.import('ctx', pairs as unknown as string);
    this.vocabularies.set(n, shard.map.map(([token]) => ({ token, passages: lists.get(token)!.length })));
  }

  /** The list a pair in shard `n` is written against (build.ts shardEntries): its rarer token's, which is here. */
  private pairBase(n: number, first: string, next: string, lists: Map<string, number[]>): number[] {
    const { shardCount } = this.manifest;
    const firstList = shardOf(first, shardCount) === n ? lists.get(first) : undefined;
    const nextList = shardOf(next, shardCount) === n ? lists.get(next) : undefined;
    if (!firstList || !nextList) return (firstList ?? nextList)!;
    return nextList.length < firstList.length ? nextList : firstList;
  }

  private loadChunk(n: number): Promise<PassageChunk> {
    let loading = this.chunks.get(n);
    if (!loading) {
      loading = this.files.chunk(n).then(
        (chunk) => {
          this.loadedChunks.set(n, chunk);
          return chunk;
        },
        (error: unknown) => {
          this.chunks.delete(n);
          throw error;
        },
      );
      this.chunks.set(n, loading);
    }
    return loading;
  }
}

/** Runs of three or more tokens are found by their pairs, which can all occur without the run: check the text. */
function needsCheck(tokens: readonly string[]): boolean {
  return tokens.length > 2;
}

/** Values with a non-zero count, most first and in corpus order among equals, at most FACET_LIMIT of them. */
function largestCounts(counts: Uint32Array, valueOf: (index: number) => string): FacetCount[] {
  // Thousands of sources can match, so they are not all sorted: a histogram of the counts gives the least count that
  // makes the list; one pass in corpus order then takes every value above it and, while there is room, those at it.
  let most = 0;
  for (const count of counts) most = Math.max(most, count);
  if (most === 0) return [];
  const withCount = new Uint32Array(most + 1);
  for (const count of counts) withCount[count]++;
  let least = most;
  for (let listed = withCount[most]; least > 1 && listed + withCount[least - 1] <= FACET_LIMIT; least--) listed += withCount[least - 1];
  const above: FacetCount[] = [];
  const at: FacetCount[] = [];
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] > least) above.push({ value: valueOf(i), count: counts[i] });
    else if (counts[i] === least && at.length < FACET_LIMIT) at.push({ value: valueOf(i), count: least });
  }
  return [...above.sort((a, b) => b.count - a.count), ...at].slice(0, FACET_LIMIT);
}

/** A membership test for ids asked in ascending order against an ascending list: one pass over the list in all. */
function membership(list: readonly number[]): (id: number) => boolean {
  let at = 0;
  return (id) => {
    while (at < list.length && list[at] < id) at++;
    return list[at] === id;
  };
}
