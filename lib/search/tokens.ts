/**
 * Search tokens: what the index stores and what queries are compared with. Text is normalised first
 * (lib/text/normalise), then split into words of spaced scripts and single Chinese characters. Chinese is written
 * without spaces, so a Chinese word is a run of character tokens; the index also stores adjacent token pairs
 * (config.ts), which finds such runs, and English phrases, without scanning text.
 */

/** A word of a spaced script (letters and digits), or one Chinese character. */
const TOKEN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const HAN = /^\p{Script=Han}$/u;

export interface PositionedToken {
  text: string;
  /** [start, end) in the normalised text. */
  start: number;
  end: number;
}

/** The tokens of normalised text, in order. */
export function tokenize(normalisedText: string): string[] {
  return normalisedText.match(TOKEN) ?? [];
}

export function tokenizeWithPositions(normalisedText: string): PositionedToken[] {
  return Array.from(normalisedText.matchAll(TOKEN), (match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

export function isHanToken(token: string): boolean {
  return HAN.test(token);
}

/**
 * Tokens joined by single spaces, with a space at each end: a run of tokens is then a substring test
 * (" small yard " in it), and a word being typed is one without the closing space (" small ya").
 */
export function tokenText(tokens: readonly string[]): string {
  return ` ${tokens.join(' ')} `;
}

/** Words shorter than this are never treated as prefixes: "a" would match a large part of the vocabulary. */
export const MIN_PREFIX_LENGTH = 2;

/**
 * Which shard of the index holds a token and the pairs it starts. Words are placed by their first two characters, so
 * every completion of a prefix of MIN_PREFIX_LENGTH or more lives in the prefix's shard; Chinese characters by
 * themselves. FNV-1a: small, fast and identical in Node and the browser.
 */
export function shardOf(token: string, shardCount: number): number {
  const key = Array.from(token).slice(0, MIN_PREFIX_LENGTH).join('');
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shardCount;
}
