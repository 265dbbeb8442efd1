/**
 * Postings, built at build time: for every token, the passages that contain it; for every two tokens that stand next
 * to each other, the passages where they do. Tokens come from lib/text (joined forms of hyphenated words included),
 * so pairs also link a joined form to its neighbours. Pairs find phrases and Chinese words (a run of characters)
 * without reading passage texts.
 */
import type { HanFold } from '../../text/normalise';
import { tokenise, type Compounds } from '../../text/tokens';

export interface Postings {
  /** token → ascending passage numbers. */
  words: Map<string, number[]>;
  /** token → following token → ascending passage numbers. */
  pairs: Map<string, Map<string, number[]>>;
}

export function collectPostings(texts: readonly string[], han: HanFold, compounds: Compounds): Postings {
  const words = new Map<string, number[]>();
  const pairs = new Map<string, Map<string, number[]>>();
  texts.forEach((text, n) => {
    const tokens = tokenise(text, { han, compounds });
    const startingAt: (typeof tokens)[] = [];
    for (const token of tokens) (startingAt[token.position] ??= []).push(token);
    for (const token of tokens) {
      add(words, token.text, n);
      for (const next of startingAt[token.position + token.span] ?? []) {
        let byNext = pairs.get(token.text);
        if (!byNext) pairs.set(token.text, (byNext = new Map()));
        add(byNext, next.text, n);
      }
    }
  });
  return { words, pairs };
}

/** Passages are added in number order, so a list stays ascending when the same passage is not added twice. */
function add(lists: Map<string, number[]>, key: string, n: number) {
  const list = lists.get(key);
  if (!list) lists.set(key, [n]);
  else if (list[list.length - 1] !== n) list.push(n);
}
