/**
 * CSL-JSON, the data format of citeproc, Zotero and Mendeley: one item per source, from stated metadata only. A person
 * has `family`/`given`; a pen name or an organisation is a `literal` name, never split. Every source is a web page
 * (whether its publisher is a periodical is not stated). A passage is cited with its source's item, its label in
 * `note` (CSL items carry no locator).
 */
import type { Author } from '../content/schema';
import { mainDate, pageDateNote, shown, shownTitle, type CitableSource } from './parts';

export type CslName = { family: string; given?: string } | { literal: string };
export interface CslDate {
  'date-parts': [[number, number, number]];
}

export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  publisher?: string;
  URL: string;
  language: string;
  note?: string;
}

const CSL_LANGUAGE = { en: 'en', zh: 'zh-CN' } as const;

function cslName(author: Author): CslName {
  if ('organisation' in author) return { literal: author.organisation };
  if ('penName' in author) return { literal: author.penName };
  return author.given ? { family: author.family, given: author.given } : { family: author.family };
}

function cslDate(iso: string): CslDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { 'date-parts': [[year, month, day]] };
}

export interface ExportOptions {
  /** The day the reader exports (YYYY-MM-DD), known only in the browser. */
  accessed?: string;
  /** The place cited, for one passage: "point 2", "¶ 3". */
  place?: string;
}

export function cslItem(source: CitableSource, url: string, options: ExportOptions = {}): CslItem {
  const date = mainDate(source);
  const page = pageDateNote(source);
  const notes = [
    options.place,
    source.titleEn && `English title: ${source.titleEn}`,
    source.titleSupplied && 'Title supplied by the editors',
    page && `Web page dated ${page.iso}`,
  ].filter(Boolean);
  return {
    id: source.slug,
    type: 'webpage',
    title: shownTitle(source),
    ...(source.authors?.length && { author: source.authors.map(cslName) }),
    ...(date && { issued: cslDate(date.iso) }),
    ...(options.accessed && { accessed: cslDate(options.accessed) }),
    ...(source.publisher && { publisher: shown(source.publisher, source.language) }),
    URL: url,
    language: CSL_LANGUAGE[source.language],
    ...(notes.length > 0 && { note: notes.join('; ') }),
  };
}

/** A file of items, as reference managers import it: a JSON array, one item per source (the first passage's place). */
export function cslJson(items: readonly CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}
