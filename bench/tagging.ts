import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildCorpus, getCorpus } from '../lib/corpus';
import { samplePassages, writeSyntheticContent } from './synthetic';

const SCALE = 100;
const RUNS = 3;

/** Load + tag time per 1,000 passages over 100× the seeds' passages. Aim: under 200 ms per 1,000. */
export function benchTagging() {
  const passages = samplePassages(getCorpus(), SCALE);
  const root = writeSyntheticContent(passages);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const corpus = buildCorpus(root);
    times.push(performance.now() - start);
    if (corpus.sources.reduce((sum, source) => sum + source.passages.length, 0) !== passages.length) {
      throw new Error('synthetic corpus lost passages');
    }
  }
  rmSync(root, { recursive: true, force: true });
  const bestMs = Math.min(...times);
  const result = {
    scale: SCALE,
    passages: passages.length,
    loadAndTagMs: Math.round(bestMs),
    msPer1000Passages: Number(((bestMs / passages.length) * 1000).toFixed(1)),
    targetMsPer1000Passages: 200,
  };
  console.log(
    `load + tag: ${result.passages} passages in ${result.loadAndTagMs} ms = ${result.msPer1000Passages} ms per 1,000 (target ${result.targetMsPer1000Passages})`,
  );
  return result;
}
