import { hasHan, isWordChar, normalise } from '../text/normalise';

/**
 * A principle's term, compiled for matching against normalised text. `monopol*` is a prefix; `A ... B` needs both
 * parts in one passage. English parts match whole words; Chinese parts match anywhere, since Chinese has no spaces.
 */
export interface CompiledTerm {
  term: string;
  parts: TermPart[];
}

interface TermPart {
  text: string;
  prefix: boolean;
  wholeWord: boolean;
  /** A word the passage must contain for this part to match: a cheap test before scanning the text. */
  firstWord?: string;
}

export interface Range {
  start: number;
  end: number;
}

/** A normalised passage with its set of words, so that most terms are ruled out without scanning the text. */
export interface MatchableText {
  text: string;
  words: Set<string>;
  hasHan: boolean;
}

export function matchable(normalisedText: string): MatchableText {
  return {
    text: normalisedText,
    words: new Set(normalisedText.split(/[^\p{L}\p{N}]+/u)),
    hasHan: hasHan(normalisedText),
  };
}

export function compileTerm(term: string): CompiledTerm {
  const parts = term.split(/\s+\.\.\.\s+/).map((raw): TermPart => {
    const prefix = raw.trim().endsWith('*');
    const text = normalise(prefix ? raw.trim().slice(0, -1) : raw);
    const wholeWord = !hasHan(text);
    const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    // The first word is whole unless it is also the last word of a prefix term ("monopol*").
    const firstWord = wholeWord && !(prefix && words.length === 1) ? words[0] : undefined;
    return { text, prefix, wholeWord, firstWord };
  });
  return { term, parts: parts.filter((part) => part.text.length > 0) };
}

/** Ranges in the text where every part of the term occurs; empty when any part is missing. */
export function findTerm(target: MatchableText, term: CompiledTerm): Range[] {
  if (term.parts.length === 0) return [];
  const ranges: Range[] = [];
  for (const part of term.parts) {
    if (part.firstWord !== undefined && !target.words.has(part.firstWord)) return [];
    if (!part.wholeWord && !target.hasHan) return [];
    const found = findPart(target.text, part);
    if (found.length === 0) return [];
    ranges.push(...found);
  }
  return ranges;
}

function findPart(text: string, part: TermPart): Range[] {
  const ranges: Range[] = [];
  for (let start = text.indexOf(part.text); start !== -1; start = text.indexOf(part.text, start + 1)) {
    let end = start + part.text.length;
    if (part.wholeWord && isWordChar(text[start - 1])) continue;
    if (part.prefix) {
      while (isWordChar(text[end])) end++;
    } else if (part.wholeWord && isWordChar(text[end])) {
      continue;
    }
    ranges.push({ start, end });
  }
  return ranges;
}
