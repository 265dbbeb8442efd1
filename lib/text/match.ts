/**
 * Finding a run of tokens in a text: the one matching rule of tagging, search snippets and the `?hl=` marking. A
 * pattern is a sequence of token tests; it matches where consecutive positions of the text pass them in order, each
 * position read as its word or as a joined form over several (tokens.ts), so "open source" matches "open-source" and
 * "opensource" matches it too.
 */
import { tokenise, type Token } from './tokens';

export interface TokenTest {
  text: string;
  /** Also matches longer words starting with `text` ("monopol" → "monopolies"). */
  prefix?: boolean;
  /** Replaces the comparison, e.g. "has the same stem". */
  match?: (token: string) => boolean;
}

export interface Span {
  /** [start, end) in the original text. */
  start: number;
  end: number;
}

/** A text's tokens by position, and the positions of each token text, built once and matched many times. */
export interface TokenLattice {
  at: Token[][];
  positions: Map<string, number[]>;
}

export function lattice(tokens: readonly Token[]): TokenLattice {
  const at: Token[][] = [];
  const positions = new Map<string, number[]>();
  for (const token of tokens) {
    (at[token.position] ??= []).push(token);
    const list = positions.get(token.text);
    if (list) list.push(token.position);
    else positions.set(token.text, [token.position]);
  }
  return { at, positions };
}

export function passes(test: TokenTest, token: string): boolean {
  if (test.match) return test.match(token);
  return test.prefix ? token.startsWith(test.text) : token === test.text;
}

/** Where the tests match consecutive positions, in text order. */
export function findRun(text: TokenLattice, tests: readonly TokenTest[]): Span[] {
  if (tests.length === 0) return [];
  const first = tests[0];
  // An exact first test starts only where its token stands; others are tried at every position.
  const starts = first.match || first.prefix ? text.at.keys() : (text.positions.get(first.text) ?? []);
  const spans: Span[] = [];
  for (const position of starts) {
    for (const token of text.at[position] ?? []) {
      if (passes(first, token.text)) extend(text, tests, 1, token, token.start, spans);
    }
  }
  return spans;
}

function extend(
  text: TokenLattice,
  tests: readonly TokenTest[],
  k: number,
  previous: Token,
  start: number,
  spans: Span[],
) {
  if (k === tests.length) {
    spans.push({ start, end: previous.end });
    return;
  }
  for (const token of text.at[previous.position + previous.span] ?? []) {
    if (passes(tests[k], token.text)) extend(text, tests, k + 1, token, start, spans);
  }
}

/**
 * The ways to read a short text's tokens in order, as tests: "open-source" is ["open", "source"] or ["opensource"].
 * A query word or a term has one or two; the number is capped so a pasted page cannot explode it.
 */
export function readings(tokens: readonly Token[], max = 8): Token[][] {
  const at: Token[][] = [];
  for (const token of tokens) (at[token.position] ??= []).push(token);
  const results: Token[][] = [];
  const walk = (position: number, path: Token[]) => {
    if (results.length >= max) return;
    if (position >= at.length) {
      if (path.length > 0) results.push(path);
      return;
    }
    for (const token of at[position] ?? []) walk(position + token.span, [...path, token]);
  };
  walk(0, []);
  return results;
}

/** Overlapping or touching spans merged, in text order. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Where any of the phrases occurs in the text, whole words only, merged: how `?hl=` words are marked on a page. */
export function findPhrases(text: string, phrases: readonly string[]): Span[] {
  const target = lattice(tokenise(text));
  return mergeSpans(
    phrases.flatMap((phrase) =>
      readings(tokenise(phrase)).flatMap((reading) =>
        findRun(
          target,
          reading.map((token) => ({ text: token.text })),
        ),
      ),
    ),
  );
}
