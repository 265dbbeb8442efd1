/**
 * The whole build on synthetic content (issues #10 and #18): `scripts/build/site.ts` at 1× and 10× the corpus, with a
 * page per passage and share cards, in both interface languages, every card drawn (an empty card cache). Per scale:
 * the time by phase (compile, pages, cards, other), the size of the published folder by part, and how much of the
 * pages is the framework's inline payload (`self.__next_f`). Across scales: the slope, the time and size each further
 * 1,000 passages cost (a least-squares line through the scales), so that growth is seen, not one point.
 */
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from '../scripts/build/site';
import { getCorpus } from '../lib/corpus';
import { payloadBytes } from './page-scripts';
import { samplePassages, writeSyntheticContent } from './synthetic';

const SCALES = (process.env.SITE_BUILD_SCALES ?? '1,10').split(',').map(Number);
const OUT = 'out-bench';
const AIMS = { secondsPer1000Passages: 60, outMBPer1000Passages: 50 };

type Part = 'passagePages' | 'otherPages' | 'cards' | 'searchIndex' | 'data' | 'scripts' | 'other';

/**
 * Bytes per part of the site (what a reader's page costs to host, by where it lives), and the pages' inline payload.
 */
function sizeByPart(dir: string) {
  const parts: Record<Part, number> = {
    passagePages: 0,
    otherPages: 0,
    cards: 0,
    searchIndex: 0,
    data: 0,
    scripts: 0,
    other: 0,
  };
  const payload = { passagePages: 0, otherPages: 0 };
  let passagePages = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, name);
    const stat = statSync(file);
    if (!stat.isFile()) continue;
    const part = partOf(name);
    parts[part] += stat.size;
    if (part === 'passagePages') passagePages++;
    if (part === 'passagePages' || part === 'otherPages') payload[part] += payloadBytes(readFileSync(file, 'utf8'));
  }
  const total = Object.values(parts).reduce((sum, bytes) => sum + bytes, 0);
  return { total, parts, passagePages, payload };
}

function partOf(name: string): Part {
  if (name.endsWith('.html')) return /\/p\/p-[0-9a-f]+\/index\.html$/.test(name) ? 'passagePages' : 'otherPages';
  if (name.startsWith('cards/')) return 'cards';
  if (name.startsWith('search-index/')) return 'searchIndex';
  if (name.startsWith('data/')) return 'data';
  if (name.startsWith('_next/')) return 'scripts';
  return 'other';
}

const mb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));
const share = (part: number, whole: number) => Number((part / whole).toFixed(3));

/**
 * CPU seconds used so far by this process (its threads included) and by its children that have exited (`next build`
 * and its workers): the cost of a build whatever else the machine runs, where wall time follows the machine's load.
 */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  // /proc/self/stat fields 16 and 17 (cutime, cstime), in clock ticks of 1/100 s; the command name may hold spaces.
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  const children = (Number(fields[13]) + Number(fields[14])) / 100;
  return (user + system) / 1e6 + children;
}

/** One whole build at one scale, from an empty card cache. */
async function buildAt(scale: number) {
  const passages = samplePassages(getCorpus(), scale);
  const contentRoot = writeSyntheticContent(passages);
  const cardCache = mkdtempSync(path.join(tmpdir(), 'gaigi-bench-cards-'));
  const loadAverageAtStart = loadavg();
  const start = performance.now();
  const cpuAtStart = cpuSeconds();
  try {
    // Measured as `npm run build` builds, after its own type check: Next skips its check.
    process.env.GAIGI_TYPE_CHECKED = '1';
    const report = await buildSite({ contentRoot, out: OUT, cardCache });
    if (!report) throw new Error('the synthetic site did not build: see the problems above');
    const seconds = (performance.now() - start) / 1000;
    const cpu = cpuSeconds() - cpuAtStart;
    const loadAverage = { atStart: loadAverageAtStart, atEnd: loadavg() };
    return { passages: passages.length, seconds, cpu, report, loadAverage };
  } finally {
    rmSync(cardCache, { recursive: true, force: true });
    rmSync(contentRoot, { recursive: true, force: true });
  }
}

async function measureScale(scale: number) {
  const { passages, seconds, cpu, report, loadAverage } = await buildAt(scale);
  const { total, parts, passagePages, payload } = sizeByPart(realpathSync(path.join(process.cwd(), OUT)));
  const per1000 = 1000 / passages;
  const payloadTotal = payload.passagePages + payload.otherPages;
  const result = {
    scale,
    passages,
    passagePages,
    seconds: Number(seconds.toFixed(1)),
    secondsByPhase: Object.fromEntries(
      Object.entries(report.ms).map(([phase, ms]) => [phase, Number((ms / 1000).toFixed(1))]),
    ),
    cardsDrawn: { ...report.cards, seconds: Number((report.cards.ms / 1000).toFixed(1)) },
    secondsPer1000Passages: Number((seconds * per1000).toFixed(1)),
    cpuSeconds: Number(cpu.toFixed(1)),
    cpuSecondsPer1000Passages: Number((cpu * per1000).toFixed(1)),
    outMB: mb(total),
    outMBPer1000Passages: mb(total * per1000),
    outMBByPart: Object.fromEntries(Object.entries(parts).map(([part, bytes]) => [part, mb(bytes)])),
    passagePageKB: Number((parts.passagePages / passagePages / 1024).toFixed(1)),
    // What removing the framework's inline payload from the pages (issue #18, item 1) takes off.
    nextPayload: {
      shareOfPassagePages: share(payload.passagePages, parts.passagePages),
      shareOfOtherPages: share(payload.otherPages, parts.otherPages),
      MB: mb(payloadTotal),
      outMBPer1000PassagesWithout: mb((total - payloadTotal) * per1000),
    },
    loadAverage,
  };
  console.log(
    `site build at ${scale}×: ${passages} passages, ${result.seconds} s (${JSON.stringify(result.secondsByPhase)}; ${result.cpuSeconds} CPU s), ${result.outMB} MB (${result.secondsPer1000Passages} s and ${result.outMBPer1000Passages} MB per 1,000 passages; ${result.nextPayload.shareOfPassagePages * 100}% of passage pages is self.__next_f)`,
  );
  return result;
}

/** The least-squares slope of y over x: what one more x costs. */
export function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  const meanX = points.reduce((sum, { x }) => sum + x, 0) / n;
  const meanY = points.reduce((sum, { y }) => sum + y, 0) / n;
  const covariance = points.reduce((sum, { x, y }) => sum + (x - meanX) * (y - meanY), 0);
  const variance = points.reduce((sum, { x }) => sum + (x - meanX) ** 2, 0);
  return covariance / variance;
}

export async function benchSiteBuild() {
  const scales: Awaited<ReturnType<typeof measureScale>>[] = [];
  for (const scale of SCALES) scales.push(await measureScale(scale));
  // Per 1,000 passages; with one scale there is no slope.
  const fit = (y: (row: (typeof scales)[number]) => number) =>
    scales.length < 2 ? null : Number(slope(scales.map((row) => ({ x: row.passages / 1000, y: y(row) }))).toFixed(1));
  const growth = {
    secondsPerFurther1000Passages: fit((row) => row.seconds),
    cpuSecondsPerFurther1000Passages: fit((row) => row.cpuSeconds),
    compileSecondsPerFurther1000Passages: fit((row) => row.secondsByPhase.compile),
    pagesSecondsPerFurther1000Passages: fit((row) => row.secondsByPhase.pages),
    cardsDrawnSecondsPerFurther1000Passages: fit((row) => row.cardsDrawn.seconds),
    outMBPerFurther1000Passages: fit((row) => row.outMB),
  };
  const largest = scales[scales.length - 1];
  console.log(`growth from ${SCALES.join('× to ')}×: ${JSON.stringify(growth)}`);
  return {
    // The 10× figures, as before, where the aims apply.
    ...largest,
    aims: AIMS,
    scales,
    growth,
  };
}
