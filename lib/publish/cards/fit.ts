/**
 * Choosing a font size and, when even the smallest is too large, shortening text so that it fits a box on a card,
 * before satori lays it out. Widths are estimated from the cards' fonts (Noto Sans, Noto Sans SC): Chinese characters
 * and full-width punctuation are 1 em, Latin letters about 0.6 em. Lines break where Intl.Segmenter finds word
 * boundaries (Chinese words included), so a shortened text ends at a word or character, never inside one, with "…".
 * The estimate leaves a margin; the card also clamps the lines, so a wrong guess can never overflow the image.
 */

export interface Fitted {
  text: string;
  fontSize: number;
  /** Lines the text is estimated to take, at most the box's. */
  lines: number;
}

export interface Box {
  width: number;
  height: number;
  lineHeight: number;
}

const ELLIPSIS = '…';
/** Estimated widths run this much wide, so that satori's real layout fits in what the estimate allowed. */
const SAFETY = 1.06;

const FULL_WIDTH =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2014\u2026]/u;

/** Estimated advance of one character, in em. */
function charWidth(char: string): number {
  if (FULL_WIDTH.test(char)) return 1;
  if (char === ' ') return 0.26;
  if (/[.,:;'!|il]/.test(char)) return 0.3;
  if (/[A-Z]/.test(char)) return 0.7;
  if (/[mwMW]/.test(char)) return 0.88;
  return 0.6;
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize * SAFETY;
}

/** Words, spaces and punctuation, each a place a line may end after. */
function segments(text: string, language: 'en' | 'zh'): string[] {
  return Array.from(new Intl.Segmenter(language, { granularity: 'word' }).segment(text), (part) => part.segment);
}

/** How many lines the segments take when wrapped greedily at `width`; a word wider than a line is broken. */
function countLines(parts: readonly string[], fontSize: number, width: number): number {
  let lines = 1;
  let used = 0;
  for (const part of parts) {
    const w = textWidth(part, fontSize);
    if (used + w <= width || (part.trim() === '' && used > 0)) {
      used += w;
    } else if (w <= width) {
      lines += 1;
      used = part.trim() === '' ? 0 : w;
    } else {
      lines += Math.ceil((used + w) / width) - 1;
      used = (used + w) % width;
    }
  }
  return lines;
}

/** The longest start of the text, ending at a segment boundary, that fits `maxLines` with an ellipsis after it. */
function shorten(parts: readonly string[], suffix: string, fontSize: number, box: Box, maxLines: number): string {
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const candidate = [...parts.slice(0, mid), ELLIPSIS, suffix];
    if (countLines(candidate, fontSize, box.width) <= maxLines) low = mid;
    else high = mid - 1;
  }
  // A first word too long for the box (a long URL): break it between characters instead.
  if (low === 0 && parts.length > 0 && Array.from(parts[0]).length > 1)
    return shorten(Array.from(parts[0]), suffix, fontSize, box, maxLines);
  // Never end on a space or on punctuation that would sit oddly before the ellipsis.
  const kept = parts
    .slice(0, low)
    .join('')
    .replace(/[\s,;:，、；：—–-]+$/u, '');
  return `${kept}${ELLIPSIS}${suffix}`;
}

function maxLinesAt(fontSize: number, box: Box): number {
  return Math.max(1, Math.floor(box.height / (fontSize * box.lineHeight)));
}

/**
 * The largest of `sizes` (largest first) at which the text fits the box; when none does, the text shortened to fit
 * at the smallest. `suffix` (a closing quotation mark) always ends the text, after the ellipsis if it was shortened.
 */
export function fitText(text: string, language: 'en' | 'zh', box: Box, sizes: readonly number[], suffix = ''): Fitted {
  const parts = segments(text.replace(/\s+/g, ' ').trim(), language);
  for (const fontSize of sizes) {
    const lines = countLines([...parts, suffix], fontSize, box.width);
    if (lines <= maxLinesAt(fontSize, box)) return { text: `${parts.join('')}${suffix}`, fontSize, lines };
  }
  const fontSize = sizes[sizes.length - 1];
  const maxLines = maxLinesAt(fontSize, box);
  return { text: shorten(parts, suffix, fontSize, box, maxLines), fontSize, lines: maxLines };
}
