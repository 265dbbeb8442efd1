/**
 * The whole build at 10× the corpus (issue #10): `scripts/build/site.ts` on synthetic content, with a page per passage
 * and share cards, in both interface languages, every card drawn (an empty card cache). Reports the time and the size
 * of the published folder per 1,000 passages, and what the size is made of, so that a page kind that grows is seen.
 */
import { mkdtempSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from '../scripts/build/site';
import { getCorpus } from '../lib/corpus';
import { samplePassages, writeSyntheticContent } from './synthetic';

const SCALE = 10;
const OUT = 'out-bench';

/** Bytes per part of the site: what a reader's page costs to host, by where it lives. */
function sizeByPart(dir: string) {
  const parts = { passagePages: 0, otherPages: 0, cards: 0, searchIndex: 0, data: 0, scripts: 0, other: 0 };
  let passagePages = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(path.join(dir, name));
    if (!stat.isFile()) continue;
    const part = partOf(name);
    parts[part] += stat.size;
    if (part === 'passagePages') passagePages++;
  }
  const total = Object.values(parts).reduce((sum, bytes) => sum + bytes, 0);
  return { total, parts, passagePages };
}

function partOf(name: string): 'passagePages' | 'otherPages' | 'cards' | 'searchIndex' | 'data' | 'scripts' | 'other' {
  if (name.endsWith('.html')) return /\/p\/p-[0-9a-f]+\/index\.html$/.test(name) ? 'passagePages' : 'otherPages';
  if (name.startsWith('cards/')) return 'cards';
  if (name.startsWith('search-index/')) return 'searchIndex';
  if (name.startsWith('data/')) return 'data';
  if (name.startsWith('_next/')) return 'scripts';
  return 'other';
}

const mb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));

export async function benchSiteBuild() {
  const passages = samplePassages(getCorpus(), SCALE);
  const contentRoot = writeSyntheticContent(passages);
  const cardCache = mkdtempSync(path.join(tmpdir(), 'gaigi-bench-cards-'));
  const start = performance.now();
  try {
    await buildSite({ contentRoot, out: OUT, cardCache });
    if (process.exitCode) throw new Error('the synthetic site did not build: see the problems above');
    const seconds = (performance.now() - start) / 1000;
    const { total, parts, passagePages } = sizeByPart(realpathSync(path.join(process.cwd(), OUT)));
    const per1000 = 1000 / passages.length;
    const result = {
      scale: SCALE,
      passages: passages.length,
      passagePages,
      cards: readdirSync(path.join(process.cwd(), OUT, 'cards')).length,
      seconds: Number(seconds.toFixed(1)),
      secondsPer1000Passages: Number((seconds * per1000).toFixed(1)),
      outMB: mb(total),
      outMBPer1000Passages: mb(total * per1000),
      outMBByPart: Object.fromEntries(Object.entries(parts).map(([part, bytes]) => [part, mb(bytes)])),
      passagePageKB: Number((parts.passagePages / passagePages / 1024).toFixed(1)),
      aims: { secondsPer1000Passages: 60, outMBPer1000Passages: 50 },
    };
    console.log(
      `site build at ${SCALE}×: ${result.passages} passages, ${result.seconds} s, ${result.outMB} MB (${result.secondsPer1000Passages} s and ${result.outMBPer1000Passages} MB per 1,000 passages)`,
    );
    return result;
  } finally {
    rmSync(cardCache, { recursive: true, force: true });
    rmSync(contentRoot, { recursive: true, force: true });
  }
}
