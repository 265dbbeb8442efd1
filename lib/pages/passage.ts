/**
 * Data for a passage's own page (/sources/<slug>/p/<id>/): the quote in every language of its work, its source and
 * provenance, its principles, its citations with the paragraph label, and its share card. Old ids have a page too:
 * an edited passage's old id shows the passage as it reads now (its canonical URL is the new id's), a removed one's
 * shows the words it had.
 */
import 'server-only';
import { citePassage, type PassageCitations } from '../citation';
import { citationMeta } from '../citation/meta';
import { citedUrl } from '../citation/parts';
import type { CitationData } from '../citation/take-away';
import { getCorpus } from '../corpus';
import type { Passage, PassageLabel } from '../content/schema';
import type { Locale } from '../i18n/locales';
import { getLinks } from '../links';
import type { RetiredId } from '../content/retired-ids';
import { homeCard, passageCard } from '../publish/cards/catalogue';
import { absoluteUrl } from '../site-url';
import { passagePageUrl, passageRef, passageUrl } from '../urls';
import type { PrincipleChip, SourceRef } from '../content/refs';
import {
  chip,
  citationData,
  inVersion,
  needsEnglish,
  pointEnglish,
  renderingCounts,
  principlesOf,
  rowView,
  sourceRef,
  summariseWork,
  type PassageInVersion,
  type PointEnglish,
  type RowView,
  type WorkSummary,
} from './view';

export interface PassagePageData {
  source: SourceRef;
  work: WorkSummary;
  /** The id of the passage shown: the page's own, or the id an edited passage has now. */
  id: string;
  /** This paragraph in every version of the work, with the texts elsewhere that give its words. */
  row: RowView;
  /** For a passage of a Chinese official text: its English, official first (pointEnglish). */
  english?: PointEnglish;
  /** The official passages whose words this one gives. */
  renders: PassageInVersion[];
  principles: PrincipleChip[];
  citations: PassageCitations;
  /** What the browser cites this passage from (copy, RIS, CSL-JSON). */
  citation: CitationData;
  /** The citation_* tags of the page's head. */
  meta: Record<string, string | string[]>;
  /** The passage in its source, and this page (the canonical one for an old id). */
  context: string;
  permalink: string;
  card: string;
  /** When the page is for an id no longer current: what it said, and whether it now leads elsewhere. */
  retired?: RetiredId;
  /** The passages before and after it in its source, to read on page by page. */
  previous?: NeighbourPassage;
  next?: NeighbourPassage;
}

/** A neighbouring passage's page and label. */
export interface NeighbourPassage {
  href: string;
  label: PassageLabel;
}

function neighbour(slug: string, passage: Passage | undefined, locale: Locale): NeighbourPassage | undefined {
  return passage && { href: passagePageUrl(slug, passage.id, locale), label: passage.label };
}

export type RemovedPassagePageData = { source: SourceRef; removed: RetiredId; card: string };

/** Every passage page: each current id and each id ever published for the source. */
export function passagePageParams(): { slug: string; id: string }[] {
  const links = getLinks();
  return getCorpus().sources.flatMap((source) => [
    ...source.passages.map((passage) => ({ slug: source.slug, id: passage.id })),
    ...(links.retired.get(source.slug) ?? []).map((old) => ({ slug: source.slug, id: old.id })),
  ]);
}

export function passagePageData(
  slug: string,
  id: string,
  locale: Locale,
): PassagePageData | RemovedPassagePageData | undefined {
  const links = getLinks();
  const source = links.sourcesBySlug.get(slug);
  const work = links.workOf.get(slug);
  if (!source || !work) return undefined;
  const retired = (links.retired.get(slug) ?? []).find((old) => old.id === id);
  if (retired && !retired.to)
    return { source: sourceRef(source), removed: retired, card: homeCard(getCorpus().initiative).path };
  const currentId = retired?.to ?? id;
  const index = source.passages.findIndex((passage) => passage.id === currentId);
  if (index === -1) return undefined;
  const passage = source.passages[index];
  const principles = principlesOf(passage, links);
  const permalink = passagePageUrl(slug, currentId, locale);
  const row = rowView(work.rows[index], links, locale);
  return {
    source: sourceRef(source),
    work: summariseWork(work, links),
    id: currentId,
    row,
    ...(needsEnglish(source) && { english: pointEnglish(row, renderingCounts(links)) }),
    renders: (links.renders.get(passageRef(slug, currentId)) ?? []).map((target) =>
      inVersion(target.source, target.passage, locale),
    ),
    principles: principles.map(chip),
    citations: citePassage(source, passage, absoluteUrl(passagePageUrl(slug, currentId))),
    citation: citationData(sourceRef(source), passagePageUrl(slug, currentId), passage.label),
    meta: citationMeta(source, citedUrl(source, absoluteUrl(passagePageUrl(slug, currentId)))),
    context: passageUrl(slug, currentId, [], locale),
    permalink,
    card: passageCard(source, passage, principles).path,
    ...(retired && { retired }),
    ...(index > 0 && { previous: neighbour(slug, source.passages[index - 1], locale) }),
    ...(index < source.passages.length - 1 && { next: neighbour(slug, source.passages[index + 1], locale) }),
  };
}
