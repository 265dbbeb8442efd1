/**
 * Where a query matches inside a passage, in the passage's own characters, and the excerpt of a long passage worth
 * showing. Matching follows the engine's rule (runs of tokens in order, the last possibly as a prefix) on the same
 * normalised tokens; a prefix marks the whole word it begins.
 */
import { normaliseWithOffsets } from '../text/normalise';
import type { ParsedQuery } from './query';
import { tokenizeWithPositions } from './tokens';

export interface TextRange {
  start: number;
  end: number;
}

/** [start, end) ranges of the original text, in order, not overlapping. */
export function matchRanges(text: string, query: ParsedQuery): TextRange[] {
  const { text: normalised, offsets } = normaliseWithOffsets(text);
  const tokens = tokenizeWithPositions(normalised);
  const ranges: TextRange[] = [];
  // The whole query as one phrase too, so that "small yard" is marked as one stretch where it stands together.
  const lastUnit = query.units[query.units.length - 1];
  const phrase = query.units.length > 1 ? [{ tokens: query.tokens, prefix: lastUnit.prefix }] : [];
  for (const unit of [...query.units, ...phrase]) {
    const last = unit.tokens.length - 1;
    for (let at = 0; at + last < tokens.length; at++) {
      const found = unit.tokens.every((token, k) => {
        const word = tokens[at + k].text;
        return unit.prefix && k === last ? word.startsWith(token) : word === token;
      });
      if (found) ranges.push({ start: offsets[tokens[at].start], end: offsets[tokens[at + last].end] });
    }
  }
  return merged(ranges);
}

function merged(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const result: TextRange[] = [];
  for (const range of sorted) {
    const last = result[result.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else result.push({ ...range });
  }
  return result;
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
