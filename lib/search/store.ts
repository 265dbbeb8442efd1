/**
 * The index as the engine sees it: the manifest's layout worked out once (which source and work each passage belongs
 * to), and the files a query needs, fetched on demand and kept (the same code in the browser, which fetches them,
 * and in Node, which reads them from memory). Loading is asynchronous and separate from searching, which is
 * synchronous and touches only what is loaded, so that its cost can be measured on its own.
 */
import { lattice, type TokenLattice } from '../text/match';
import type { HanFold } from '../text/normalise';
import { tokenise } from '../text/tokens';
import { countIds, decodeIds, decodeSubset } from './codec';
import type { IndexedSource, IndexShard, NamesFile, PrinciplesFile, SearchManifest, TextFile } from './files';
import { intersect } from './id-sets';
import { pairAbsenceKnown, pairBase, shardOf } from './shards';

export interface IndexFileLoader {
  principles(): Promise<PrinciplesFile>;
  shard(n: number): Promise<IndexShard>;
  text(n: number): Promise<TextFile>;
  names(n: number): Promise<NamesFile>;
}

/** A pair's passages; not `exact` where the index does not store the pair: then its tokens' (a superset). */
export interface PairPostings {
  ids: readonly number[];
  exact: boolean;
}

export interface VocabularyEntry {
  token: string;
  /** How many passages contain it. */
  passages: number;
}

const NONE: readonly number[] = [];
/** Passages whose tokens are kept for checking phrases: several pages' worth. */
const KEPT_LATTICES = 2048;

export class IndexStore {
  /** Per source, its first passage number, and the number of its first text file. */
  readonly firsts: number[];
  private readonly firstTexts: number[];
  /** Per passage, its source; per source, its language's index in manifest.languages. */
  readonly sourceOf: Uint32Array;
  readonly languageOf: Uint8Array;
  /** Per original source, its translations; per translation, its original. */
  private readonly translationsOf = new Map<number, number[]>();
  private readonly originalOf = new Map<number, number>();
  /** Per passage, its principles as bits (bit p: manifest.principles[p]), once principles() has loaded. */
  principleBits?: Uint32Array;
  /** Per principle (manifest order), the passages stating it, once principles() has loaded. */
  private stating: (readonly number[])[] = [];

  private readonly loads = new Map<string, Promise<unknown>>();
  /** Each loaded token's passages as the shard writes them, decoded into `lists` when a query first reads them. */
  private readonly encoded = new Map<string, string>();
  private readonly lists = new Map<string, readonly number[]>();
  private readonly pairs = new Map<string, Map<string, string>>();
  private readonly decodedPairs = new Map<string, PairPostings>();
  private readonly vocabularies = new Map<number, VocabularyEntry[]>();
  private readonly texts = new Map<number, TextFile>();
  /** Passages' tokens, kept for the passages checked most recently: a query checks at most a few pages of them. */
  private readonly lattices = new Map<number, TokenLattice>();
  private readonly names = new Map<number, NamesFile>();

  /** `han`: the manifest's Traditional → Simplified pairs, which cover every Traditional character of the texts. */
  constructor(
    readonly manifest: SearchManifest,
    private readonly files: IndexFileLoader,
    private readonly han: HanFold = new Map(),
  ) {
    const { sources, passageCount, textPartSize } = manifest;
    if (manifest.principles.length > 32)
      throw new Error('IndexStore: principles are bits of a 32-bit mask; widen principleBits');
    this.firsts = decodeIds(sources.firsts);
    this.sourceOf = new Uint32Array(passageCount);
    this.firstTexts = [];
    let texts = 0;
    this.firsts.forEach((first, s) => {
      this.sourceOf.fill(s, first, this.end(s));
      this.firstTexts.push(texts);
      texts += Math.ceil((this.end(s) - first) / textPartSize);
    });
    this.languageOf = Uint8Array.from(sources.languages, Number);
    for (const [translation, original] of sources.translations) {
      this.translationsOf.set(original, [...(this.translationsOf.get(original) ?? []), translation]);
      this.originalOf.set(translation, original);
    }
  }

  /** One past the last passage of source `s`. */
  end(s: number): number {
    return this.firsts[s + 1] ?? this.manifest.passageCount;
  }

  hasTranslations(): boolean {
    return this.originalOf.size > 0;
  }

  /** The work a passage belongs to, as its original passage's number: itself, unless it is in a translation. */
  workOf(n: number): number {
    const s = this.sourceOf[n];
    const original = this.originalOf.get(s);
    return original === undefined ? n : this.firsts[original] + (n - this.firsts[s]);
  }

  /** A work's passages: the original's, then each translation's. */
  membersOf(work: number): number[] {
    const s = this.sourceOf[work];
    const translations = this.translationsOf.get(s) ?? [];
    return [work, ...translations.map((t) => this.firsts[t] + (work - this.firsts[s]))];
  }

  // ---- loading ----

  loadPrinciples(): Promise<unknown> {
    return this.load('principles', () =>
      this.files.principles().then((file) => {
        const bits = new Uint32Array(this.manifest.passageCount);
        this.stating = file.passages.map((list, p) => {
          const passages = decodeIds(list);
          for (const n of passages) bits[n] |= 1 << p;
          return passages;
        });
        this.principleBits = bits;
      }),
    );
  }

  loadShards(tokens: Iterable<string>): Promise<unknown> {
    const shards = new Set(Array.from(tokens, (token) => shardOf(token, this.manifest.shardCount)));
    return Promise.all(
      [...shards].map((n) =>
        this.load(`shard ${n}`, () => this.files.shard(n).then((shard) => this.importShard(n, shard))),
      ),
    );
  }

  loadTexts(passages: Iterable<number>): Promise<unknown> {
    const files = new Set(Array.from(passages, (n) => this.textFileOf(n)));
    return Promise.all(
      [...files].map((n) => this.load(`text ${n}`, () => this.files.text(n).then((file) => this.texts.set(n, file)))),
    );
  }

  loadNames(sources: Iterable<number>): Promise<unknown> {
    const blocks = new Set(Array.from(sources, (s) => Math.floor(s / this.manifest.sources.nameBlockSize)));
    return Promise.all(
      [...blocks].map((n) =>
        this.load(`names ${n}`, () => this.files.names(n).then((file) => this.names.set(n, file))),
      ),
    );
  }

  /** Loads the names file that would hold `slug` (slugs are in order), so that sourceNumber() can find it. */
  loadNamesOf(slug: string): Promise<unknown> {
    const block = this.nameBlockOf(slug);
    return block < 0 ? Promise.resolve() : this.loadNames([block * this.manifest.sources.nameBlockSize]);
  }

  /** A file downloaded once; a failed download is tried again by the next search. */
  private load(key: string, fetch: () => Promise<unknown>): Promise<unknown> {
    let loading = this.loads.get(key);
    if (!loading) {
      loading = fetch().catch((error: unknown) => {
        this.loads.delete(key);
        throw error;
      });
      this.loads.set(key, loading);
    }
    return loading;
  }

  private importShard(n: number, shard: IndexShard) {
    // A shard holds many tokens besides the query's: decoding only those read keeps a query's main-thread work small.
    for (const [token, list] of shard.words) this.encoded.set(token, list);
    for (const [first, next] of shard.pairs) {
      let byNext = this.pairs.get(first);
      if (!byNext) this.pairs.set(first, (byNext = new Map()));
      for (const [token, positions] of next) byNext.set(token, positions);
    }
    this.vocabularies.set(
      n,
      shard.words.map(([token, list]) => ({ token, passages: countIds(list) })),
    );
  }

  // ---- reading what is loaded ----

  /** The passages containing a token (its shard must be loaded). */
  list(token: string): readonly number[] {
    let list = this.lists.get(token);
    if (!list) {
      const encoded = this.encoded.get(token);
      if (encoded === undefined) return NONE;
      list = decodeIds(encoded);
      this.lists.set(token, list);
    }
    return list;
  }

  /**
   * The passages where `first` is followed by `next` (both tokens' shards must be loaded); for a pair the index does
   * not store, the passages holding both, not exact (shards.ts PairPolicy).
   */
  pair(first: string, next: string): PairPostings {
    const key = `${first} ${next}`;
    let found = this.decodedPairs.get(key);
    if (!found) {
      found = this.readPair(first, next);
      this.decodedPairs.set(key, found);
    }
    return found;
  }

  private readPair(first: string, next: string): PairPostings {
    const firstList = this.list(first);
    const nextList = this.list(next);
    const positions = this.pairs.get(first)?.get(next);
    if (positions !== undefined) {
      const base = pairBase(first, firstList.length, next, nextList.length) === first ? firstList : nextList;
      return { ids: decodeSubset(positions, base), exact: true };
    }
    const counts = { first, next, firstCount: firstList.length, nextCount: nextList.length };
    if (pairAbsenceKnown(counts, this.manifest.pairs)) return { ids: NONE, exact: true };
    return { ids: intersect(firstList, nextList), exact: false };
  }

  /** Indexed tokens stored beside `token` (same shard), sorted: completions and inflections of it are among them. */
  vocabularyNear(token: string): readonly VocabularyEntry[] {
    return this.vocabularies.get(shardOf(token, this.manifest.shardCount)) ?? [];
  }

  /** A loaded passage's tokens, for checking a phrase against it. */
  passageTokens(n: number): TokenLattice | undefined {
    let tokens = this.lattices.get(n);
    if (!tokens) {
      const text = this.passageText(n)?.[1];
      if (text === undefined) return undefined;
      if (this.lattices.size >= KEPT_LATTICES) this.lattices.clear();
      tokens = lattice(tokenise(text, { han: this.han }));
      this.lattices.set(n, tokens);
    }
    return tokens;
  }

  /** The passages stating principle `p` (ascending); none until principles() has loaded. */
  passagesStating(p: number): readonly number[] {
    return this.stating[p] ?? NONE;
  }

  passageText(n: number): TextFile['passages'][number] | undefined {
    const file = this.texts.get(this.textFileOf(n));
    return file?.passages[n - file.first];
  }

  /** A source's title and dates, from a loaded text file of it. */
  source(n: number): IndexedSource | undefined {
    return this.texts.get(this.textFileOf(n))?.source;
  }

  /** A source's slug, title and language, once its names file is loaded. */
  sourceName(s: number): NamesFile['sources'][number] | undefined {
    const { nameBlockSize } = this.manifest.sources;
    return this.names.get(Math.floor(s / nameBlockSize))?.sources[s % nameBlockSize];
  }

  /** The number of the source with this slug, if its names file is loaded and it exists. */
  sourceNumber(slug: string): number | undefined {
    const block = this.nameBlockOf(slug);
    const at = this.names.get(block)?.sources.findIndex(([candidate]) => candidate === slug) ?? -1;
    return at < 0 ? undefined : block * this.manifest.sources.nameBlockSize + at;
  }

  private nameBlockOf(slug: string): number {
    const firstSlugs = this.manifest.sources.nameBlockFirstSlugs;
    let block = -1;
    while (block + 1 < firstSlugs.length && firstSlugs[block + 1] <= slug) block++;
    return block;
  }

  private textFileOf(n: number): number {
    const s = this.sourceOf[n];
    return this.firstTexts[s] + Math.floor((n - this.firsts[s]) / this.manifest.textPartSize);
  }
}
