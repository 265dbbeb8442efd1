import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CorpusJson } from '../../lib/publish/corpus-json';

/** The published model of the build under test: tests pick their targets from it rather than hard-coding ids. */
export function builtCorpus(): CorpusJson {
  return JSON.parse(readFileSync(path.join(process.cwd(), 'out', 'data', 'corpus.json'), 'utf8'));
}

/** A passage that states `principle`, with its source. */
export function passageStating(corpus: CorpusJson, principle: string, language: 'en' | 'zh' = 'en') {
  for (const source of corpus.sources) {
    if (source.language !== language) continue;
    const passage = source.passages.find((candidate) => candidate.principles.includes(principle));
    if (passage) return { source, passage };
  }
  throw new Error(`no ${language} passage states ${principle}`);
}
