/**
 * Where a query matches inside a passage, in the passage's own characters, and the excerpt of a long passage worth
 * showing. Matching is lib/text's rule with the engine's tests (runs of tokens, inflections, the last word possibly a
 * prefix, and the glossary's other names), so what is marked is what was found; a prefix marks the whole word.
 */
import { findRun, lattice, mergeSpans, type Span } from '../text/match';
import { tokenise } from '../text/tokens';
import type { Slot } from './expand';
import { runTests } from './tests';

export type TextRange = Span;

/** [start, end) ranges of the original text, in order, not overlapping. */
export function matchRanges(text: string, slots: readonly Slot[]): TextRange[] {
  const target = lattice(tokenise(text));
  const runs = slots.flatMap((slot) => slot.options.flatMap((option) => option.runs));
  return mergeSpans(runs.flatMap((run) => runTests(run).flatMap((reading) => findRun(target, reading))));
}

/** The matched words as they are written in the passage: the `?hl=` words that mark them on the source page. */
export function matchedWords(text: string, ranges: readonly TextRange[], max = 10): string[] {
  return [...new Set(ranges.map((range) => text.slice(range.start, range.end)))].slice(0, max);
}

export interface Excerpt {
  text: string;
  /** The ranges inside `text`. */
  ranges: TextRange[];
  /** Text was left out before / after. */
  before: boolean;
  after: boolean;
}

/** Words are not cut when a space is this close to the window's edge; Chinese, without spaces, is cut anywhere. */
const WORD_SNAP = 24;

/** At most `length` characters around the first match, starting a third of the window before it. */
export function excerpt(text: string, ranges: readonly TextRange[], length = 320): Excerpt {
  if (text.length <= length) return { text, ranges: [...ranges], before: false, after: false };
  let start = Math.max(0, Math.min((ranges[0]?.start ?? 0) - Math.floor(length / 3), text.length - length));
  let end = start + length;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space - start < WORD_SNAP && space < (ranges[0]?.start ?? end)) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && end - space < WORD_SNAP) end = space;
  }
  // Never split a surrogate pair (an emoji or a rare Chinese character).
  if (isLowSurrogate(text.charCodeAt(start))) start++;
  if (isLowSurrogate(text.charCodeAt(end))) end++;
  const inside = ranges
    .filter((range) => range.end > start && range.start < end)
    .map((range) => ({ start: Math.max(range.start, start) - start, end: Math.min(range.end, end) - start }));
  return { text: text.slice(start, end), ranges: inside, before: start > 0, after: end < text.length };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
