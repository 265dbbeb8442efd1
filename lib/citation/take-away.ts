/**
 * What leaves the site with a reader, made in the browser from data the page already has: citations and exports that
 * point where the site is actually served, and GB/T 7714's 引用日期 (and RIS/CSL-JSON access dates) filled with the
 * day they are copied or exported. Plain functions, no DOM and no framework, so any client code can call them.
 */
import type { PassageLabel } from '../content/schema';
import { formatLabel } from '../content/labels';
import { cslItem, cslJson } from './csl';
import { citePassage, citeSource } from './index';
import { citedUrl, type CitableSource } from './parts';
import { risFile, risRecord } from './ris';

/** What a page hands the browser to cite it: the source, the passage's label, the page's site-relative path. */
export interface CitationData {
  source: CitableSource;
  label?: PassageLabel;
  /** The cited page, site-relative: the passage's own page, or the source's. */
  path: string;
  /** The published address, when the build was given SITE_URL; otherwise the page's own origin is used. */
  site?: string;
}

export const TAKE_AWAY_STYLES = ['apa', 'apaInText', 'chicago', 'bibtex', 'gbt', 'ris', 'csl'] as const;
export type TakeAwayStyle = (typeof TAKE_AWAY_STYLES)[number];

/** The address exported links start with: SITE_URL when the build had it, else where the page is served. */
export function siteOrigin(site: string | undefined, pageOrigin: string): string {
  return (site ?? pageOrigin).replace(/\/+$/, '');
}

/** The reader's local date, YYYY-MM-DD: the day they consulted the page. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** One citation or export of the page, with links at `origin` and the access date `accessed`. */
export function takeAway(style: TakeAwayStyle, data: CitationData, origin: string, accessed: string): string {
  const permalink = `${siteOrigin(data.site, origin)}${data.path}`;
  const place = data.label && formatLabel(data.label, 'en');
  if (style === 'ris') return risFile([risRecord(data.source, citedUrl(data.source, permalink), { accessed, place })]);
  if (style === 'csl') return cslJson([cslItem(data.source, citedUrl(data.source, permalink), { accessed, place })]);
  const citations = data.label
    ? citePassage(data.source, { label: data.label }, permalink, { accessed })
    : { ...citeSource(data.source, permalink, { accessed }), apaInText: undefined };
  return citations[style] ?? '';
}

/** For download links: file extension and media type of each export. */
export const TAKE_AWAY_FILES = {
  ris: { extension: 'ris', type: 'application/x-research-info-systems;charset=utf-8' },
  csl: { extension: 'json', type: 'application/vnd.citationstyles.csl+json;charset=utf-8' },
} as const;
