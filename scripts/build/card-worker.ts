/**
 * A worker thread of the card pool (scripts/build/cards.ts): draws one card and writes it into the cache. Each thread
 * loads the fonts once (satori parses them on first use), and writes the PNG itself, so no image crosses threads.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { renderHomeCard, renderPassageCard, renderPrincipleCard } from '../../lib/publish/cards';
import type { CardSpec } from '../../lib/publish/cards/catalogue';

export interface CardTask {
  card: CardSpec;
  /** Where the card goes in the cache. */
  file: string;
}

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

export default async function drawCard({ card, file }: CardTask): Promise<void> {
  // Written under a temporary name first, so that a build killed mid-write leaves no broken card in the cache.
  const partial = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(partial, await render(card));
  renameSync(partial, file);
}
