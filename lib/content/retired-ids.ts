/**
 * Links must never die. `content/published-ids.json` records every passage id the site has published, with the text
 * it had. When an id is no longer in a source, it is retired to the current passage whose words are most alike (the
 * same paragraph, edited), or, failing that, marked gone: the page then shows its old words and a search for them.
 */

import 'server-only';
import { solidWords, tokenise } from '../text/tokens';

/** A passage id that is no longer current: where it now leads, if anywhere, and what it said. */
export interface RetiredId {
  id: string;
  /** The current passage that replaced it; absent when the passage is gone. */
  to?: string;
  /** The text the id was published with. */
  text: string;
}

/** Share of words (Chinese: character pairs) two passages must have in common to count as the same passage edited. */
const SAME_PASSAGE = 0.5;

function features(text: string): Set<string> {
  const tokens = solidWords(tokenise(text));
  const words = tokens.filter((token) => token.kind !== 'han').map((token) => token.text);
  const han = tokens.filter((token) => token.kind === 'han').map((token) => token.text);
  const pairs = han.slice(1).map((char, i) => han[i] + char);
  return new Set([...words, ...pairs]);
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const feature of a) if (b.has(feature)) shared++;
  return shared / (a.size + b.size - shared);
}

export function retireIds(
  published: Readonly<Record<string, string>>,
  current: readonly { id: string; text: string }[],
): RetiredId[] {
  const currentIds = new Set(current.map((passage) => passage.id));
  const currentFeatures = current.map((passage) => features(passage.text));
  return Object.entries(published)
    .filter(([id]) => !currentIds.has(id))
    .map(([id, text]) => {
      const old = features(text);
      let best = -1;
      let bestScore = 0;
      currentFeatures.forEach((candidate, i) => {
        const score = similarity(old, candidate);
        if (score > bestScore) [best, bestScore] = [i, score];
      });
      return bestScore >= SAME_PASSAGE ? { id, to: current[best].id, text } : { id, text };
    });
}

/** The record with the current ids added: old entries are kept forever, so their links keep resolving. */
export function recordIds(
  published: Readonly<Record<string, Record<string, string>>>,
  sources: readonly { slug: string; passages: readonly { id: string; text: string }[] }[],
): Record<string, Record<string, string>> {
  // Without a prototype, a slug such as "constructor" is an entry like any other, not Object's own property.
  const next: Record<string, Record<string, string>> = Object.create(null);
  for (const [slug, ids] of Object.entries(published)) next[slug] = { ...ids };
  for (const source of sources) {
    next[source.slug] ??= {};
    for (const passage of source.passages) next[source.slug][passage.id] ??= passage.text;
  }
  return Object.fromEntries(
    Object.entries(next)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([slug, ids]) => [slug, Object.fromEntries(Object.entries(ids).sort(([a], [b]) => a.localeCompare(b)))]),
  );
}
