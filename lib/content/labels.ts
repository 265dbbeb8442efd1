/**
 * Human-readable, citable paragraph labels: "¶ 3" in an article; "preamble ¶ 1", "lead-in" and "point 2" in a text
 * whose front matter declares its structure (schema.ts structureSchema). The hash id stays the anchor; a label is what
 * a reader cites and sees in the margin.
 */
import type { ContentProblem } from './errors';
import type { PassageLabel, Structure } from './schema';

/** How a point opens in the official text: a dash (——, —, –, -) before its first word. */
const POINT_OPENING = /^\s*[—–-]/u;

export function labelPassages(
  passages: readonly { text: string; line: number }[],
  structure: Structure | undefined,
  at: { file: string; line: number },
  problems: ContentProblem[],
): PassageLabel[] {
  if (!structure) return passages.map((_, i) => ({ kind: 'paragraph', n: i + 1 }));
  const { preamble, leadIn, points } = structure;
  const declared = preamble + leadIn + points;
  if (declared !== passages.length) {
    problems.push({
      ...at,
      message: `structure declares ${declared} passages (${preamble} preamble, ${leadIn} lead-in, ${points} points) but the text has ${passages.length}: fix the counts, or split or join paragraphs`,
    });
    return passages.map((_, i) => ({ kind: 'paragraph', n: i + 1 }));
  }
  return passages.map((passage, i): PassageLabel => {
    if (i < preamble) return { kind: 'preamble', n: i + 1 };
    if (i < preamble + leadIn) return { kind: 'lead-in' };
    if (!POINT_OPENING.test(passage.text)) {
      problems.push({
        file: at.file,
        line: passage.line,
        message: `structure says this is point ${i - preamble - leadIn + 1}, but a point opens with a dash ("——"): check the structure counts, or this text has no points (remove "structure")`,
      });
    }
    return { kind: 'point', n: i - preamble - leadIn + 1 };
  });
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 2 → 二, 11 → 十一, 20 → 二十, 35 → 三十五: how Chinese numbers points (第二点, 第十一点). */
export function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n];
  if (n < 20) return `十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CHINESE_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
  return String(n);
}

/** A label as it is cited in the interface's language: "¶ 3", "point 2", "preamble ¶ 1"; "第3段", "第二点", "序言第1段". */
export function formatLabel(label: PassageLabel, language: 'en' | 'zh'): string {
  switch (label.kind) {
    case 'paragraph':
      return language === 'zh' ? `第${label.n}段` : `¶ ${label.n}`;
    case 'preamble':
      return language === 'zh' ? `序言第${label.n}段` : `preamble ¶ ${label.n}`;
    case 'lead-in':
      return language === 'zh' ? '引语' : 'lead-in';
    case 'point':
      return language === 'zh' ? `第${chineseNumber(label.n)}点` : `point ${label.n}`;
  }
}
