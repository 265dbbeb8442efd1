/**
 * One build of the site, for `npm run build` (out/) and the fixture site (out-fixture/): first the ledger of passage
 * ids (record-ids.ts), then every step of STEPS over a fresh folder, which becomes out/ in one atomic rename only once
 * every step has succeeded (swap-out.ts). Until then out/ stays the previous complete site, whatever happens.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ContentError, formatProblem } from '../../lib/content/errors';
import { buildCorpus, type Corpus } from '../../lib/corpus';
import { siteUrlProblem, siteUrlWarning } from '../../lib/site-url';
import { drawCards, placeCards, type DrawnCards } from './cards';
import { applyCsp } from './csp';
import { exportSite, type ExportTarget } from './export';
import { writeHeadersFile } from './headers';
import { lightenPages } from './light-pages';
import { publishNotFoundPages } from './not-found';
import { dropNavigationPayloads } from './payloads';
import { freshBuildFolder, swapOut } from './swap-out';
import { writeSitemap } from './sitemap';
import { recordPublishedIds, type RecordOptions } from './record-ids';
import { Timings, type Phase } from './timings';

/** A build: where it exports (the project, where out/ and .builds/ are; content/; its folder), and more. */
export interface Build extends ExportTarget {
  /** The build's folder, absolute. */
  dir: string;
  /** The share cards, drawn beside the export (scripts/build/cards.ts). */
  cards: Promise<DrawnCards>;
  corpus: Corpus;
}

type BuildStep = (build: Build) => void | Promise<void>;

const addCsp: BuildStep = ({ dir }) => console.log(`Content-Security-Policy added to ${applyCsp(dir)} pages.`);
const notFoundPages: BuildStep = ({ dir }) =>
  console.log(
    `Not-found pages: ${publishNotFoundPages(dir)
      .map((file) => path.relative(dir, file))
      .join(', ')}`,
  );
const lightPages: BuildStep = async ({ root, dir }) => {
  const { pages, stripped, bytesBefore, bytesAfter, moduleSrc, searchSrc } = await lightenPages(root, dir);
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  console.log(
    `Reader script ${moduleSrc} on ${pages} pages, search app ${searchSrc} on /search/; the framework taken out of ${stripped}: HTML ${mb(bytesBefore)} → ${mb(bytesAfter)} MB.`,
  );
};
const staticHostHeaders: BuildStep = ({ dir }) =>
  console.log(`Headers for static hosts: ${path.relative(dir, writeHeadersFile(dir))}.`);
const dropPayloads: BuildStep = ({ dir }) => {
  const { files, bytes } = dropNavigationPayloads(dir);
  console.log(`Navigation payloads dropped: ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB.`);
};
const addCards: BuildStep = async ({ dir, cards, timings }) => {
  timings.start('cards');
  const drawn = await cards;
  placeCards(dir, drawn);
  console.log(
    `Share cards: ${drawn.cards.length} (${drawn.drawn} drawn on ${drawn.threads} threads, ${drawn.cards.length - drawn.drawn} from the cache) in ${drawn.ms} ms.`,
  );
};

const addSitemap: BuildStep = ({ dir, corpus }) =>
  console.log(`Sitemap: ${writeSitemap(dir, corpus)} URLs, every page in both languages.`);

/** What a build does to its folder, in order. Adding a step (e.g. images drawn from the export) is adding it here. */
const STEPS: readonly BuildStep[] = [
  exportSite,
  notFoundPages,
  lightPages,
  addCsp,
  staticHostHeaders,
  dropPayloads,
  addSitemap,
  addCards,
];

export interface SiteOptions extends RecordOptions {
  contentRoot: string;
  /** The folder the site is published as: out or out-fixture. */
  out: string;
  /**
   * Where drawn cards are kept between builds (default .cache/cards/); the bench gives an empty one, to draw them all.
   */
  cardCache?: string;
}

/** What a build reports: milliseconds by phase (timings.ts), and the cards' own drawing, which overlaps the export. */
export interface BuildReport {
  ms: Record<Phase, number>;
  cards: Omit<DrawnCards, 'cards' | 'cache'>;
}

/**
 * Builds and publishes; on bad content, prints every problem as `file:line: …`, sets a failing exit code and returns
 * nothing.
 */
export async function buildSite({
  contentRoot,
  out,
  cardCache,
  ...record
}: SiteOptions): Promise<BuildReport | undefined> {
  const timings = new Timings();
  const refused = siteUrlProblem(process.env);
  if (refused) {
    console.error(`error: ${refused}`);
    process.exitCode = 1;
    return;
  }
  const warning = siteUrlWarning(process.env);
  if (warning) console.warn(`warning: ${warning}`);
  const root = process.cwd();
  let corpus: Corpus;
  try {
    // Built once for the ledger and the cards (Next.js's workers build their own).
    corpus = buildCorpus(contentRoot);
    console.log(recordPublishedIds(contentRoot, record, corpus));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const problem of error.problems) console.error(formatProblem(problem));
    process.exitCode = 1;
    return;
  }
  const folder = freshBuildFolder(root, out);
  const cards = drawCards(corpus, cardCache ?? path.join(root, '.cache', 'cards'));
  // Awaited by the cards step; a build that fails before it must not also report the drawing as unhandled.
  cards.catch(() => undefined);
  const build: Build = { root, contentRoot, folder, dir: path.join(root, folder), cards, corpus, timings };
  try {
    for (const step of STEPS) {
      timings.start('other');
      await step(build);
    }
  } catch (error) {
    rmSync(build.dir, { recursive: true, force: true });
    throw error;
  }
  timings.start('other');
  swapOut(root, out, folder);
  console.log(`${out}/ is the new site (${folder}/).`);
  return report(timings, await cards);
}

function report(timings: Timings, { drawn, threads, ms }: DrawnCards): BuildReport {
  const report = { ms: timings.summary(), cards: { drawn, threads, ms } };
  const seconds = (phase: Phase) => `${(report.ms[phase] / 1000).toFixed(1)} s`;
  console.log(
    `Build time: compile ${seconds('compile')}, pages ${seconds('pages')}, cards ${seconds('cards')} (after the export; drawing took ${(ms / 1000).toFixed(1)} s beside it), other ${seconds('other')}.`,
  );
  return report;
}
