/**
 * The site's share cards: each card the pages name (lib/pages/cards.ts), drawn into a cache, then placed in the build's
 * folder as cards/<kind>-<hash>.png. A card's name is a hash of what it shows, so a card rendered by an
 * earlier build is copied from the cache (.cache/cards/ unless the build names another) instead of drawn again.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from '../../lib/corpus';
import { siteCards } from '../../lib/pages/cards';
import { renderHomeCard, renderPassageCard, renderPrincipleCard } from '../../lib/publish/cards';
import type { CardSpec } from '../../lib/publish/cards/catalogue';

function render(card: CardSpec): Promise<Buffer> {
  switch (card.kind) {
    case 'passage':
      return renderPassageCard(card.props);
    case 'principle':
      return renderPrincipleCard(card.props);
    case 'home':
      return renderHomeCard(card.props);
  }
}

export interface DrawnCards {
  cards: CardSpec[];
  /** The folder they were drawn into. */
  cache: string;
  drawn: number;
  ms: number;
}

/**
 * Draws every card the site names that the cache does not hold yet. The build starts it beside the export: `next build`
 * runs in a process of its own, so the cards are drawn on the other core meanwhile.
 */
export async function drawCards(corpus: Corpus, cache: string): Promise<DrawnCards> {
  const start = performance.now();
  mkdirSync(cache, { recursive: true });
  const cards = siteCards(corpus);
  let drawn = 0;
  for (const card of cards) {
    const cached = path.join(cache, path.basename(card.path));
    if (existsSync(cached)) continue;
    // Written under a temporary name first, so that a build killed mid-write leaves no broken card in the cache.
    const partial = `${cached}.${process.pid}.tmp`;
    writeFileSync(partial, await render(card));
    renameSync(partial, cached);
    drawn++;
  }
  return { cards, cache, drawn, ms: Math.round(performance.now() - start) };
}

/** Copies the drawn cards into the build's folder, as cards/<kind>-<hash>.png. */
export function placeCards(outDir: string, { cards, cache }: DrawnCards) {
  for (const card of cards) {
    const file = path.join(outDir, card.path);
    mkdirSync(path.dirname(file), { recursive: true });
    copyFileSync(path.join(cache, path.basename(card.path)), file);
  }
}
