/**
 * Where a build's time goes, by phase: compile and pages (`next build`'s two halves, export.ts), cards (waiting for the
 * drawing that runs beside the export, then placing the cards) and other (the ledger, CSP, 404 pages, payloads,
 * publishing). Phases follow each other: starting one ends the one before. Printed at the end of every build, and
 * read by the site-build bench.
 */
export type Phase = 'compile' | 'pages' | 'cards' | 'other';

export class Timings {
  private readonly ms: Record<Phase, number> = { compile: 0, pages: 0, cards: 0, other: 0 };
  private phase: Phase = 'other';
  private since = performance.now();

  start(phase: Phase) {
    const now = performance.now();
    this.ms[this.phase] += now - this.since;
    this.phase = phase;
    this.since = now;
  }

  /** Milliseconds per phase so far, the running one included. */
  summary(): Record<Phase, number> {
    this.start(this.phase);
    const { compile, pages, cards, other } = this.ms;
    return {
      compile: Math.round(compile),
      pages: Math.round(pages),
      cards: Math.round(cards),
      other: Math.round(other),
    };
  }
}
