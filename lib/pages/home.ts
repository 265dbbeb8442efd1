/**
 * Data for the home page and the list of works: the Initiative, the principles, and the coverage matrix (principles
 * × works, each cell a count of the work's passages stating the principle).
 */
import 'server-only';
import { getCorpus } from '../corpus';
import type { Initiative } from '../content/schema';
import type { Locale } from '../i18n/locales';
import { getLinks } from '../links';
import { homeCard } from '../publish/cards/catalogue';
import { principleInSourceUrl } from '../urls';
import { principleListData, type PrincipleListItem } from './principles';
import { summariseWork, type WorkSummary } from './view';

export interface MatrixData {
  works: WorkSummary[];
  rows: { principle: PrincipleListItem; cells: { count: number; href: string }[] }[];
}

export interface HomePageData {
  initiative: Initiative;
  /** The work holding the Initiative's own text, when the corpus has it. */
  initiativeWork?: WorkSummary;
  principles: PrincipleListItem[];
  matrix: MatrixData;
  works: WorkSummary[];
}

/** The home page's share card (og:image). */
export function homeCardPath(): string {
  return homeCard(getCorpus().initiative).path;
}

/** Every work, the Initiative's own text first. */
export function worksData(): WorkSummary[] {
  const links = getLinks();
  const first = links.initiative ? [links.initiative] : [];
  return [...first, ...links.works.filter((work) => work !== links.initiative)].map((work) =>
    summariseWork(work, links),
  );
}

export function matrixData(principles: PrincipleListItem[], works: WorkSummary[], locale: Locale): MatrixData {
  const { byPrinciple } = getLinks();
  return {
    works,
    rows: principles.map((principle) => {
      const groups = byPrinciple.get(principle.id) ?? [];
      return {
        principle,
        cells: works.map((work) => ({
          count: groups.find((group) => group.work.id === work.id)?.rows.length ?? 0,
          href: principleInSourceUrl(principle.id, work.id, locale),
        })),
      };
    }),
  };
}

export function homePageData(locale: Locale): HomePageData {
  const principles = principleListData();
  const works = worksData();
  const { initiative } = getLinks();
  return {
    initiative: getCorpus().initiative,
    ...(initiative && { initiativeWork: works[0] }),
    principles,
    matrix: matrixData(principles, works, locale),
    works,
  };
}
