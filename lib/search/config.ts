/**
 * The one FlexSearch configuration, used to build the index (Node, build time) and to load it (browser, bench), so
 * that both sides split text into the same tokens and read the same structures.
 */
import { Index } from 'flexsearch';
import { normalise } from '../text/normalise';
import { tokenize } from './tokens';

export function createIndex(): Index {
  return new Index({
    // Whole tokens only. Prefixes are completed from the vocabulary at query time (engine.ts): indexing every prefix,
    // FlexSearch's "forward" tokenizer, multiplies the index several times over.
    tokenize: 'strict',
    // One slot per term: ranking is done by the engine, so there are no positional buckets to ship.
    resolution: 1,
    // Adjacent token pairs, in reading order: two-token phrases and Chinese words become lookups.
    context: { depth: 1, bidirectional: false, resolution: 1 },
    encode: (text: string) => tokenize(normalise(text)),
  });
}
