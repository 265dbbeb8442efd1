/**
 * Builds the search index files (files.ts) at build time, in Node: every passage is read by lib/text's tokeniser
 * (Traditional characters folded to Simplified, hyphenated compounds read both ways), its postings collected
 * (postings.ts) and split into shards (shards.ts); texts, names and principles go in files of their own.
 */
import { createHash } from 'node:crypto';
import { perCorpus, type Corpus } from '../../corpus';
import { hanFoldFor, queryFold } from '../../text/han';
import { normalise, type HanFold } from '../../text/normalise';
import { hyphenatedCompounds, isHanToken } from '../../text/tokens';
import type { PassageLabel } from '../../content/schema';
import { encodeIds } from '../codec';
import type {
  IndexedGlossaryPair,
  IndexedSource,
  IndexShard,
  NamesFile,
  PrinciplesFile,
  SearchManifest,
  TextFile,
} from '../files';
import { labelCode } from '../files';
import { principleNameKeys, type PrincipleNames } from '../intent';
import type { PairPolicy } from '../shards';
import { collectPostings } from './postings';
import { splitIntoShards } from './shards';

/** A source's passages per text file: a page of results from one source needs one file; a long report is split. */
export const TEXT_PART_SIZE = 48;
/** Sources per names file. */
export const NAME_BLOCK_SIZE = 256;
/** Shards are added until each holds about this much JSON: a query downloads a few of them, so small is cheap. */
const TARGET_SHARD_BYTES = 48 * 1024;
/**
 * The pairs of neighbouring tokens the shards hold (shards.ts PairPolicy): pair postings were two thirds of the index
 * at 1000× the seed corpus, most of them pairs of a rare word, which its own list finds as well.
 */
export const PAIR_POLICY: PairPolicy = { limit: 256, tokenFloor: 512, han: true };

export interface IndexInput {
  sources: (IndexedSource & {
    passages: { id: string; text: string; principles: readonly string[]; label?: PassageLabel }[];
  })[];
  /** Principles with their terms, which a query may name (intent.ts); without terms, by id and titles only. */
  principles: (Omit<PrincipleNames, 'terms'> & { terms?: PrincipleNames['terms'] })[];
  glossary?: IndexedGlossaryPair[];
}

export interface SearchIndexFiles {
  manifest: SearchManifest;
  principles: PrinciplesFile;
  shards: IndexShard[];
  texts: TextFile[];
  names: NamesFile[];
}

export function indexInput(corpus: Corpus): IndexInput {
  return {
    sources: corpus.sources.map((source) => ({
      slug: source.slug,
      title: source.title,
      ...(source.shortTitle && { shortTitle: source.shortTitle }),
      ...(source.about && { about: source.about }),
      language: source.language,
      date: source.date,
      publisher: source.publisher,
      translationOf: source.translationOf,
      passages: source.passages.map((passage) => ({
        id: passage.id,
        text: passage.text,
        principles: passage.mentions.map((mention) => mention.principle),
        label: passage.label,
      })),
    })),
    principles: corpus.principles.map(({ id, title, titleZh, terms }) => ({ id, title, titleZh, terms })),
    glossary: corpus.glossary.map(({ en, zh, from }) => ({ en, zh, from })),
  };
}

export function buildSearchIndex(input: IndexInput, pairs: PairPolicy = PAIR_POLICY): SearchIndexFiles {
  const sources = [...input.sources].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const passages = sources.flatMap((source) => source.passages);
  const texts = passages.map((passage) => passage.text);
  const han = hanFoldFor(texts);
  const postings = collectPostings(texts, han, hyphenatedCompounds(texts, han));
  let passageCount = 0;
  const firsts = sources.map((source) => (passageCount += source.passages.length) - source.passages.length);
  const files = {
    principles: { passages: input.principles.map((principle) => encodeIds(passagesStating(passages, principle.id))) },
    shards: splitIntoShards(postings, TARGET_SHARD_BYTES, pairs),
    texts: sources.flatMap((source, s) => textFiles(source, firsts[s])),
    names: nameFiles(sources),
  };
  const languages = [...new Set(sources.map((source) => source.language))].sort();
  const manifest: Omit<SearchManifest, 'version'> = {
    passageCount: passages.length,
    shardCount: files.shards.length,
    pairs,
    languages,
    sources: {
      count: sources.length,
      firsts: encodeIds(firsts),
      languages: sources.map((source) => languages.indexOf(source.language)).join(''),
      translations: translationPairs(sources),
      nameBlockSize: NAME_BLOCK_SIZE,
      nameBlockFirstSlugs: files.names.map((block) => block.sources[0][0]),
    },
    textPartSize: TEXT_PART_SIZE,
    principles: input.principles.map((principle) => ({
      id: principle.id,
      title: principle.title,
      titleZh: principle.titleZh,
      names: principleNameKeys({ terms: { en: [], zh: [] }, ...principle }, input.glossary ?? []),
    })),
    glossary: (input.glossary ?? []).map((pair) => normaliseGlossaryPair(pair, han)),
    han: [...queryFold(hanCharacters(postings.words.keys()))].flat().join(''),
  };
  const version = createHash('sha256')
    .update(JSON.stringify([manifest, files]))
    .digest('hex')
    .slice(0, 12);
  return { manifest: { version, ...manifest }, ...files };
}

type InputSource = IndexInput['sources'][number];

function passagesStating(passages: InputSource['passages'], principle: string): number[] {
  return passages.flatMap((passage, n) => (passage.principles.includes(principle) ? [n] : []));
}

function textFiles(source: InputSource, first: number): TextFile[] {
  const { passages, date, publisher, translationOf, slug, title, shortTitle, about, language } = source;
  const indexed: IndexedSource = {
    slug,
    title,
    language,
    ...(shortTitle && { shortTitle }),
    ...(about && { about }),
    ...(date && { date }),
    ...(publisher && { publisher }),
    ...(translationOf && { translationOf }),
  };
  const files: TextFile[] = [];
  for (let at = 0; at < passages.length; at += TEXT_PART_SIZE) {
    files.push({
      source: indexed,
      first: first + at,
      passages: passages
        .slice(at, at + TEXT_PART_SIZE)
        .map((passage) =>
          passage.label ? [passage.id, passage.text, labelCode(passage.label)] : [passage.id, passage.text],
        ),
    });
  }
  return files;
}

function nameFiles(sources: InputSource[]): NamesFile[] {
  const files: NamesFile[] = [];
  for (let at = 0; at < sources.length; at += NAME_BLOCK_SIZE) {
    // Short titles where the editors gave one: filters list them, and they tell apart texts whose titles are alike.
    files.push({
      sources: sources
        .slice(at, at + NAME_BLOCK_SIZE)
        .map((source) => [source.slug, source.shortTitle ?? source.title, source.language]),
    });
  }
  return files;
}

/** Translations whose original is indexed and aligns with them, paragraph for paragraph. */
function translationPairs(sources: InputSource[]): [number, number][] {
  const bySlug = new Map(sources.map((source, s) => [source.slug, s]));
  return sources.flatMap((source, s): [number, number][] => {
    const original = source.translationOf === undefined ? undefined : bySlug.get(source.translationOf);
    return original !== undefined && sources[original].passages.length === source.passages.length
      ? [[s, original]]
      : [];
  });
}

function normaliseGlossaryPair(pair: IndexedGlossaryPair, han: HanFold): IndexedGlossaryPair {
  const terms = (list: string[]) => [...new Set(list.map((term) => normalise(term, han)).filter(Boolean))];
  return { en: terms(pair.en), zh: terms(pair.zh), from: pair.from };
}

function hanCharacters(tokens: Iterable<string>): Set<string> {
  const characters = new Set<string>();
  for (const token of tokens) if (isHanToken(token)) characters.add(token);
  return characters;
}

/** The index of this project's corpus, built once per corpus for the route handlers that publish its files. */
export const getSearchIndex: () => SearchIndexFiles = perCorpus((corpus) => buildSearchIndex(indexInput(corpus)));
