/**
 * The links stage: everything the reader shows about how passages, principles, sources and works relate, computed once
 * at build time from the tagged corpus so that pages only render it. Server only: pages pass what they need to
 * components as props.
 */
import 'server-only';
import { perCorpus, type Corpus } from '../corpus';
import type { Passage, Principle, Source } from '../content/schema';
import { passageRef } from '../urls';
import { retireIds, type RetiredId } from '../content/retired-ids';
import { findEchoes, type TextRange } from './shared-wording';
import { buildWorks, rowsStating, worksBySlug, type Work, type WorkRow } from './works';

export type { Work, WorkRow } from './works';

export interface PassageInSource {
  source: Source;
  passage: Passage;
}

/** A principle's rows in one work. */
export interface WorkGroup {
  work: Work;
  rows: WorkRow[];
}

export interface LinkedEcho extends PassageInSource {
  /** The shared words, as ranges of the text of the passage whose echoes these are (the map key), not of `passage`. */
  ranges: TextRange[];
}

export interface CorpusLinks {
  principlesById: Map<string, Principle>;
  sourcesBySlug: Map<string, Source>;
  works: Work[];
  /** A source's work, by the source's slug. */
  workOf: Map<string, Work>;
  /** The work holding the Initiative's own text, when content/initiative.md names it. */
  initiative?: Work;
  /** Per principle, the works stating it with the rows that do, in corpus order. */
  byPrinciple: Map<string, WorkGroup[]>;
  /** Principles stated in the same rows as a principle, most shared first. */
  related: Map<string, { principle: Principle; shared: number }[]>;
  /** Passages of other works with near-identical wording, by passage ref. */
  echoes: Map<string, LinkedEcho[]>;
  /** Commentaries on a work, by work id. */
  commentaries: Map<string, Work[]>;
  /** By passage ref: the passages elsewhere that editors marked as giving its words in another language. */
  renderedBy: Map<string, PassageInSource[]>;
  /** By passage ref: the passages whose words it gives (its own marks). */
  renders: Map<string, PassageInSource[]>;
  /** Per source, ids published before that are no longer current: where they lead now, or that they are gone. */
  retired: Map<string, RetiredId[]>;
}

export function buildLinks(corpus: Corpus): CorpusLinks {
  const works = buildWorks(corpus.sources);
  const workOf = worksBySlug(works);
  const byRef = new Map<string, PassageInSource>();
  for (const source of corpus.sources) {
    for (const passage of source.passages) byRef.set(passageRef(source.slug, passage.id), { source, passage });
  }
  const byPrinciple = new Map(
    corpus.principles.map((principle) => [
      principle.id,
      works.map((work) => ({ work, rows: rowsStating(work, principle.id) })).filter((group) => group.rows.length > 0),
    ]),
  );
  const commentaries = new Map<string, Work[]>();
  for (const work of works)
    if (work.commentaryOn) commentaries.set(work.commentaryOn, [...(commentaries.get(work.commentaryOn) ?? []), work]);

  return {
    principlesById: new Map(corpus.principles.map((principle) => [principle.id, principle])),
    sourcesBySlug: new Map(corpus.sources.map((source) => [source.slug, source])),
    works,
    workOf,
    initiative: corpus.initiative.source ? workOf.get(corpus.initiative.source) : undefined,
    byPrinciple,
    related: relatedPrinciples(corpus.principles, byPrinciple),
    echoes: linkEchoes(byRef, workOf),
    commentaries,
    ...renderings(byRef),
    retired: new Map(
      corpus.sources.map((source) => [source.slug, retireIds(corpus.publishedIds[source.slug] ?? {}, source.passages)]),
    ),
  };
}

/** Counted per row, so that a paragraph and its translation count once. */
function relatedPrinciples(principles: Principle[], byPrinciple: Map<string, WorkGroup[]>): CorpusLinks['related'] {
  return new Map(
    principles.map((principle) => {
      const counts = new Map<string, number>();
      for (const { rows } of byPrinciple.get(principle.id) ?? []) {
        for (const row of rows) {
          const others = new Set(
            row.versions.flatMap(({ passage }) => passage.mentions.map((mention) => mention.principle)),
          );
          others.delete(principle.id);
          for (const other of others) counts.set(other, (counts.get(other) ?? 0) + 1);
        }
      }
      const list = principles
        .filter((other) => counts.has(other.id))
        .map((other) => ({ principle: other, shared: counts.get(other.id) ?? 0 }))
        .sort((a, b) => b.shared - a.shared);
      return [principle.id, list];
    }),
  );
}

/** Versions of one work are not compared with each other: they are the same text. */
function linkEchoes(byRef: Map<string, PassageInSource>, workOf: Map<string, Work>): CorpusLinks['echoes'] {
  const found = findEchoes(
    [...byRef].map(([key, { source, passage }]) => ({
      key,
      group: workOf.get(source.slug)?.id ?? source.slug,
      text: passage.text,
    })),
  );
  return new Map(
    [...found].map(([key, list]) => [
      key,
      list.flatMap((echo) => {
        const other = byRef.get(echo.key);
        return other ? [{ ...other, ranges: echo.ranges }] : [];
      }),
    ]),
  );
}

function renderings(byRef: Map<string, PassageInSource>): Pick<CorpusLinks, 'renderedBy' | 'renders'> {
  const renderedBy = new Map<string, PassageInSource[]>();
  const renders = new Map<string, PassageInSource[]>();
  for (const [ref, entry] of byRef) {
    for (const targetRef of entry.passage.renders ?? []) {
      const target = byRef.get(targetRef);
      if (!target) continue; // the build has already reported it
      renderedBy.set(targetRef, [...(renderedBy.get(targetRef) ?? []), entry]);
      renders.set(ref, [...(renders.get(ref) ?? []), target]);
    }
  }
  return { renderedBy, renders };
}

export const getLinks: () => CorpusLinks = perCorpus(buildLinks);
