/**
 * The small shapes pages hand to components: a principle as a chip, a source or a work as a titled link, a passage with
 * its permalink. Built here, on the server, from the corpus and its links; components only render them.
 */
import 'server-only';
import type { PrincipleChip, SourceRef } from '../content/refs';
import type { Passage, PassageLabel, Principle, Source } from '../content/schema';
import type { Locale } from '../i18n/locales';
import type { CorpusLinks, Work, WorkRow } from '../links';
import { passagePageUrl, passageRef, passageUrl } from '../urls';

export interface WorkSummary {
  id: string;
  original: SourceRef;
  /** Every version, the original first. */
  versions: SourceRef[];
  commentaryOn?: SourceRef;
  commentaries: SourceRef[];
  /** Paragraphs, each counted once whatever its languages; and those stating a principle. */
  passages: number;
  stating: number;
}

/** A passage in one version, ready to show: where it lives and how it is cited. */
export interface PassageInVersion {
  source: SourceRef;
  passage: Passage;
  /** The passage in context, on its source's page. */
  href: string;
  /** The passage's own page: what "Copy link" gives. */
  page: string;
}

/** One paragraph of a work in every version, with the texts elsewhere that give its words in another language. */
export interface RowView {
  /** The anchor: the original's passage id. */
  id: string;
  label: PassageLabel;
  versions: PassageInVersion[];
  renderings: PassageInVersion[];
}

export function sourceRef({ passages: _passages, file: _file, ...ref }: Source): SourceRef {
  return ref;
}

export function chip(principle: Principle): PrincipleChip {
  return { id: principle.id, title: principle.title, titleZh: principle.titleZh };
}

/** The principles a passage states, in mention order. */
export function principlesOf(passage: Passage, links: CorpusLinks): Principle[] {
  return passage.mentions.flatMap((mention) => {
    const principle = links.principlesById.get(mention.principle);
    return principle ? [principle] : [];
  });
}

export function chipsOf(passage: Passage, links: CorpusLinks): PrincipleChip[] {
  return principlesOf(passage, links).map(chip);
}

export function inVersion(source: Source, passage: Passage, locale: Locale): PassageInVersion {
  return {
    source: sourceRef(source),
    passage,
    href: passageUrl(source.slug, passage.id, [], locale),
    page: passagePageUrl(source.slug, passage.id, locale),
  };
}

export function summariseWork(work: Work, links: CorpusLinks): WorkSummary {
  const about = work.commentaryOn ? links.works.find((other) => other.id === work.commentaryOn) : undefined;
  return {
    id: work.id,
    original: sourceRef(work.original),
    versions: work.versions.map(sourceRef),
    ...(about && { commentaryOn: sourceRef(about.original) }),
    commentaries: (links.commentaries.get(work.id) ?? []).map((commentary) => sourceRef(commentary.original)),
    passages: work.rows.length,
    stating: work.rows.filter((row) => row.versions.some(({ passage }) => passage.mentions.length > 0)).length,
  };
}

export function rowView(row: WorkRow, links: CorpusLinks, locale: Locale): RowView {
  const renderings = row.versions.flatMap(
    ({ source, passage }) => links.renderedBy.get(passageRef(source.slug, passage.id)) ?? [],
  );
  return {
    id: row.versions[0].passage.id,
    label: row.versions[0].passage.label,
    versions: row.versions.map(({ source, passage }) => inVersion(source, passage, locale)),
    renderings: renderings.map(({ source, passage }) => inVersion(source, passage, locale)),
  };
}
