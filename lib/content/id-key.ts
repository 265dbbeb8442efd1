/**
 * FROZEN. The text form that passage ids hash (passage-id.ts). Every published link depends on it, so it never
 * changes, even when search or tagging change how they normalise text (lib/text/): a change here would silently move
 * every id. tests/unit/passage-id.test.ts recomputes every id in content/published-ids.json with it.
 *
 * It is the normaliser as it stood when ids were first published: NFKC per code point, lower case, diacritics
 * stripped, curly and corner quotes made straight, hyphens and dashes dropped between letters or digits (a space
 * elsewhere), runs of whitespace collapsed to one space, trimmed.
 */

const QUOTES: Readonly<Record<string, string>> = {
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
const DASH = /^[\u002d\u2010-\u2015\u2212\ufe58\ufe63\uff0d]$/u;
const WORD = /^[\p{L}\p{N}]$/u;
const MARK = /\p{M}/u;
/** As first published: ASCII space, tab, CR and LF, and any non-ASCII white space (so not \v or \f). */
const isSpace = (char: string) =>
  char === ' ' || char === '\n' || char === '\t' || char === '\r' || (char.charCodeAt(0) >= 0x80 && /^\s$/u.test(char));

/**
 * fold() is a pure function of one character, and a corpus uses few distinct ones. Unremembered, it was the largest
 * self time in a profile of the bench's tagging part (loading 100× the passages); remembered, it drops out of the
 * profile. ASCII folds to its lower case.
 */
const folds = new Map<string, string>();

function fold(char: string): string {
  if (char.length === 1 && char.charCodeAt(0) < 0x80) return char.toLowerCase();
  let folded = folds.get(char);
  if (folded === undefined) {
    folded = foldOnce(char);
    folds.set(char, folded);
  }
  return folded;
}

function foldOnce(char: string): string {
  const quote = QUOTES[char];
  if (quote) return quote;
  let folded = '';
  for (const part of char.normalize('NFKD')) if (!MARK.test(part)) folded += part;
  folded = folded.normalize('NFKC').toLowerCase();
  return QUOTES[folded] ?? folded;
}

/** A letter or digit, judged on one UTF-16 unit as the original did (so astral letters count as non-letters here). */
function isWord(unit: string | undefined): boolean {
  return unit !== undefined && WORD.test(unit);
}

export function idKey(original: string): string {
  let text = '';
  let last = ' ';
  const space = () => {
    if (text.length > 0 && last !== ' ') {
      text += ' ';
      last = ' ';
    }
  };
  for (let index = 0; index < original.length;) {
    const code = original.codePointAt(index) ?? 0;
    const char = code > 0xffff ? original.slice(index, index + 2) : original[index];
    index += char.length;
    if (DASH.test(char)) {
      if (isWord(last) && isWord(original[index] ?? ' ')) continue;
      space();
      continue;
    }
    for (const part of fold(char)) {
      if (isSpace(part)) space();
      else {
        text += part;
        last = part;
      }
    }
  }
  return text.trim();
}
