/** A problem in a content file, reported as `file:line: what is wrong and how to fix it`. */
export interface ContentProblem {
  file: string;
  line: number;
  message: string;
  /** Errors stop the build; warnings are printed and the build goes on. Default: error. */
  severity?: 'warning';
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}

export function isError(problem: ContentProblem): boolean {
  return problem.severity !== 'warning';
}

/** Thrown once with every problem found, so an editor fixes them all in one pass rather than one build at a time. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `content/ has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
