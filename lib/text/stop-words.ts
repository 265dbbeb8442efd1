/**
 * Words too common to say anything alone. One short list per language, compared after the site's normalisation
 * (normalise.ts: lower case, Simplified characters). Search never marks one alone (a query's "the" or 的 is still
 * matched, but a snippet does not light up every "the"), principle names are compared without them, and `npm run
 * check` warns on a principle term made only of them ("the", "of the", 我们), which would file most passages under it.
 */
import { normalise } from './normalise';

// prettier-ignore
export const STOP_WORDS: Readonly<Record<'en' | 'zh', readonly string[]>> = {
  en: [
    'a', 'about', 'all', 'also', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'can', 'for', 'from',
    'has', 'have', 'he', 'her', 'his', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'more', 'not', 'of', 'on', 'or',
    'our', 's', 'should', 'so', 'such', 'than', 'that', 'the', 'their', 'them', 'there', 'these', 'they', 'this',
    'those', 'to', 'was', 'we', 'were', 'which', 'while', 'who', 'will', 'with', 'would', 'you',
  ],
  zh: [
    '的', '了', '和', '与', '及', '是', '在', '对', '为', '以', '等', '并', '也', '而', '或', '之', '其', '这', '那',
    '我们', '他们', '各国', '一个', '以及', '可以', '进行', '通过', '这些', '那些', '方面', '问题',
  ],
};

const STOP = new Set([...STOP_WORDS.en, ...STOP_WORDS.zh].map((word) => normalise(word)));

/** A normalised token that is a stop word in either language. */
export function isStopWord(token: string): boolean {
  return STOP.has(token);
}

/** True when every word of the term is a stop word: "the", "of the", "我们". Chinese is compared as a whole run. */
export function isStopTerm(term: string): boolean {
  const words = normalise(term)
    .split(/[\s.…*]+/u)
    .filter(Boolean);
  return words.length > 0 && words.every(isStopWord);
}
