/**
 * Stop words: one short list per language of words too common to say anything alone. Search never marks one alone
 * (a query's "the" or 的 is still matched, but a snippet does not light up every "the"), principle names are compared
 * without them, and tagging's term check can refuse a term that is only stop words. The words are in normalised form
 * (normalise.ts): lower case, Simplified characters.
 */

export const STOP_WORDS = {
  en: new Set(
    'a an and are as at be by for from has have in into is it its of on or s that the their this to was were which will with'.split(
      ' ',
    ),
  ),
  zh: new Set(Array.from('的了和与及在是对为等也并而之其或')),
} as const;

/** A normalised token that is a stop word in either language. */
export function isStopWord(token: string): boolean {
  return STOP_WORDS.en.has(token) || STOP_WORDS.zh.has(token);
}
