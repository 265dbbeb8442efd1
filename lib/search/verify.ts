/**
 * Stage 5, checking the shown results: a candidate found by a run's pairs (a phrase of three or more tokens, a
 * Chinese word of three or more characters) is checked against its text, and only the candidates about to be shown
 * are, so a query never needs the text of every candidate. The share that passes estimates the total.
 */
import { findRun, type TokenLattice, type TokenTest } from '../text/match';
import type { Candidates } from './candidates';
import type { Slot } from './expand';
import { holds } from './id-sets';
import type { RunPostings } from './lookup';
import type { IndexStore } from './store';
import { runMatchers } from './token-matchers';

/** The works (in the order given) with a passage that truly holds the query: every slot, or for a partial match one. */
export function confirmedWorks(
  store: IndexStore,
  candidates: Candidates,
  slots: readonly Slot[],
  works: readonly number[],
): number[] {
  const tests = slots.map((slot) => slot.options.map((option) => option.runs.map(runMatchers)));
  return works.filter((work) =>
    store.membersOf(work).some((n) => {
      if (!holds(n, candidates.passages)) return false;
      const target = store.passageTokens(n);
      const slotHolds = candidates.slots.map((slot, s) =>
        slot.options.some((option, o) => option.runs.every((run, r) => runHolds(run, n, target, tests[s][o][r]))),
      );
      return holds(n, candidates.complete) ? slotHolds.every(Boolean) : slotHolds.some(Boolean);
    }),
  );
}

/** A run holds when its postings have the passage and, if they may be wrong, its text has the run. */
function runHolds(run: RunPostings, n: number, text: TokenLattice | undefined, tests: TokenTest[][]): boolean {
  if (!holds(n, run.all)) return false;
  if (!run.needsCheck) return true;
  // Without its text a candidate cannot be confirmed; the engine loads the texts of those it checks.
  return text !== undefined && tests.some((reading) => findRun(text, reading).length > 0);
}
