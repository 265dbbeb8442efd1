/**
 * `npm run bench -- content-scale`: load + check (what `npm run check` runs: the corpus, then the ledger, without
 * writing) over sources of 50 KB paragraphs, half the paragraph limit (lib/content/limits.ts), at 1× (8 paragraphs)
 * and 10× (80): the time should grow about 10×, in proportion to the content, not faster. Best of 2 runs each.
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { CONTENT_LIMITS } from '../lib/content/limits';
import { buildCorpus, getCorpus } from '../lib/corpus';
import { recordPublishedIds } from '../scripts/build/record-ids';
import { writeSyntheticContent, type SampledPassage } from './synthetic';

const PARAGRAPH_BYTES = 50 * 1024;
const PARAGRAPHS_AT_1X = 8;
const PARAGRAPHS_PER_SOURCE = 8;
const SCALES = [1, 10];
const RUNS = 2;

/** `count` paragraphs of the real English passages' words, each starting at another place in them. */
function paragraphs(count: number): SampledPassage[] {
  const words = getCorpus()
    .sources.filter((source) => source.language === 'en')
    .flatMap((source) => source.passages.map((passage) => passage.text.replace(/\s+/g, ' ')))
    .join(' ');
  const repeated = words.repeat(Math.ceil((2 * PARAGRAPH_BYTES) / words.length));
  return Array.from({ length: count }, (_, i) => {
    const from = repeated.indexOf(' ', (i * 7919) % words.length) + 1;
    const text = `Paragraph ${i + 1}. ${repeated.slice(from, from + PARAGRAPH_BYTES)}`;
    return {
      text: text.slice(0, text.lastIndexOf(' ')),
      language: 'en',
      sourceSlug: `content-scale-${Math.floor(i / PARAGRAPHS_PER_SOURCE)}`,
      principles: [],
    };
  });
}

function timeLoadAndCheck(count: number) {
  const passages = paragraphs(count);
  const root = writeSyntheticContent(passages);
  try {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const corpus = buildCorpus(root);
      recordPublishedIds(root, { dryRun: true }, corpus);
      times.push(performance.now() - start);
    }
    const megabytes = passages.reduce((sum, passage) => sum + Buffer.byteLength(passage.text), 0) / 1024 / 1024;
    const ms = Math.min(...times);
    return {
      paragraphs: count,
      megabytes: Number(megabytes.toFixed(2)),
      ms: Math.round(ms),
      msPerMb: Math.round(ms / megabytes),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function benchContentScale() {
  const rows = SCALES.map((scale) => ({ scale, ...timeLoadAndCheck(scale * PARAGRAPHS_AT_1X) }));
  const [first, last] = [rows[0], rows[rows.length - 1]];
  const growth = Number((last.ms / first.ms).toFixed(1));
  for (const row of rows) {
    console.log(
      `content scale ${row.scale}×: ${row.paragraphs} paragraphs of 50 KB (${row.megabytes} MB), load + check ${row.ms} ms (${row.msPerMb} ms per MB)`,
    );
  }
  console.log(`content scale: ${last.scale / first.scale}× the content took ${growth}× the time`);
  return { paragraphBytes: PARAGRAPH_BYTES, paragraphLimitBytes: CONTENT_LIMITS.paragraphBytes, rows, growth };
}
