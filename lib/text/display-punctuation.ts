/**
 * A display rule for Chinese text: ASCII punctuation written between Chinese characters (大国,中国 / 和音:积极, as some
 * collected texts have it) is shown full-width (大国，中国 / 和音：积极), and straight double quotes beside Chinese
 * become “ ”. Only what the reader sees changes: the collected text stays as it is in corpus.json, and search
 * normalises both forms alike. Each character is replaced by exactly one, so offsets into the text (marked terms,
 * shared words, links) stay valid.
 */

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  '.': '。',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
};
const HAN = /\p{Script=Han}/u;
/** What may follow Chinese punctuation: Chinese, the end of a clause (space, end of text) or an opening quote. */
const AFTER = /[\p{Script=Han}\s“"「《（]/u;

/** The last character of what is shown so far, whole (a rare character is two UTF-16 units). */
function last(shown: string): string {
  const code = shown.charCodeAt(shown.length - 1);
  return code >= 0xdc00 && code <= 0xdfff ? shown.slice(-2) : shown.slice(-1);
}

function after(text: string, at: number): string {
  return String.fromCodePoint(text.codePointAt(at + 1) ?? 0x20);
}

const isHanOrClosing = (char: string) => HAN.test(char) || /[”」》）]/u.test(char);

export function displayPunctuation(text: string): string {
  let open = false;
  let result = '';
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    const full = FULL_WIDTH[char];
    if (full && isHanOrClosing(last(result)) && (at + 1 === text.length || AFTER.test(after(text, at)))) {
      // "2023." or "3.5" stay as they are: a full stop needs Chinese before it, and a decimal point has digits after.
      result += full;
    } else if (char === '"' && (HAN.test(last(result)) || HAN.test(after(text, at)))) {
      result += open ? '”' : '“';
      open = !open;
    } else {
      result += char;
      if (char === '“') open = true;
      else if (char === '”') open = false;
    }
  }
  return result;
}

/**
 * The one display rule for text that leaves the site as well as for pages: <title>, og: tags, share cards, citations
 * and exports. Chinese text gets Chinese punctuation; other languages are left as they are.
 */
export function displayText(text: string, language: string): string {
  return language === 'zh' ? displayPunctuation(text) : text;
}
