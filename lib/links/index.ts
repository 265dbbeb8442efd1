/**
 * The links stage: everything the reader shows about how passages, principles and sources relate, computed once at
 * build time from the tagged corpus so that pages only render it.
 */
import { getCorpus, type Corpus } from '../corpus';
import type { Passage, Principle, Source } from '../content/schema';
import { passageRef } from '../urls';
import { retireIds, type RetiredId } from './retired-ids';
import { findEchoes, type TextRange } from './shared-wording';

export interface PassageInSource {
  source: Source;
  passage: Passage;
}

export interface SourceGroup {
  source: Source;
  passages: Passage[];
}

export interface LinkedEcho {
  source: Source;
  passage: Passage;
  /** The shared words, as ranges of the text of the passage whose echoes these are (the map key), not of `passage`. */
  ranges: TextRange[];
}

export interface CorpusLinks {
  principlesById: Map<string, Principle>;
  sourcesBySlug: Map<string, Source>;
  /** Per principle, its supporting passages grouped by source, in source order. */
  byPrinciple: Map<string, SourceGroup[]>;
  /** Principles sharing passages with a principle, most shared first. */
  related: Map<string, { principle: Principle; shared: number }[]>;
  /** Passages elsewhere with near-identical wording, by passage ref. */
  echoes: Map<string, LinkedEcho[]>;
  /** A source's translation or original, if any. */
  counterpart: Map<string, Source>;
  /** Sources that discuss a source (`about`). */
  discussedBy: Map<string, Source[]>;
  /** Per source, ids published before that are no longer current: where they lead now, or that they are gone. */
  retired: Map<string, RetiredId[]>;
}

export function buildLinks(corpus: Corpus): CorpusLinks {
  const bySlug = new Map(corpus.sources.map((source) => [source.slug, source]));
  const byRef = new Map<string, PassageInSource>();
  for (const source of corpus.sources) {
    for (const passage of source.passages) byRef.set(passageRef(source.slug, passage.id), { source, passage });
  }

  const byPrinciple = new Map<string, SourceGroup[]>();
  for (const principle of corpus.principles) {
    byPrinciple.set(
      principle.id,
      corpus.sources
        .map((source) => ({
          source,
          passages: source.passages.filter((passage) => passage.mentions.some((mention) => mention.principle === principle.id)),
        }))
        .filter((group) => group.passages.length > 0),
    );
  }

  const related = new Map<string, { principle: Principle; shared: number }[]>();
  for (const principle of corpus.principles) {
    const counts = new Map<string, number>();
    for (const group of byPrinciple.get(principle.id) ?? []) {
      for (const passage of group.passages) {
        for (const mention of passage.mentions) {
          if (mention.principle !== principle.id) counts.set(mention.principle, (counts.get(mention.principle) ?? 0) + 1);
        }
      }
    }
    related.set(
      principle.id,
      corpus.principles
        .filter((other) => counts.has(other.id))
        .map((other) => ({ principle: other, shared: counts.get(other.id) ?? 0 }))
        .sort((a, b) => b.shared - a.shared),
    );
  }

  const echoes = new Map<string, LinkedEcho[]>();
  const found = findEchoes([...byRef].map(([key, { source, passage }]) => ({ key, group: source.slug, text: passage.text })));
  for (const [key, list] of found) {
    echoes.set(
      key,
      list.flatMap((echo) => {
        const other = byRef.get(echo.key);
        return other ? [{ ...other, ranges: echo.ranges }] : [];
      }),
    );
  }

  const counterpart = new Map<string, Source>();
  const discussedBy = new Map<string, Source[]>();
  for (const source of corpus.sources) {
    const original = source.translationOf ? bySlug.get(source.translationOf) : undefined;
    if (original) {
      counterpart.set(source.slug, original);
      counterpart.set(original.slug, source);
    }
    if (source.about) discussedBy.set(source.about, [...(discussedBy.get(source.about) ?? []), source]);
  }

  return {
    principlesById: new Map(corpus.principles.map((principle) => [principle.id, principle])),
    sourcesBySlug: bySlug,
    byPrinciple,
    related,
    echoes,
    counterpart,
    discussedBy,
    retired: new Map(corpus.sources.map((source) => [source.slug, retireIds(corpus.publishedIds[source.slug] ?? {}, source.passages)])),
  };
}

let cached: CorpusLinks | undefined;

export function getLinks(): CorpusLinks {
  cached ??= buildLinks(getCorpus());
  return cached;
}
