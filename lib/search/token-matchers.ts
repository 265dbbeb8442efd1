/**
 * Token matchers for a run: lib/text's matcher takes one test per token, and here each token matches itself or an
 * inflection of it, the last one (while typed) any word it begins. Used to check candidates against their text
 * (verify.ts) and to mark matches (highlight.ts).
 */
import type { TokenTest } from '../text/match';
import type { Run } from './expand';
import { isStemmable, stemOf } from './stems';

export function runMatchers(run: Run): TokenTest[][] {
  return run.readings.map((tokens) =>
    tokens.map((token, k): TokenTest => {
      const prefix = run.prefix && k === tokens.length - 1;
      const stem = isStemmable(token) ? stemOf(token) : undefined;
      return {
        text: token,
        match: (word) =>
          word === token || (stem !== undefined && stemOf(word) === stem) || (prefix && word.startsWith(token)),
      };
    }),
  );
}
