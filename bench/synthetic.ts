import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { INITIATIVE_FILE } from '../lib/content/load';
import type { Corpus } from '../lib/corpus';

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
  language: 'en' | 'zh';
  sourceSlug: string;
  /** The principles its seed passage states. */
  principles: string[];
}

/** `scale` × the real passages, sampled with replacement and shuffled; each copy is marked to keep texts distinct. */
export function samplePassages(corpus: Corpus, scale: number, seed = 1): SampledPassage[] {
  const pool = corpus.sources.flatMap((source) =>
    source.passages.map((passage) => ({
      text: passage.text,
      language: source.language,
      sourceSlug: source.slug,
      principles: passage.mentions.map((mention) => mention.principle),
    })),
  );
  const next = random(seed);
  return Array.from({ length: Math.round(pool.length * scale) }, (_, i) => {
    const picked = pool[Math.floor(next() * pool.length)];
    return { ...picked, text: i < pool.length * 1 ? picked.text : `${picked.text} (${i})` };
  });
}

/** Writes a content/ folder of synthetic sources (about 20 passages each) beside a copy of the real principles and introduction. */
export function writeSyntheticContent(passages: SampledPassage[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'gaigi-bench-'));
  mkdirSync(path.join(root, 'content', 'sources'), { recursive: true });
  cpSync(path.join(process.cwd(), 'content', 'principles'), path.join(root, 'content', 'principles'), { recursive: true });
  cpSync(path.join(process.cwd(), INITIATIVE_FILE), path.join(root, INITIATIVE_FILE));
  for (let start = 0, n = 0; start < passages.length; start += 20, n++) {
    const chunk = passages.slice(start, start + 20);
    const slug = `synthetic-${n}`;
    const front = `---\nslug: ${slug}\ntitle: Synthetic source ${n}\nlanguage: ${chunk[0].language}\n---\n\n`;
    writeFileSync(path.join(root, 'content', 'sources', `${slug}.md`), front + chunk.map((passage) => passage.text).join('\n\n') + '\n');
  }
  return root;
}
