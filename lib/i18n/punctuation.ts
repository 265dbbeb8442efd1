/**
 * Punctuation as each interface language writes it, and the helpers that use it: lists, parentheticals and text cut
 * short with "…". Small and free of dependencies, so client components import it directly.
 */
import type { Locale } from './locales';

const en = {
  /** Between clauses or the parts of a byline. */
  comma: ', ',
  /** Between the items of a list of names ("sovereignty, openness"; Chinese uses the enumeration comma 、). */
  listComma: ', ',
  semicolon: '; ',
  colon: ': ',
  stop: '.',
  /** Before an attribution ("— China Daily"). */
  dash: '— ',
};

export type Punctuation = typeof en;

const zh: Punctuation = {
  comma: '，',
  listComma: '、',
  semicolon: '；',
  colon: '：',
  stop: '。',
  dash: '——',
};

export const PUNCTUATION: Readonly<Record<Locale, Punctuation>> = { en, zh };

export function punctuation(locale: Locale): Punctuation {
  return PUNCTUATION[locale];
}

/** Items joined as the language lists them: "a, b, c" / "a，b，c" (or with another mark, e.g. 'semicolon'). */
export function joinList(
  items: readonly string[],
  locale: Locale,
  mark: 'comma' | 'listComma' | 'semicolon' = 'comma',
): string {
  return items.join(PUNCTUATION[locale][mark]);
}

/** A parenthetical as each language writes it: " (English)" after English, "（英文）" after Chinese. */
export function inBrackets(text: string, locale: Locale): string {
  return locale === 'zh' ? `（${text}）` : ` (${text})`;
}

/**
 * Made on first use: making a segmenter loads the browser's break-iteration data, a long task on a slow phone, and the
 * reader's script imports this module on every page though few pages ever cut a text.
 */
let graphemes: Intl.Segmenter | undefined;

/**
 * Text cut to at most `max` characters as a reader sees them (graphemes: a surrogate pair, an emoji or a letter with
 * its accents is never split), ending in "…" when cut. With `atWord`, the cut moves back to the last space when one
 * stands in the last 40%, so English does not end mid-word.
 */
export function ellipsis(text: string, max: number, { atWord = false } = {}): string {
  // Segments are read lazily and only up to the cut, so a huge text costs no more than a short one.
  const kept: string[] = [];
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length === max) return cutWithEllipsis(kept.slice(0, Math.max(0, max - 1)), max, atWord);
    kept.push(segment);
  }
  return text;
}

function cutWithEllipsis(cut: readonly string[], max: number, atWord: boolean): string {
  const space = atWord ? cut.lastIndexOf(' ') : -1;
  return `${cut.slice(0, space > max * 0.6 ? space : cut.length).join('')}…`;
}
