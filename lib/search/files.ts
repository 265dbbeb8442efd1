/**
 * The search index as shipped: the shapes of its static files, written at build time (build.ts) and read by the
 * engine (engine.ts). Passages are numbered in corpus order; every file refers to them by number.
 *
 * - manifest: sources, principles and layout; read once, when search is first used.
 * - shards: the FlexSearch index split by token, so a query downloads only the shards of its own tokens.
 * - chunks: passage texts, CHUNK_SIZE at a time, for result snippets and for checking long phrases.
 */
import type { Language } from '../content/schema';

export interface SearchManifest {
  /** A hash of every index file; file URLs carry it, so a cached file from another build is never mixed in. */
  version: string;
  passageCount: number;
  shardCount: number;
  chunkSize: number;
  sources: IndexedSource[];
  principles: IndexedPrinciple[];
}

export interface IndexedSource {
  slug: string;
  title: string;
  language: Language;
  date?: string;
  publisher?: string;
  /** The source's passages are numbers [first, first + count). */
  first: number;
  count: number;
}

export interface IndexedPrinciple {
  id: string;
  title: string;
  titleZh: string;
  terms: { en: string[]; zh: string[] };
  /** The passages stating it, as a codec.ts list. */
  passages: string;
}

/**
 * One shard of FlexSearch's export, with passage lists written by codec.ts. `map`: the tokens that belong here
 * (tokens.ts shardOf) → passages containing them, sorted by token so that completions of a prefix are neighbours.
 * `ctx`: token → following token → passages where the two stand together, for the pairs whose rarer token belongs
 * here, written as positions in that token's list (codec.ts encodeSubset).
 */
export interface IndexShard {
  map: [token: string, passages: string][];
  ctx: [token: string, next: [token: string, passages: string][]][];
}

export interface PassageChunk {
  /** Passages [chunk × chunkSize, …), each as its id (the anchor in its source) and text. */
  passages: [id: string, text: string][];
}
