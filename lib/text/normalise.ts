/**
 * Text normalisation: the first half of the one way this project compares text (tokens.ts is the second). Search,
 * tagging, shared wording, retired ids and the `?hl=` marking all read text through it, so that a term, a query and
 * a passage are compared in one form. Every normalised character remembers where it came from in the original, so
 * matches can be marked in the text the reader sees.
 */

/** Traditional → Simplified Chinese, one character to one (han.ts builds it): 聯 → 联. */
export type HanFold = ReadonlyMap<string, string>;

export interface NormalisedText {
  /**
   * The comparable form: NFKC (full-width → ASCII), lower case, no diacritics, straight quotes, whitespace collapsed,
   * Chinese in Simplified characters when a HanFold is given. A hyphen or dash between two letters or digits becomes
   * "-" (tokens.ts reads "open-source" as its parts and as "opensource"); anywhere else it is a space.
   */
  text: string;
  /** `offsets[i]` is the index in the original string of normalised character `i`; one extra entry marks the end. */
  offsets: number[];
}

const CURLY_QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u300c': '"',
  '\u300d': '"',
  '\u300e': '"',
  '\u300f': '"',
};

/** Hyphens and dashes: inside a word they join its parts ("non-discrimination"), elsewhere they are a space. */
const DASH = /[\u002d\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isDash(char: string): boolean {
  return char === '-' || (char.charCodeAt(0) >= 0x2010 && DASH.test(char));
}

function isWordCharAny(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return WORD_CHAR.test(char);
}

function isSpace(char: string): boolean {
  return (
    char === ' ' ||
    char === '\n' ||
    char === '\t' ||
    char === '\r' ||
    (char.charCodeAt(0) >= 0x80 && WHITESPACE.test(char))
  );
}
const COMBINING_MARK = /\p{M}/u;
const WHITESPACE = /\s/u;

const foldCache = new Map<string, string>();

/** Normalises one code point: compatibility form (full-width → ASCII), lower case, diacritics stripped. */
function foldCodePoint(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
  let folded = foldCache.get(char);
  if (folded === undefined) {
    folded = foldNonAscii(char);
    foldCache.set(char, folded);
  }
  return folded;
}

function foldNonAscii(char: string): string {
  const quote = CURLY_QUOTES[char];
  if (quote) return quote;
  let folded = '';
  for (const part of char.normalize('NFKD')) {
    if (!COMBINING_MARK.test(part)) folded += part;
  }
  folded = folded.normalize('NFKC').toLowerCase();
  return CURLY_QUOTES[folded] ?? folded;
}

export function normaliseWithOffsets(original: string, han?: HanFold): NormalisedText {
  let text = '';
  const offsets: number[] = [];
  let last = ' ';
  for (let index = 0; index < original.length;) {
    const code = original.codePointAt(index) ?? 0;
    const char = code > 0xffff ? original.slice(index, index + 2) : original[index];
    const start = index;
    index += char.length;
    if (isDash(char)) {
      // A joiner between letters ("non-discrimination"), otherwise a word break.
      if (isWordCharAny(last) && isWordCharAny(original[index] ?? ' ')) {
        text += '-';
        offsets.push(start);
        last = '-';
      } else pushSpace(start);
      continue;
    }
    const folded = han?.get(char) ?? foldCodePoint(char);
    for (const part of folded) {
      if (isSpace(part)) pushSpace(start);
      else {
        text += part;
        for (let unit = 0; unit < part.length; unit++) offsets.push(start);
        last = part;
      }
    }
  }
  offsets.push(original.length);
  return { text, offsets };

  // Runs of whitespace collapse to one space so that "UN  framework" still matches "UN framework".
  function pushSpace(start: number) {
    if (text.length === 0 || last === ' ') return;
    text += ' ';
    offsets.push(start);
    last = ' ';
  }
}

export function normalise(original: string, han?: HanFold): string {
  return normaliseWithOffsets(original, han).text.trim();
}

const HAN = /\p{Script=Han}/u;

/** True when the text contains Chinese characters. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}
