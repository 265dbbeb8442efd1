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
import { siteOrigin } from './origin';
import { risFile, risRecord } from './ris';

export { localIsoDate, siteOrigin } from './origin';

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

/** The page's `data-citation` attribute, read back; anything else (an edited page) is refused, not trusted. */
export function parseCitationData(raw: string): CitationData | undefined {
  try {
    const data: unknown = JSON.parse(raw);
    return isCitationData(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

function isCitationData(data: unknown): data is CitationData {
  if (typeof data !== 'object' || data === null || !('source' in data) || !('path' in data)) return false;
  const { source, path } = data;
  return (
    typeof path === 'string' &&
    path.startsWith('/') &&
    typeof source === 'object' &&
    source !== null &&
    'slug' in source &&
    'title' in source &&
    'language' in source
  );
}
