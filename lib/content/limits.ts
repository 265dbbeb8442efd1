import { statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { filesUnder } from '../files-under';
import type { ContentProblem } from './errors';

/**
 * Limits on the size of content, checked before it is parsed, so that a runaway paste (a 5 MB paragraph, a book in
 * one source) fails `npm run check` and the build at once with `file:line` and the limit, instead of a build that
 * runs for minutes and names nothing (Next.js gives up on a page after 60 s, then renders it again). Each is far above
 * what a published text needs (an article's paragraph, a declaration's points), and below what the build handles in
 * its linear time (`npm run bench -- content-scale` times paragraphs of half the limit; contentScale in
 * bench/results.json).
 */
export const CONTENT_LIMITS = {
  /** Bytes of UTF-8 in one paragraph as written (lines between blank lines). */
  paragraphBytes: 100 * 1024,
  passagesPerSource: 2_000,
  /** Bytes of every file under content/ together. */
  totalBytes: 16 * 1024 * 1024,
} as const;

const WHERE = 'the limits are in lib/content/limits.ts';

const kb = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The whole of content/ over its limit, reported at its largest file; undefined within it. Only sizes are read, so
 * this costs nothing whatever the size.
 */
export function contentSizeProblem(rootDir: string, limit: number = CONTENT_LIMITS.totalBytes) {
  let total = 0;
  let largest = { file: 'content', bytes: -1 };
  for (const { file, stats } of contentFiles(rootDir)) {
    total += stats.size;
    if (stats.size > largest.bytes) largest = { file, bytes: stats.size };
  }
  if (total <= limit) return undefined;
  return {
    file: largest.file,
    line: 1,
    message: `content/ holds ${mb(total)}, over the limit of ${mb(limit)}, and this is its largest file (${mb(largest.bytes)}): collect the texts the reader is about, not whole books or dumps; ${WHERE}`,
  } satisfies ContentProblem;
}

/**
 * Every file under content/, at any depth, with its path from the root (`content/sources/x.md`) and its stat; none when
 * content/ is missing (the loaders report that, each naming what it needs).
 */
export function contentFiles(rootDir: string): { file: string; stats: Stats }[] {
  let files: string[];
  try {
    files = filesUnder(path.join(rootDir, 'content'), () => true);
  } catch {
    return [];
  }
  return files.map((file) => ({ file: path.relative(rootDir, file).split(path.sep).join('/'), stats: statSync(file) }));
}

/** Every paragraph of a file's text (lines between blank lines) over the limit, each at its first line. */
export function oversizedParagraphs(
  text: string,
  file: string,
  limit: number = CONTENT_LIMITS.paragraphBytes,
): ContentProblem[] {
  // A file within the limit holds no paragraph beyond it.
  if (Buffer.byteLength(text) <= limit) return [];
  const problems: ContentProblem[] = [];
  const blank = /\n[ \t]*(?:\r?\n[ \t]*)+/g;
  let start = 0;
  let line = 1;
  for (;;) {
    const gap = blank.exec(text);
    const end = gap ? gap.index : text.length;
    const bytes = Buffer.byteLength(text.slice(start, end));
    if (bytes > limit) {
      problems.push({
        file,
        line,
        message: `this paragraph is ${kb(bytes)}, over the limit of ${kb(limit)} a paragraph: a passage is one paragraph of the text as published, so split it where the text breaks (a blank line), or leave out what is not the text; ${WHERE}`,
      });
    }
    if (!gap) return problems;
    line += countLines(text, start, blank.lastIndex);
    start = blank.lastIndex;
  }
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
}

/** A source with more passages than the limit, reported at the first passage beyond it. */
export function tooManyPassages(
  passages: readonly { line: number }[],
  file: string,
  limit: number = CONTENT_LIMITS.passagesPerSource,
): ContentProblem | undefined {
  if (passages.length <= limit) return undefined;
  return {
    file,
    line: passages[limit].line,
    message: `this source has ${passages.length.toLocaleString('en')} passages, over the limit of ${limit.toLocaleString('en')}, and this is the first beyond it: split the text into sources of its parts (e.g. by chapter), or collect only the parts the reader is about; ${WHERE}`,
  };
}
