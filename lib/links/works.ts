/**
 * Works: an original with its translations is one work, read and counted once, whatever its languages. Its id is the
 * original's slug (published as each source's `work` in corpus.json). A commentary (`about`) is a work of its own,
 * shown as a commentary on the work it discusses. Translations align with their original paragraph by paragraph (the
 * build checks it), so a work is a list of rows, one per paragraph, holding that paragraph in every version.
 */

import 'server-only';
import type { Passage, Source } from '../content/schema';

export interface Work {
  id: string;
  original: Source;
  /** The original first, then its translations in corpus order. */
  versions: Source[];
  /** The id of the work this one comments on. */
  commentaryOn?: string;
  rows: WorkRow[];
}

export interface WorkRow {
  /** 0-based paragraph number, the same in every version. */
  index: number;
  versions: { source: Source; passage: Passage }[];
}

/** Each source's work, by the source's slug. */
export function worksBySlug(works: readonly Work[]): Map<string, Work> {
  return new Map(works.flatMap((work) => work.versions.map((source) => [source.slug, work] as const)));
}

/** Every work, in the corpus order of their originals. */
export function buildWorks(sources: readonly Source[]): Work[] {
  const bySlug = new Map(sources.map((source) => [source.slug, source]));
  const workIdOf = (source: Source) =>
    source.translationOf && bySlug.has(source.translationOf) ? source.translationOf : source.slug;
  return sources
    .filter((source) => workIdOf(source) === source.slug)
    .map((original): Work => {
      const versions = [
        original,
        ...sources.filter((source) => source !== original && workIdOf(source) === original.slug),
      ];
      const about = original.about ? bySlug.get(original.about) : undefined;
      return {
        id: original.slug,
        original,
        versions,
        ...(about && { commentaryOn: workIdOf(about) }),
        rows: original.passages.map((_, index) => ({
          index,
          versions: versions.map((source) => ({ source, passage: source.passages[index] })),
        })),
      };
    });
}

/** The rows of a work in which any version states the principle. */
export function rowsStating(work: Work, principle: string): WorkRow[] {
  return work.rows.filter((row) =>
    row.versions.some(({ passage }) => passage.mentions.some((mention) => mention.principle === principle)),
  );
}
