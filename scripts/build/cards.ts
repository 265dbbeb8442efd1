/**
 * Renders the site's share cards into the build's folder (a build step): each card the pages name
 * (lib/pages/cards.ts), as cards/<kind>-<hash>.png. A card's name is a hash of what it shows, so a card rendered by an
 * earlier build is copied from the cache (.cache/cards/) instead of drawn again.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from '../../lib/corpus';
import { siteCards } from '../../lib/pages/cards';
import { renderHomeCard, renderPassageCard, renderPrincipleCard } from '../../lib/publish/cards';
import type { CardSpec } from '../../lib/publish/cards/catalogue';

const CACHE = path.join(process.cwd(), '.cache', 'cards');

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

export async function renderCards(outDir: string, corpus: Corpus): Promise<{ total: number; drawn: number; ms: number }> {
  const start = performance.now();
  mkdirSync(CACHE, { recursive: true });
  const cards = siteCards(corpus);
  let drawn = 0;
  for (const card of cards) {
    const file = path.join(outDir, card.path);
    const cached = path.join(CACHE, path.basename(card.path));
    mkdirSync(path.dirname(file), { recursive: true });
    if (!existsSync(cached)) {
      writeFileSync(cached, await render(card));
      drawn++;
    }
    copyFileSync(cached, file);
  }
  return { total: cards.length, drawn, ms: Math.round(performance.now() - start) };
}
