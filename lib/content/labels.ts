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
