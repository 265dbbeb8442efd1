/**
 * The search index as shipped: the shapes of its static files, written at build time (build.ts) and read by the
 * engine (store.ts). The format is this project's own (codec.ts lists), so no library's undocumented export format
 * can change under it. Passages are numbered in index order (sources sorted by slug, each source's passages in
 * order); every file refers to them by number. A query downloads:
 *
 * - manifest: read once, when search is first used. Small at any scale: no per-passage data, only per-source
 *   numbers packed into strings.
 * - principles: which passages state each principle, for the principle filter and its counts; once.
 * - shards: the postings split by token, so a query downloads only the shards of its own tokens.
 * - texts: one source's passages per file (a long source in parts), with the source's title and dates: the results
 *   shown, and the phrases checked against their text, need only their own sources' files.
 * - names: sources' slugs and titles in blocks, for the source filter and its labels.
 */
import type { Language, PassageLabel } from '../content/schema';
import type { PairPolicy } from './shards';

export interface SearchManifest {
  /** A hash of every index file; file URLs carry it, so a cached file from another build is never mixed in. */
  version: string;
  passageCount: number;
  shardCount: number;
  /** Which pairs of neighbouring tokens the shards hold (shards.ts). */
  pairs: PairPolicy;
  languages: Language[];
  sources: ManifestSources;
  /** At most this many passages per text file: a long source is split into parts. */
  textPartSize: number;
  principles: IndexedPrinciple[];
  glossary: IndexedGlossaryPair[];
  /** Traditional → Simplified characters a query may type, as pairs of characters run together ("聯联國国…"). */
  han: string;
}

export interface ManifestSources {
  count: number;
  /** Each source's first passage number, ascending (codec.ts list). */
  firsts: string;
  /** Each source's language, one digit per source: an index into `languages`. */
  languages: string;
  /** [translation, original] source numbers: a translation's passage k is its original's passage k. */
  translations: [number, number][];
  /** Sources per names file; the first slug of each file, for finding a slug without reading them all. */
  nameBlockSize: number;
  nameBlockFirstSlugs: string[];
}

export interface IndexedPrinciple {
  id: string;
  title: string;
  titleZh: string;
  /**
   * What a query naming it reads as (intent.ts nameKey): its id's words, titles, terms, and the glossary's other names
   * of its terms, in both languages. Absent in an index built without them.
   */
  names?: string[];
}

/** A glossary pair (content/glossary.md, or a principle's own terms), each term as normalised text. */
export interface IndexedGlossaryPair {
  en: string[];
  zh: string[];
  /** Editors' pairs name one thing; a principle's terms are looser, and weigh less in ranking. */
  from: 'editor' | 'principle';
}

export interface PrinciplesFile {
  /** Per manifest principle, in order, the passages stating it (codec.ts list). */
  passages: string[];
}

/**
 * One shard. `words`: the tokens that belong here (shardOf) → passages containing them, sorted by token so that
 * completions of a prefix are neighbours. `pairs`: token → following token → passages where the two stand together,
 * for the pairs whose rarer token belongs here, written as positions in that token's list (codec.ts encodeSubset).
 */
export interface IndexShard {
  words: [token: string, passages: string][];
  pairs: [token: string, next: [token: string, passages: string][]][];
}

export interface IndexedSource {
  slug: string;
  title: string;
  language: Language;
  /** A few words for compact lists, where the editors gave them. */
  shortTitle?: string;
  /** The source this one is a commentary on: its name says so, as its title may be nearly the other's. */
  about?: string;
  date?: string;
  publisher?: string;
  /** The original, when this source is a translation. */
  translationOf?: string;
}

export interface TextFile {
  source: IndexedSource;
  /** The number of the first passage here. */
  first: number;
  /** Each passage's id (its anchor in the source), text and, where the source has them, its label (labelCode). */
  passages: [id: string, text: string, label?: string][];
}

/**
 * A passage's label as stored in a text file: "3" (¶ 3), "p3" (point 3), "r3" (preamble ¶ 3), "l" (lead-in); the
 * interface says it in the reader's language (lib/content/labels.ts formatLabel).
 */
export function labelCode(label: PassageLabel): string {
  if (label.kind === 'lead-in') return 'l';
  return `${{ paragraph: '', point: 'p', preamble: 'r' }[label.kind]}${label.n}`;
}

export function labelOfCode(code: string): PassageLabel | undefined {
  const found = /^([pr]?)(\d+)$/.exec(code);
  if (code === 'l') return { kind: 'lead-in' };
  if (!found) return undefined;
  const n = Number(found[2]);
  return found[1] === 'p'
    ? { kind: 'point', n }
    : found[1] === 'r'
      ? { kind: 'preamble', n }
      : { kind: 'paragraph', n };
}

export interface NamesFile {
  /** Sources [block × nameBlockSize, …): slug, title, language. */
  sources: [slug: string, title: string, language: Language][];
}
