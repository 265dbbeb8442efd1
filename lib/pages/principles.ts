/**
 * Data for the principle pages: the index, a principle (opening with the Initiative's own words), and its compare
 * view. Everything counts works, not files: a paragraph and its translation are one passage of one work.
 */
import 'server-only';
import { getCorpus } from '../corpus';
import type { Principle } from '../content/schema';
import type { Locale } from '../i18n/locales';
import { getLinks, type WorkGroup } from '../links';
import { principleCard } from '../publish/cards/catalogue';
import { principleInSourceAnchor } from '../urls';
import type { PrincipleChip } from '../content/refs';
import { chip, rowView, summariseWork, type RowView, type WorkSummary } from './view';

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

export function principlePageData(id: string, locale: Locale): PrinciplePageData | undefined {
  const links = getLinks();
  const principle = links.principlesById.get(id);
  if (!principle) return undefined;
  const groups = links.byPrinciple.get(id) ?? [];
  const initiativeId = links.initiative?.id;
  const initiativeGroup =
    links.initiative &&
    (groups.find((group) => group.work.id === initiativeId) ?? { work: links.initiative, rows: [] });
  return {
    principle,
    counts: countsOf(groups),
    ...(initiativeGroup && { initiative: statements(initiativeGroup, locale) }),
    works: groups.filter((group) => group.work.id !== initiativeId).map((group) => statements(group, locale)),
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
  const data = principlePageData(id, locale);
  if (!data) return undefined;
  const initiative = data.initiative && data.initiative.rows.length > 0 ? [data.initiative] : [];
  return { principle: data.principle, card: data.card, columns: [...initiative, ...data.works] };
}

export function principleIds(): { id: string }[] {
  return getCorpus().principles.map((principle) => ({ id: principle.id }));
}
