/**
 * The site's share cards: each card the pages name (lib/pages/cards.ts), drawn into a cache, then placed in the build's
 * folder as cards/<kind>-<hash>.png. A card's name is a hash of what it shows, so a card rendered by an
 * earlier build is copied from the cache (.cache/cards/ unless the build names another) instead of drawn again.
 * The cards left to draw are shared among worker threads, one per core (card-worker.ts, on the `piscina` pool).
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import type { Corpus } from '../../lib/corpus';
import { siteCards } from '../../lib/pages/cards';
import type { CardSpec } from '../../lib/publish/cards/catalogue';
import type { CardTask } from './card-worker';

export interface DrawnCards {
  cards: CardSpec[];
  /** The folder they were drawn into. */
  cache: string;
  drawn: number;
  /** How many threads drew them. */
  threads: number;
  ms: number;
}

/**
 * Draws every card the site names that the cache does not hold yet. The build starts it beside the export: `next build`
 * runs in a process of its own, and the cards are drawn on every core meanwhile.
 */
export async function drawCards(corpus: Corpus, cache: string): Promise<DrawnCards> {
  const start = performance.now();
  mkdirSync(cache, { recursive: true });
  const cards = siteCards(corpus);
  const tasks: CardTask[] = cards
    .map((card) => ({ card, file: path.join(cache, path.basename(card.path)) }))
    .filter(({ file }) => !existsSync(file));
  const threads = Math.max(1, Math.min(availableParallelism(), tasks.length));
  if (tasks.length > 0) await drawInPool(tasks, threads);
  return { cards, cache, drawn: tasks.length, threads, ms: Math.round(performance.now() - start) };
}

async function drawInPool(tasks: readonly CardTask[], threads: number) {
  // The workers inherit this process's flags (tsx's loader, the react-server condition), so they load TypeScript too.
  const pool = new Piscina<CardTask, void>({
    filename: new URL('./card-worker.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  try {
    await Promise.all(tasks.map((task) => pool.run(task)));
  } finally {
    await pool.destroy();
  }
}

/** Copies the drawn cards into the build's folder, as cards/<kind>-<hash>.png. */
export function placeCards(outDir: string, { cards, cache }: DrawnCards) {
  for (const card of cards) {
    const file = path.join(outDir, card.path);
    mkdirSync(path.dirname(file), { recursive: true });
    copyFileSync(path.join(cache, path.basename(card.path)), file);
  }
}
