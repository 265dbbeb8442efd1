/**
 * The small shapes pages hand to components: a principle as a chip, a source or a work as a titled link, a passage with
 * its permalink. Built here, on the server, from the corpus and its links; components only render them.
 */
import 'server-only';
import type { PrincipleChip, SourceRef } from '../content/refs';
import type { Passage, PassageLabel, Principle, Source } from '../content/schema';
import type { CitableSource } from '../citation';
import type { CitationData } from '../citation/take-away';
import type { Locale } from '../i18n/locales';
import { PUBLISHED_SITE } from '../site-url';
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

/**
 * The English of a point of the official text, in the order a reader should trust it: an official translation's
 * wording (a `kind: official` source's renders mark), else one article's wording, named as that article's and not an
 * official translation, else nothing. `others` are further wordings, linked rather than quoted again.
 */
export type PointEnglish =
  { kind: 'official' | 'article'; wording: PassageInVersion; others: PassageInVersion[] } | { kind: 'none' };

/** A wording of fewer official passages is closer to this one's words (a paraphrase of three points comes last). */
function closeness(rendering: PassageInVersion): number {
  return rendering.passage.renders?.length ?? 1;
}

/** Per source, how many of its passages give an official passage's words: a text that renders point after point. */
export function renderingCounts(links: CorpusLinks): Map<string, number> {
  const counts = new Map<string, number>();
  for (const source of links.sourcesBySlug.values())
    counts.set(source.slug, source.passages.filter((passage) => passage.renders?.length).length);
  return counts;
}

/**
 * The English of one row, official first. Among articles, a paragraph giving fewer points' words comes first, then
 * one from a text that renders more of the Initiative point by point (a near-translation), then corpus order.
 */
export function pointEnglish(row: RowView, counts: ReadonlyMap<string, number> = new Map()): PointEnglish {
  const english = row.renderings.filter((rendering) => rendering.source.language === 'en');
  const official = english.filter((rendering) => rendering.source.kind === 'official');
  const coverage = (rendering: PassageInVersion) => counts.get(rendering.source.slug) ?? 0;
  const articles = english
    .filter((rendering) => rendering.source.kind !== 'official')
    .map((rendering, order) => ({ rendering, order }))
    .sort(
      (a, b) =>
        closeness(a.rendering) - closeness(b.rendering) ||
        coverage(b.rendering) - coverage(a.rendering) ||
        a.order - b.order,
    )
    .map(({ rendering }) => rendering);
  const [wording, ...others] = [...official, ...articles];
  if (!wording) return { kind: 'none' };
  return { kind: official.length > 0 ? 'official' : 'article', wording, others };
}

/** True for the rows whose English a page states: the points (and other passages) of a Chinese official text. */
export function needsEnglish(source: Pick<Source, 'kind' | 'language'>): boolean {
  return source.kind === 'official' && source.language !== 'en';
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

/** The metadata a citation uses, and nothing else: what a page hands the browser to cite it. */
function citable(source: SourceRef): CitableSource {
  const { slug, title, titleSupplied, titleEn, language, publisher, author, authors, date, pageDate, url } = source;
  return { slug, title, titleSupplied, titleEn, language, publisher, author, authors, date, pageDate, url };
}

/** What the page's citation box hands the browser (lib/citation/take-away.ts): the cited page is `path`. */
export function citationData(source: SourceRef, path: string, label?: PassageLabel): CitationData {
  return {
    source: citable(source),
    path,
    ...(label && { label }),
    ...(PUBLISHED_SITE && { site: PUBLISHED_SITE }),
  };
}
