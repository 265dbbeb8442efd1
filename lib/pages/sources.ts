/**
 * Data for a source's pages: the source read in full, passage by passage with everything linked to each, and the
 * parallel view of a work's versions. Also which source pages exist, for the routes' static params.
 */
import 'server-only';
import { citeSource, shortCitation, type Citations } from '../citation';
import { citationMeta } from '../citation/meta';
import { citedUrl } from '../citation/parts';
import type { CitationData } from '../citation/take-away';
import { getCorpus } from '../corpus';
import type { Evidence, Language, Passage, PassageLabel, Source } from '../content/schema';
import { displayPunctuation } from '../text/display-punctuation';
import type { Locale } from '../i18n/locales';
import { getLinks, type CorpusLinks } from '../links';
import type { RetiredId } from '../content/retired-ids';
import type { TextRange } from '../links/shared-wording';
import { absoluteUrl } from '../site-url';
import { termLinks, type TermLink } from './terms';
import { parallelUrl, passagePageUrl, passageRef, principleInSourceUrl, sourceUrl } from '../urls';
import type { PrincipleChip, SourceRef } from '../content/refs';
import {
  chip,
  chipsOf,
  citationData,
  inVersion,
  rowView,
  sourceRef,
  summariseWork,
  type PassageInVersion,
  type RowView,
  type WorkSummary,
} from './view';

/** Why a passage states a principle, and where else that principle is stated. */
export interface MentionView {
  principle: PrincipleChip;
  evidence: Evidence;
  /** The words that matched, as written in the passage. */
  matched: string[];
  elsewhere: { work: SourceRef; count: number; href: string }[];
}

export interface PassageDetails {
  passage: Passage;
  /** The passage's own page: what "Copy link" gives. */
  permalink: string;
  /** Ids this passage had before its text was edited: their links land here. */
  oldIds: string[];
  principles: PrincipleChip[];
  mentions: MentionView[];
  /** Passages of other works with near-identical wording, and the ranges of this text they share. */
  echoes: PassageInVersion[];
  shared: TextRange[];
  /** Official passages whose words this one gives (editors' marks), and passages that give this one's words. */
  renders: PassageInVersion[];
  renderedBy: PassageInVersion[];
  /** The parallel view's row for this passage, when the work has another language. */
  sideBySide?: string;
  /** The short citation that follows a copied quote. */
  cite: string;
  /** Glossary terms in the text, linked to their term pages while "Show why" is on. */
  terms: TermLink[];
}

export interface SourcePageData {
  source: SourceRef;
  work: WorkSummary;
  citations: Citations;
  /** What the browser cites the source from (copy, RIS, CSL-JSON). */
  citation: CitationData;
  /** The citation_* tags of the page's head. */
  meta: Record<string, string | string[]>;
  passages: PassageDetails[];
  /** Ids of passages removed from the source: their links land on a notice with the old words. */
  gone: RetiredId[];
  /** "On this page", for a source longer than CONTENTS_FROM passages: its headings, or else every passage. */
  contents: ContentsEntry[];
}

export interface ContentsEntry {
  id: string;
  label: PassageLabel;
  /** The passage's first words. */
  excerpt: string;
}

/** Sources longer than this get an "On this page" list. */
export const CONTENTS_FROM = 9;

function firstWords(passage: Passage, language: Language): string {
  if (language === 'zh') {
    const text = displayPunctuation(passage.text);
    return text.length > 16 ? `${text.slice(0, 15)}…` : text;
  }
  const words = passage.text.split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 7).join(' ')}…` : passage.text;
}

function contentsOf(source: Source): ContentsEntry[] {
  if (source.passages.length < CONTENTS_FROM) return [];
  const headings = source.passages.filter((passage) => passage.kind === 'heading');
  return (headings.length > 0 ? headings : source.passages).map((passage) => ({
    id: passage.id,
    label: passage.label,
    excerpt: firstWords(passage, source.language),
  }));
}

export function sourceSlugs(): { slug: string }[] {
  return getCorpus().sources.map((source) => ({ slug: source.slug }));
}

/** Sources whose work has another version: they have a parallel page. */
export function parallelSlugs(): { slug: string }[] {
  const { workOf } = getLinks();
  return sourceSlugs().filter(({ slug }) => (workOf.get(slug)?.versions.length ?? 0) > 1);
}

function mentionViews(source: Source, passage: Passage, links: CorpusLinks, locale: Locale): MentionView[] {
  const ownWork = links.workOf.get(source.slug)?.id;
  return passage.mentions.flatMap((mention) => {
    const principle = links.principlesById.get(mention.principle);
    if (!principle) return [];
    const matched =
      mention.evidence.by === 'terms'
        ? [...new Set(mention.evidence.matches.map((match) => passage.text.slice(match.start, match.end)))]
        : [];
    const elsewhere = (links.byPrinciple.get(principle.id) ?? [])
      .filter((group) => group.work.id !== ownWork)
      .map((group) => ({
        work: sourceRef(group.work.original),
        count: group.rows.length,
        href: principleInSourceUrl(principle.id, group.work.id, locale),
      }));
    return [{ principle: chip(principle), evidence: mention.evidence, matched, elsewhere }];
  });
}

function passageDetails(
  source: Source,
  passage: Passage,
  links: CorpusLinks,
  retired: RetiredId[],
  locale: Locale,
): PassageDetails {
  const ref = passageRef(source.slug, passage.id);
  const echoes = links.echoes.get(ref) ?? [];
  const hasVersions = (links.workOf.get(source.slug)?.versions.length ?? 0) > 1;
  return {
    passage,
    permalink: passagePageUrl(source.slug, passage.id, locale),
    oldIds: retired.filter((old) => old.to === passage.id).map((old) => old.id),
    principles: chipsOf(passage, links),
    mentions: mentionViews(source, passage, links, locale),
    echoes: echoes.map((echo) => inVersion(echo.source, echo.passage, locale)),
    shared: echoes.flatMap((echo) => echo.ranges),
    renders: (links.renders.get(ref) ?? []).map((target) => inVersion(target.source, target.passage, locale)),
    renderedBy: (links.renderedBy.get(ref) ?? []).map((other) => inVersion(other.source, other.passage, locale)),
    ...(hasVersions && { sideBySide: parallelUrl(source.slug, passage.id, locale) }),
    cite: shortCitation(source, passage.label, locale),
    terms: termLinks(passage.text, locale),
  };
}

export function sourcePageData(slug: string, locale: Locale): SourcePageData | undefined {
  const links = getLinks();
  const source = links.sourcesBySlug.get(slug);
  const work = links.workOf.get(slug);
  if (!source || !work) return undefined;
  const retired = links.retired.get(slug) ?? [];
  return {
    source: sourceRef(source),
    work: summariseWork(work, links),
    citations: citeSource(source, absoluteUrl(sourceUrl(source.slug))),
    citation: citationData(sourceRef(source), sourceUrl(source.slug)),
    meta: citationMeta(source, citedUrl(source, absoluteUrl(sourceUrl(source.slug)))),
    passages: source.passages.map((passage) => passageDetails(source, passage, links, retired, locale)),
    gone: retired.filter((old) => !old.to),
    contents: contentsOf(source),
  };
}

export interface ParallelPageData {
  /** The source whose parallel page this is: row anchors are its passage ids. */
  source: SourceRef;
  work: WorkSummary;
  rows: (RowView & { anchor: string; oldIds: string[] })[];
  gone: RetiredId[];
}

export function parallelPageData(slug: string, locale: Locale): ParallelPageData | undefined {
  const links = getLinks();
  const source = links.sourcesBySlug.get(slug);
  const work = links.workOf.get(slug);
  if (!source || !work || work.versions.length < 2) return undefined;
  const retired = links.retired.get(slug) ?? [];
  const own = work.versions.indexOf(source);
  return {
    source: sourceRef(source),
    work: summariseWork(work, links),
    rows: work.rows.map((row) => {
      const anchor = row.versions[own].passage.id;
      return {
        ...rowView(row, links, locale),
        anchor,
        oldIds: retired.filter((old) => old.to === anchor).map((old) => old.id),
      };
    }),
    gone: retired.filter((old) => !old.to),
  };
}
