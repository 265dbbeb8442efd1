/**
 * Data for the principle pages: the index, a principle (opening with the Initiative's own words), and its compare
 * view. Everything counts works, not files: a paragraph and its translation are one passage of one work.
 */
import 'server-only';
import { getCorpus } from '../corpus';
import type { PassageLabel, Principle } from '../content/schema';
import type { Locale } from '../i18n/locales';
import { getLinks, type WorkGroup } from '../links';
import { principleCard } from '../publish/cards/catalogue';
import { pointAnchor, principleInSourceAnchor } from '../urls';
import type { PrincipleChip } from '../content/refs';
import {
  chip,
  pointEnglish,
  renderingCounts,
  rowView,
  summariseWork,
  type PointEnglish,
  type RowView,
  type WorkSummary,
} from './view';

export interface PrincipleCounts {
  passages: number;
  works: number;
}

export interface PrincipleListItem extends PrincipleChip {
  summary: string;
  summaryZh: string;
  counts: PrincipleCounts;
}

/** A work's statements of a principle: one section of the principle page, one column of the compare page. */
export interface WorkStatements {
  work: WorkSummary;
  /** The section's id, and ids kept for links to the work's other versions (`#in-<slug>` of a translation). */
  anchor: string;
  aliases: string[];
  rows: RowView[];
  /** For the official text: each row's English (keyed by row id), official first, else an article's, else none. */
  english?: Record<string, PointEnglish>;
  /** Rows already quoted on the page as the English of a point: named there, not quoted twice. */
  shownAbove?: { row: RowView; point: PassageLabel; anchor: string }[];
}

export interface PrinciplePageData {
  principle: Principle;
  counts: PrincipleCounts;
  /** The Initiative's own text: its points stating the principle (possibly none), when the corpus holds the text. */
  initiative?: WorkStatements;
  /** Every other work stating it, in corpus order. */
  works: WorkStatements[];
  related: (PrincipleChip & { shared: number })[];
  /** The share card (og:image). */
  card: string;
}

function countsOf(groups: readonly WorkGroup[]): PrincipleCounts {
  return { passages: groups.reduce((sum, group) => sum + group.rows.length, 0), works: groups.length };
}

export function principleListData(): PrincipleListItem[] {
  const links = getLinks();
  return getCorpus().principles.map((principle) => ({
    ...chip(principle),
    summary: principle.summary,
    summaryZh: principle.summaryZh,
    counts: countsOf(links.byPrinciple.get(principle.id) ?? []),
  }));
}

function statements(group: WorkGroup, locale: Locale): WorkStatements {
  const links = getLinks();
  return {
    work: summariseWork(group.work, links),
    anchor: principleInSourceAnchor(group.work.id),
    aliases: group.work.versions.slice(1).map((source) => principleInSourceAnchor(source.slug)),
    rows: group.rows.map((row) => rowView(row, links, locale)),
  };
}

/** The Initiative's rows with their English; the works' rows quoted there as that English are named instead. */
function withEnglish(initiative: WorkStatements, works: WorkStatements[]): WorkStatements[] {
  const english = initiative.english ?? {};
  const quoted = new Map<string, { point: PassageLabel; anchor: string }>();
  for (const row of initiative.rows) {
    const shown = english[row.id];
    if (shown.kind !== 'none') quoted.set(shown.wording.href, { point: row.label, anchor: pointAnchor(row.id) });
  }
  return works.map((statements) => {
    const above = statements.rows.flatMap((row) => {
      const point = row.versions.map((version) => quoted.get(version.href)).find(Boolean);
      return point ? [{ row, ...point }] : [];
    });
    if (above.length === 0) return statements;
    const ids = new Set(above.map(({ row }) => row.id));
    return { ...statements, rows: statements.rows.filter((row) => !ids.has(row.id)), shownAbove: above };
  });
}

/**
 * A principle's page. `quoteOnce` (the principle page) names the works' rows that its opening already quotes as a
 * point's English instead of quoting them twice; the compare page, one column per work, keeps every row.
 */
export function principlePageData(id: string, locale: Locale, quoteOnce = true): PrinciplePageData | undefined {
  const links = getLinks();
  const principle = links.principlesById.get(id);
  if (!principle) return undefined;
  const groups = links.byPrinciple.get(id) ?? [];
  const initiativeId = links.initiative?.id;
  const initiativeGroup =
    links.initiative &&
    (groups.find((group) => group.work.id === initiativeId) ?? { work: links.initiative, rows: [] });
  const opening = initiativeGroup && statements(initiativeGroup, locale);
  const initiative = opening && {
    ...opening,
    english: Object.fromEntries(opening.rows.map((row) => [row.id, pointEnglish(row, renderingCounts(links))])),
  };
  const works = groups.filter((group) => group.work.id !== initiativeId).map((group) => statements(group, locale));
  return {
    principle,
    counts: countsOf(groups),
    ...(initiative && { initiative }),
    works: initiative && quoteOnce ? withEnglish(initiative, works) : works,
    related: (links.related.get(id) ?? []).map(({ principle: other, shared }) => ({ ...chip(other), shared })),
    card: principleCard(principle, groups.length).path,
  };
}

export interface ComparePageData {
  principle: Principle;
  card: string;
  /** Every work stating the principle, the Initiative first. */
  columns: WorkStatements[];
}

export function comparePageData(id: string, locale: Locale): ComparePageData | undefined {
  const data = principlePageData(id, locale, false);
  if (!data) return undefined;
  const initiative = data.initiative && data.initiative.rows.length > 0 ? [data.initiative] : [];
  return { principle: data.principle, card: data.card, columns: [...initiative, ...data.works] };
}

export function principleIds(): { id: string }[] {
  return getCorpus().principles.map((principle) => ({ id: principle.id }));
}
