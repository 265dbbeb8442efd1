/**
 * Builds the search index files (files.ts) at build time, in Node: every passage goes into one FlexSearch index
 * (config.ts), whose export is split into shards by token and written compactly (codec.ts).
 */
import { createHash } from 'node:crypto';
import type { Index } from 'flexsearch';
import type { Language } from '../content/schema';
import { getCorpus, type Corpus } from '../corpus';
import { encodeIds, encodeSubset } from './codec';
import { createIndex } from './config';
import type { IndexShard, PassageChunk, SearchManifest } from './files';
import { shardOf } from './tokens';

/** Passages per text chunk: one chunk holds the whole seed corpus; at scale a page of results needs only a few. */
export const CHUNK_SIZE = 128;

/** Shards are added in powers of two until each holds about this much JSON (a quarter of it gzipped). */
const TARGET_SHARD_BYTES = 128 * 1024;

export interface IndexInput {
  sources: {
    slug: string;
    title: string;
    language: Language;
    date?: string;
    publisher?: string;
    passages: { id: string; text: string; principles: readonly string[] }[];
  }[];
  principles: { id: string; title: string; titleZh: string; terms: { en: string[]; zh: string[] } }[];
}

export interface SearchIndexFiles {
  manifest: SearchManifest;
  shards: IndexShard[];
  chunks: PassageChunk[];
}

export function indexInput(corpus: Corpus): IndexInput {
  return {
    sources: corpus.sources.map((source) => ({
      slug: source.slug,
      title: source.title,
      language: source.language,
      date: source.date,
      publisher: source.publisher,
      passages: source.passages.map((passage) => ({
        id: passage.id,
        text: passage.text,
        principles: passage.mentions.map((mention) => mention.principle),
      })),
    })),
    principles: corpus.principles.map(({ id, title, titleZh, terms }) => ({ id, title, titleZh, terms })),
  };
}

export function buildSearchIndex(input: IndexInput): SearchIndexFiles {
  const passages = input.sources.flatMap((source) => source.passages);
  const index = createIndex();
  passages.forEach((passage, n) => index.add(n, passage.text));
  const { tokens, pairs } = exportLists(index);

  const { shardCount, shards } = shardEntries(tokens, pairs);
  const chunks: PassageChunk[] = [];
  for (let first = 0; first < passages.length; first += CHUNK_SIZE) {
    chunks.push({ passages: passages.slice(first, first + CHUNK_SIZE).map((passage) => [passage.id, passage.text]) });
  }

  let first = 0;
  const sources = input.sources.map(({ passages: own, date, publisher, ...source }) => {
    const indexed = { ...source, ...(date && { date }), ...(publisher && { publisher }), first, count: own.length };
    first += own.length;
    return indexed;
  });
  const principles = input.principles.map((principle) => ({
    ...principle,
    passages: encodeIds(passages.flatMap((passage, n) => (passage.principles.includes(principle.id) ? [n] : []))),
  }));
  const layout = { passageCount: passages.length, shardCount, chunkSize: CHUNK_SIZE, sources, principles };
  const version = createHash('sha256').update(JSON.stringify([layout, shards, chunks])).digest('hex').slice(0, 12);
  return { manifest: { version, ...layout }, shards, chunks };
}

type Pair = [first: string, next: string, passages: number[]];

/** FlexSearch's export (key "…map": token → passages, "…ctx": token → next token → passages), parsed. */
function exportLists(index: Index): { tokens: Map<string, number[]>; pairs: Pair[] } {
  const tokens = new Map<string, number[]>();
  const pairs: Pair[] = [];
  index.export((key, data) => {
    const part = key.split('.').pop();
    if (part === 'map') {
      for (const [token, slots] of JSON.parse(data) as [string, number[][]][]) tokens.set(token, flatten(slots));
    } else if (part === 'ctx') {
      for (const [token, next] of JSON.parse(data) as [string, [string, number[][]][]][]) {
        for (const [nextToken, slots] of next) pairs.push([token, nextToken, flatten(slots)]);
      }
    }
  });
  return { tokens, pairs };
}

/** FlexSearch keeps a list per resolution slot; with resolution 1 there is one, already ascending. */
function flatten(slots: number[][]): number[] {
  return slots.flat().sort((a, b) => a - b);
}

/**
 * Places each token in its shard, and each pair in the shard of its rarer token, written as positions in that token's
 * list (codec.ts encodeSubset): engine.ts pairBase() finds the same token again when it reads the shard.
 */
function shardEntries(tokens: Map<string, number[]>, pairs: Pair[]) {
  const encodedTokens = [...tokens].map(([token, ids]): [string, string] => [token, encodeIds(ids)]);
  const encodedPairs = pairs.map(([first, next, ids]) => {
    const base = tokens.get(next)!.length < tokens.get(first)!.length ? next : first;
    return { first, next, base, passages: encodeSubset(ids, tokens.get(base)!) };
  });
  const bytes =
    encodedTokens.reduce((sum, [token, passages]) => sum + token.length + passages.length + 6, 0) +
    encodedPairs.reduce((sum, pair) => sum + pair.next.length + pair.passages.length + 6, 0);
  const shardCount = 2 ** Math.max(0, Math.ceil(Math.log2(bytes / TARGET_SHARD_BYTES)));

  const shardTokens = Array.from({ length: shardCount }, (): IndexShard['map'] => []);
  for (const entry of encodedTokens) shardTokens[shardOf(entry[0], shardCount)].push(entry);
  const shardPairs = Array.from({ length: shardCount }, () => new Map<string, [string, string][]>());
  for (const { first, next, base, passages } of encodedPairs) {
    const byFirst = shardPairs[shardOf(base, shardCount)];
    if (!byFirst.has(first)) byFirst.set(first, []);
    byFirst.get(first)!.push([next, passages]);
  }
  const shards = shardTokens.map((map, n): IndexShard => ({ map: map.sort(byToken), ctx: [...shardPairs[n]].sort(byToken) }));
  return { shardCount, shards };
}

function byToken(a: [string, unknown], b: [string, unknown]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

let cached: SearchIndexFiles | undefined;

/** The index of this project's corpus, built once per process for the route handlers that publish its files. */
export function getSearchIndex(): SearchIndexFiles {
  cached ??= buildSearchIndex(indexInput(getCorpus()));
  return cached;
}
