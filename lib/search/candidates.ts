/**
 * Stage 2, candidate sets: which passages hold the query. A passage holds it completely when it holds every slot (any
 * option of it, every run of that option). When fewer than a page of passages do and the query has several slots,
 * the passages holding any of them are candidates too: ranked after the complete ones, by how much of the query they
 * hold, and labelled partial. Candidates are then grouped by work: a passage of a translation stands for its
 * original's paragraph, shown once with both languages.
 */
import type { Slot } from './expand';
import { intersectAll, unionAll } from './id-sets';
import { lookupRun, type RunPostings } from './lookup';
import type { IndexStore } from './store';

export interface SlotPostings {
  options: { weight: number; runs: RunPostings[] }[];
  /** Passages holding the slot through any option. */
  all: readonly number[];
}

export interface Candidates {
  slots: SlotPostings[];
  /** Every candidate: `complete`, and when those are fewer than a page, the passages holding some slot. */
  passages: readonly number[];
  /** Passages holding every slot. */
  complete: readonly number[];
  /** Some candidates hold a run's pairs only: the results shown must be checked against their text. */
  needsCheck: boolean;
}

export function findCandidates(store: IndexStore, slots: readonly Slot[], page: number): Candidates {
  const slotPostings = slots.map((slot): SlotPostings => {
    const options = slot.options.map((option) => ({
      weight: option.weight,
      runs: option.runs.map((run) => lookupRun(store, run)),
    }));
    return { options, all: unionAll(options.map((option) => intersectAll(option.runs.map((run) => run.all)))) };
  });
  const needsCheck = slotPostings.some((slot) =>
    slot.options.some((option) => option.runs.some((run) => run.needsCheck)),
  );
  const complete = intersectAll(slotPostings.map((slot) => slot.all));
  const passages =
    complete.length >= page || slotPostings.length < 2 ? complete : unionAll(slotPostings.map((slot) => slot.all));
  return { slots: slotPostings, passages, complete, needsCheck };
}

/** The works of these passages (ascending, each once): a passage of a translation stands for its original's. */
export function worksOf(store: IndexStore, passages: readonly number[]): readonly number[] {
  if (!store.hasTranslations()) return passages;
  return [...new Set(passages.map((n) => store.workOf(n)))].sort((a, b) => a - b);
}
