/**
 * Stage 4, ranking: a score per candidate work, and the best `count` of them. A passage scores, for each slot it
 * holds, by how closely: the words as typed (1), an inflection (INFLECTED), a longer word a typed prefix begins
 * (PREFIXED), each times the option's weight (a glossary name counts less than the query's own words). The slots'
 * scores add up, rarer slots counting more when not every slot holds (partial matches); passages holding the whole
 * query together, as one phrase, come first. A work scores as its best passage; ties keep index order.
 */
import type { Candidates } from './candidates';
import { intersect, intersectAll, unionAll } from './id-sets';
import type { QueryUnit } from './query';
import type { IndexStore } from './store';

export const INFLECTED = 0.85;
export const PREFIXED = 0.6;
/** Above any sum of slot scores: the whole query together outranks the rest, and a complete match a partial one. */
const TOGETHER = 100;
const COMPLETE = 1000;

/** The best `count` works of `works` (ascending), best first. */
export function rankWorks(
  store: IndexStore,
  candidates: Candidates,
  units: readonly QueryUnit[],
  works: readonly number[],
  count: number,
): number[] {
  // No work to rank (a query naming no principle ranks its intent's empty list): none of the lists below is needed.
  if (works.length === 0 || count <= 0) return [];
  const whole = together(store, units);
  const top = topScorers(store, candidates, units.length > 1 ? whole : undefined, works);
  if (top.length >= count) return top.slice(0, count);
  return scoredWorks(store, candidates, whole, works, count);
}

/**
 * The works with the highest score there can be: every slot held, exactly, through an option of the greatest weight,
 * with the whole query together. Found by intersecting lists, without scoring every candidate; when a page of them
 * exists, they are the page (equal scores keep index order), which is most of a large result's cost saved.
 */
function topScorers(
  store: IndexStore,
  candidates: Candidates,
  whole: readonly number[] | undefined,
  works: readonly number[],
): readonly number[] {
  const lists = candidates.slots.map((slot) => {
    const heaviest = Math.max(...slot.options.map((option) => option.weight));
    return unionAll(
      slot.options
        .filter((option) => option.weight === heaviest)
        .map((option) => intersectAll(option.runs.map((run) => run.exact))),
    );
  });
  if (whole) lists.push(whole);
  if (lists.length === 0) return works;
  const best = intersectAll(lists);
  if (store.hasTranslations())
    return intersect(
      works,
      [...new Set(best.map((n) => store.workOf(n)))].sort((a, b) => a - b),
    );
  // Unfiltered, the works are the candidates themselves, which hold the best.
  return works === candidates.passages ? best : intersect(works, best);
}

function scoredWorks(
  store: IndexStore,
  candidates: Candidates,
  whole: readonly number[],
  works: readonly number[],
  count: number,
): number[] {
  const passages = candidates.passages;
  const scores = passageScores(store, candidates, whole);
  const workScores = new Float64Array(works.length);
  if (store.hasTranslations()) {
    // A work scores as its best passage among the candidates.
    const byWork = new Map<number, number>();
    passages.forEach((n, i) => {
      const work = store.workOf(n);
      byWork.set(work, Math.max(byWork.get(work) ?? 0, scores[i]));
    });
    works.forEach((work, i) => (workScores[i] = byWork.get(work) ?? 0));
  } else {
    // Each work is a passage: both lists ascend.
    for (let i = 0, j = 0; i < works.length; i++) {
      while (passages[j] < works[i]) j++;
      workScores[i] = scores[j];
    }
  }
  return best(works, (i) => workScores[i], count);
}

/** Per candidate passage (positions in candidates.passages), its score. */
function passageScores(store: IndexStore, candidates: Candidates, whole: readonly number[]): Float64Array {
  const { passages, slots, complete } = candidates;
  const partial = complete.length < passages.length;
  const total = new Float64Array(passages.length);
  for (const slot of slots) {
    const slotScore = new Float64Array(passages.length);
    for (const option of slot.options) {
      let optionScore: Float64Array | undefined;
      for (const run of option.runs) {
        // Lists that are the same (a word without inflections) are walked once.
        const levels: [readonly number[], number][] = [[run.all, PREFIXED]];
        if (run.inflected !== run.all) levels.push([run.inflected, INFLECTED]);
        if (run.exact !== run.inflected) levels.push([run.exact, 1]);
        else levels[levels.length - 1][1] = 1;
        const runScore = valuesOn(passages, levels);
        optionScore = optionScore ? optionScore.map((value, i) => Math.min(value, runScore[i])) : runScore;
      }
      optionScore?.forEach((value, i) => (slotScore[i] = Math.max(slotScore[i], value * option.weight)));
    }
    // Where not every slot need hold, a rare word held says more than a common one.
    const weight = partial ? Math.log(1 + store.manifest.passageCount / Math.max(1, slot.all.length)) : 1;
    slotScore.forEach((value, i) => (total[i] += value * weight));
  }
  valuesOn(passages, [[whole, TOGETHER]]).forEach((bonus, i) => (total[i] += bonus));
  if (partial) valuesOn(passages, [[complete, COMPLETE]]).forEach((bonus, i) => (total[i] += bonus));
  return total;
}

/**
 * Passages where the query's units stand one after the other, by the pairs at each unit's boundary (and within
 * units, the units' own runs): an approximation for ranking, not a filter.
 */
function together(store: IndexStore, units: readonly QueryUnit[]): readonly number[] {
  if (units.length < 2) return [];
  const boundaries: (readonly number[])[] = [];
  for (let k = 0; k + 1 < units.length; k++) {
    const before = units[k].readings.map((reading) => reading[reading.length - 1]);
    const after = units[k + 1].readings.map((reading) => reading[0]);
    boundaries.push(unionAll(before.flatMap((first) => after.map((next) => store.pair(first, next).ids))));
  }
  return intersectAll(boundaries);
}

/** For each of `passages` (ascending), the value of the last of `lists` (each ascending) that holds it; 0 if none. */
function valuesOn(passages: readonly number[], lists: [list: readonly number[], value: number][]): Float64Array {
  const values = new Float64Array(passages.length);
  for (const [list, value] of lists) {
    for (let i = 0, j = 0; i < passages.length && j < list.length;) {
      if (passages[i] < list[j]) i++;
      else if (passages[i] > list[j]) j++;
      else {
        values[i] = value;
        i++;
        j++;
      }
    }
  }
  return values;
}

/**
 * The `count` items of `items` with the highest scores, best first, lower index first among equals. A bounded
 * insertion list: most items fail the comparison with the current last place, so this is one pass at scale.
 */
function best(items: readonly number[], scoreAt: (i: number) => number, count: number): number[] {
  const top: { item: number; score: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    const score = scoreAt(i);
    if (top.length === count && score <= top[count - 1].score) continue;
    let at = top.length;
    while (at > 0 && top[at - 1].score < score) at--;
    top.splice(at, 0, { item: items[i], score });
    if (top.length > count) top.pop();
  }
  return top.map((entry) => entry.item);
}
