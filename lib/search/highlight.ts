/**
 * Where a query matches inside a passage, in the passage's own characters, and the excerpt of a long passage worth
 * showing. Matching is lib/text's rule with the engine's tests (runs of tokens, inflections, the last word possibly a
 * prefix, and the glossary's other names), so what is marked is what was found; a prefix marks the whole word.
 */
import { findRun, lattice, mergeSpans, type Span } from '../text/match';
import { tokenise } from '../text/tokens';
import { isStopWord } from '../text/stop-words';
import type { Run, Slot } from './expand';
import { runMatchers } from './token-matchers';

export type TextRange = Span;

/**
 * [start, end) ranges of the original text, in order, not overlapping. A run that is one stop word ("the", 的) is never
 * marked alone: matched, it says nothing, and a long query would light up every "the"; inside a phrase it is marked.
 */
export function matchRanges(text: string, slots: readonly Slot[]): TextRange[] {
  const target = lattice(tokenise(text));
  const runs = slots.flatMap((slot) => slot.options.flatMap((option) => option.runs)).filter((run) => !isStopRun(run));
  return mergeSpans(runs.flatMap((run) => runMatchers(run).flatMap((reading) => findRun(target, reading))));
}

function isStopRun(run: Run): boolean {
  return run.readings.every((tokens) => tokens.length === 1 && isStopWord(tokens[0]));
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
/**
 * Characters of context before the best match, at most: short, so that the match stands in the first line or two
 * even where a narrow box shows only a few lines of the excerpt.
 */
const LEAD = 36;
/** A clause break in the lead: the excerpt may start after it rather than mid-clause. */
const CLAUSE_BREAK = /[,.;:!?，。；：！？、]\s*/gu;

/**
 * At most `length` characters (more only when one match is longer) around the best-matching span: the window holding
 * the most different matched words, starting a short lead before its first match, so that the match is always inside.
 */
export function excerpt(text: string, ranges: readonly TextRange[], length = 320): Excerpt {
  if (text.length <= length) return { text, ranges: [...ranges], before: false, after: false };
  const anchor = ranges[bestWindow(text, ranges, length)] ?? { start: 0, end: 0 };
  let start = leadStart(text, anchor.start, Math.min(LEAD, Math.floor(length / 5)));
  // Near the end of the text the excerpt is shorter rather than starting earlier: the match stays near its start.
  let end = Math.min(text.length, Math.max(start + length, anchor.end));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space - start < WORD_SNAP && space < anchor.start) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && end - space < WORD_SNAP && space >= anchor.end) end = space;
  }
  // Never split a surrogate pair (an emoji or a rare Chinese character).
  if (isLowSurrogate(text.charCodeAt(start))) start++;
  if (isLowSurrogate(text.charCodeAt(end))) end++;
  const inside = ranges
    .filter((range) => range.end > start && range.start < end)
    .map((range) => ({ start: Math.max(range.start, start) - start, end: Math.min(range.end, end) - start }));
  return { text: text.slice(start, end), ranges: inside, before: start > 0, after: end < text.length };
}

/** The range that begins the window of `length` holding the most different matched words; the first among equals. */
function bestWindow(text: string, ranges: readonly TextRange[], length: number): number {
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < ranges.length; i++) {
    const words = new Set<string>();
    for (let j = i; j < ranges.length && ranges[j].end - ranges[i].start <= length; j++)
      words.add(text.slice(ranges[j].start, ranges[j].end).toLowerCase());
    if (words.size > bestCount) {
      best = i;
      bestCount = words.size;
    }
  }
  return best;
}

/** Where to start before a match at `at`: at most `lead` characters back, after a clause break if the lead has one. */
function leadStart(text: string, at: number, lead: number): number {
  const from = Math.max(0, at - lead);
  let start = from;
  for (const found of text.slice(from, at).matchAll(CLAUSE_BREAK)) start = from + found.index + found[0].length;
  return start;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
