/**
 * From a sheet link to the passages it names, today: each reference is looked up in what exists (current ids,
 * retired ids that lead to the passage as it now reads, retired ids whose passage is gone). The result keeps the
 * link's order, shows each passage once, and names every entry it could not show.
 */
import { parseSheet, type SheetRef } from './codec';
import type { SheetProblem } from './problems';

export type Lookup =
  | { status: 'current' }
  | { status: 'retired'; to: string }
  | { status: 'removed' }
  | { status: 'unknown-passage' }
  | { status: 'unknown-source' };

/** What exists: how a slug and an id resolve today. */
export type SheetResolver = (slug: string, id: string) => Lookup;

/**
 * What exists, as plain data the sheet page can load: per source slug, its current passage ids and its retired ids,
 * each leading to the current id that replaced it, or null when the passage is gone.
 */
export type SheetCatalogue = Record<
  string,
  { ids: readonly string[]; retired: Readonly<Record<string, string | null>> }
>;

export interface SheetEntry extends SheetRef {
  /** 1-based place of the entry in the link. */
  position: number;
  /** The id the link named, when it was retired and `id` is the passage as it now reads. */
  requested?: string;
}

export function buildSheetCatalogue(
  sources: readonly { slug: string; passages: readonly { id: string }[] }[],
  retired: ReadonlyMap<string, readonly { id: string; to?: string }[]>,
): SheetCatalogue {
  return Object.fromEntries(
    sources.map((source) => [
      source.slug,
      {
        ids: source.passages.map((passage) => passage.id),
        retired: Object.fromEntries((retired.get(source.slug) ?? []).map((old) => [old.id, old.to ?? null])),
      },
    ]),
  );
}

export function catalogueResolver(catalogue: SheetCatalogue): SheetResolver {
  // Maps, not the object itself: a slug such as "constructor" must not find Object.prototype's members.
  const sources = new Map(
    Object.entries(catalogue).map(([slug, { ids, retired }]) => [
      slug,
      { ids: new Set(ids), retired: new Map(Object.entries(retired)) },
    ]),
  );
  return (slug, id) => {
    const source = sources.get(slug);
    if (!source) return { status: 'unknown-source' };
    if (source.ids.has(id)) return { status: 'current' };
    if (!source.retired.has(id)) return { status: 'unknown-passage' };
    const to = source.retired.get(id);
    return to && source.ids.has(to) ? { status: 'retired', to } : { status: 'removed' };
  };
}

/**
 * The passages a sheet link names, as they are today, and a named problem for every entry not shown as it was
 * written. Never throws, whatever the link holds.
 */
export function decodeSheet(
  raw: string | null | undefined,
  resolve: SheetResolver,
): { entries: SheetEntry[]; problems: SheetProblem[] } {
  const parsed = parseSheet(raw);
  const entries: SheetEntry[] = [];
  const problems: SheetProblem[] = [];
  const seen = new Map<string, number>();
  for (const { position, slug, id } of parsed.refs) {
    const found = resolve(slug, id);
    if (found.status === 'unknown-source' || found.status === 'unknown-passage' || found.status === 'removed') {
      problems.push({ kind: found.status, position, slug, id });
      continue;
    }
    const current = found.status === 'retired' ? found.to : id;
    if (found.status === 'retired') problems.push({ kind: 'retired', position, slug, id, to: current });
    const key = `${slug}#${current}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ kind: 'duplicate', position, slug, id: current, first });
      continue;
    }
    seen.set(key, position);
    entries.push(found.status === 'retired' ? { position, slug, id: current, requested: id } : { position, slug, id });
  }
  const byPosition = (problem: SheetProblem) => ('position' in problem ? problem.position : Infinity);
  return { entries, problems: [...problems, ...parsed.problems].sort((a, b) => byPosition(a) - byPosition(b)) };
}
