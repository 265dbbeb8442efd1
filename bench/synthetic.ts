/**
 * The bench's synthetic corpus: `scale` × the real passages, recombined from the real passages' sentences so that it
 * compresses like prose, grouped into synthetic sources of one language each.
 *
 * Recombined sentences alone are not enough: 90 real passages hold about 1,100 English words, so at 1000× every
 * sentence and word pair recurs within gzip's 32 KiB window and the text gzips 6.4× where the real content gzips
 * 2.7× (issue 8). A larger corpus brings new words (Heaps' law), so a share of the words is replaced by words of an
 * extra vocabulary per language, drawn by Zipf's law: made of pieces of real words (English) or of real characters
 * (Chinese). `syntheticText()` reports both ratios; NEW_WORD_RATE is the share that brings the synthetic ratio within
 * 20% of the real one.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { GLOSSARY_FILE, INITIATIVE_FILE } from '../lib/content/load';
import { PUBLISHED_IDS_FILE } from '../lib/content/published-ids';
import type { Language } from '../lib/content/schema';
import { getCorpus, type Corpus } from '../lib/corpus';
import { Tagger } from '../lib/tagging/tag';

/** Share of the words (after a sentence's first) replaced by a word of the extra vocabulary. */
export const NEW_WORD_RATE = 0.35;
/** Words in each language's extra vocabulary: about what Heaps' law gives for 1000× the real English text. */
const EXTRA_VOCABULARY = 100_000;
/** Passages per synthetic source, as many as a long real article has. */
export const PASSAGES_PER_SOURCE = 20;

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same synthetic corpus. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampledPassage {
  text: string;
  language: Language;
  /** The synthetic source it belongs to (`synthetic-<n>`): PASSAGES_PER_SOURCE consecutive passages of one language. */
  sourceSlug: string;
  /** The principles the project's tagger finds in its text. */
  principles: string[];
}

export interface SyntheticSource {
  slug: string;
  title: string;
  language: Language;
  /** The second source translates the first (same number of passages), so that /parallel/ has a page to export. */
  translationOf?: string;
  passages: SampledPassage[];
}

/** One language's material: its real sentences (as tokens that join back into the text) and passage lengths. */
interface LanguagePool {
  sentences: string[][];
  sentencesPerPassage: number[];
  extraWords: string[];
}

const HAN_WORD = /^\p{Script=Han}+$/u;
const ENGLISH_WORD = /^(\p{L}{3,})(.*)$/su;
const zhWords = new Intl.Segmenter('zh', { granularity: 'word' });

/** Sentences end at . ! ? before a capital (English) or after 。！？ and any closing quote (Chinese). */
function sentencesOf(text: string, language: Language): string[] {
  if (language === 'zh') return text.match(/[^。！？]*[。！？]+[”」』）]*|[^。！？]+$/gu) ?? [text];
  return text.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/u);
}

/** Tokens that join back into the sentence: words with their trailing space (English), ICU words (Chinese). */
function tokensOf(sentence: string, language: Language): string[] {
  if (language === 'zh') return Array.from(zhWords.segment(sentence), (part) => part.segment);
  return sentence.match(/\S+\s*/gu) ?? [];
}

function isReplaceable(token: string, language: Language): boolean {
  return language === 'zh' ? HAN_WORD.test(token) : ENGLISH_WORD.test(token);
}

const cached = new Map<string, SampledPassage[]>();

/** `scale` × the real passages (rounded), recombined from their sentences; the same corpus on every call. */
export function samplePassages(corpus: Corpus, scale: number, seed = 1): SampledPassage[] {
  const key = `${scale}:${seed}:${corpus.sources.map((source) => source.slug).join()}`;
  if (!cached.has(key)) cached.set(key, generate(corpus, scale, seed));
  return cached.get(key)!;
}

function generate(corpus: Corpus, scale: number, seed: number): SampledPassage[] {
  const next = random(seed);
  const pools = { en: languagePool(corpus, 'en', next), zh: languagePool(corpus, 'zh', next) };
  const real = corpus.sources.flatMap((source) => source.passages.map(() => source.language));
  const zhShare = real.filter((language) => language === 'zh').length / real.length;
  const tagger = new Tagger(corpus.principles);
  const total = Math.round(real.length * scale);
  const passages: SampledPassage[] = [];
  for (let n = 0; passages.length < total; n++) {
    // The first two sources are the translated pair: a Chinese original and an English translation.
    const language: Language = n < 2 ? (n === 0 ? 'zh' : 'en') : next() < zhShare ? 'zh' : 'en';
    for (let i = 0; i < PASSAGES_PER_SOURCE && passages.length < total; i++) {
      const text = passageText(pools[language], language, next);
      const principles = tagger.tag(text).map((mention) => mention.principle);
      passages.push({ text, language, sourceSlug: `synthetic-${n}`, principles });
    }
  }
  return passages;
}

function languagePool(corpus: Corpus, language: Language, next: () => number): LanguagePool {
  const texts = corpus.sources
    .filter((source) => source.language === language)
    .flatMap((source) => source.passages.map((passage) => passage.text));
  const split = texts.map((text) => sentencesOf(text, language));
  const sentences = split.flat().map((sentence) => tokensOf(sentence, language));
  const words = sentences.flat().filter((token) => isReplaceable(token, language));
  return {
    sentences,
    sentencesPerPassage: split.map((list) => list.length),
    extraWords: extraVocabulary(words, language, next),
  };
}

/** New words made of real material: the start of one real word and the end of another, or two real characters. */
function extraVocabulary(words: string[], language: Language, next: () => number): string[] {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const characters = Array.from(words.join(''));
  const letters = words.map((word) => word.match(ENGLISH_WORD)?.[1] ?? word);
  return Array.from({ length: EXTRA_VOCABULARY }, () => {
    if (language === 'zh') return pick(characters) + pick(characters);
    const [head, tail] = [pick(letters), pick(letters)];
    return (
      head.slice(0, 1 + Math.floor(next() * (head.length - 1))) + tail.slice(1 + Math.floor(next() * (tail.length - 1)))
    );
  });
}

/** As many sentences as a real passage of the language has, each a real sentence with some words replaced. */
function passageText(pool: LanguagePool, language: Language, next: () => number): string {
  const count = pool.sentencesPerPassage[Math.floor(next() * pool.sentencesPerPassage.length)];
  const sentences = Array.from({ length: count }, () => {
    const tokens = pool.sentences[Math.floor(next() * pool.sentences.length)];
    return tokens
      .map((token, i) =>
        i > 0 && next() < NEW_WORD_RATE && isReplaceable(token, language)
          ? newWord(pool, token, language, next)
          : token,
      )
      .join('');
  });
  return sentences.join(language === 'en' ? ' ' : '').trim();
}

/**
 * A word of the extra vocabulary by Zipf's law (rank k with probability about 1/k), keeping the token's punctuation.
 */
function newWord(pool: LanguagePool, token: string, language: Language, next: () => number): string {
  const word = pool.extraWords[Math.floor(Math.exp(next() * Math.log(pool.extraWords.length))) - 1];
  return language === 'zh' ? word : word + token.match(ENGLISH_WORD)![2];
}

/** The sampled passages as their sources, in order; the second source translates the first. */
export function syntheticSources(passages: SampledPassage[]): SyntheticSource[] {
  const sources: SyntheticSource[] = [];
  for (const passage of passages) {
    let source = sources[sources.length - 1];
    if (source?.slug !== passage.sourceSlug) {
      source = {
        slug: passage.sourceSlug,
        title: `Synthetic source ${sources.length}`,
        language: passage.language,
        passages: [],
      };
      sources.push(source);
    }
    source.passages.push(passage);
  }
  const [original, translation] = sources;
  if (
    translation &&
    original.language !== translation.language &&
    original.passages.length === translation.passages.length
  ) {
    translation.translationOf = original.slug;
  }
  return sources;
}

/** Writes a content/ folder of the synthetic sources beside a copy of the real principles and introduction. */
export function writeSyntheticContent(passages: SampledPassage[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'gaigi-bench-'));
  mkdirSync(path.join(root, 'content', 'sources'), { recursive: true });
  cpSync(path.join(process.cwd(), 'content', 'principles'), path.join(root, 'content', 'principles'), {
    recursive: true,
  });
  // The synthetic corpus holds no official text: the introduction names none (its `source:` line is left out).
  const initiative = readFileSync(path.join(process.cwd(), INITIATIVE_FILE), 'utf8').replace(/^source:.*\n/m, '');
  writeFileSync(path.join(root, INITIATIVE_FILE), initiative);
  // The pairs' evidence names real passages, which the synthetic corpus does not have: search needs only the names.
  const glossary = readFileSync(path.join(process.cwd(), GLOSSARY_FILE), 'utf8').replace(/^\s+evidence:.*\n/gm, '');
  writeFileSync(path.join(root, GLOSSARY_FILE), glossary);
  // A new corpus starts an empty ledger of ids: a missing one beside sources is refused as a lost file.
  writeFileSync(path.join(root, PUBLISHED_IDS_FILE), '{}\n');
  for (const source of syntheticSources(passages)) {
    const front = [`slug: ${source.slug}`, `title: ${source.title}`, `language: ${source.language}`];
    if (source.translationOf) front.push(`translationOf: ${source.translationOf}`);
    const body = source.passages.map((passage) => passage.text).join('\n\n');
    writeFileSync(
      path.join(root, 'content', 'sources', `${source.slug}.md`),
      `---\n${front.join('\n')}\n---\n\n${body}\n`,
    );
  }
  return root;
}

/** The scale at which the synthetic text is compared with the real one. */
const RATIO_SCALE = 1000;

/** Raw bytes / gzip bytes of the real passages' text and of the synthetic text at 1000× (passages joined by lines). */
export function syntheticText() {
  const corpus = getCorpus();
  const real = corpus.sources.flatMap((source) => source.passages.map((passage) => passage.text)).join('\n');
  const synthetic = samplePassages(corpus, RATIO_SCALE)
    .map((passage) => passage.text)
    .join('\n');
  const ratio = (text: string) => Number((Buffer.byteLength(text) / gzipSync(text).length).toFixed(2));
  const result = {
    scale: RATIO_SCALE,
    newWordRate: NEW_WORD_RATE,
    realGzipRatio: ratio(real),
    syntheticGzipRatio: ratio(synthetic),
  };
  console.log(
    `gzip ratio: real text ${result.realGzipRatio}, synthetic text at ${RATIO_SCALE}× ${result.syntheticGzipRatio}`,
  );
  return result;
}
