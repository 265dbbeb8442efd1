/**
 * What every citation style reads from a source, in one place: the stated title (bracketed when the editors supplied
 * it), the dates, and small punctuation rules. Nothing here guesses: an absent field stays absent.
 */
import type { Source } from '../content/schema';
import { MONTHS } from '../i18n/dates';

/** The metadata a citation may use: plain data, as in the corpus model or corpus.json. */
export type CitableSource = Pick<
  Source,
  | 'slug'
  | 'title'
  | 'titleSupplied'
  | 'titleEn'
  | 'language'
  | 'publisher'
  | 'author'
  | 'authors'
  | 'date'
  | 'pageDate'
  | 'url'
>;

export interface CitedDate {
  iso: string;
  year: number;
  month: number;
  day: number;
}

function parseIsoDate(iso: string): CitedDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { iso, year, month, day };
}

/** The date the text states; the page's own date stands in when it is the only one stated. */
export function mainDate(source: CitableSource): CitedDate | undefined {
  const iso = source.date ?? source.pageDate;
  return iso ? parseIsoDate(iso) : undefined;
}

/** The web page's date, when it differs from the text's (announced 2023-10-18, page dated 2023-10-20). */
export function pageDateNote(source: CitableSource): CitedDate | undefined {
  return source.date && source.pageDate && source.pageDate !== source.date ? parseIsoDate(source.pageDate) : undefined;
}

export function monthName(date: CitedDate): string {
  return MONTHS[date.month - 1];
}

/** "September 13, 2024" (Chicago). */
export function longDate(date: CitedDate): string {
  return `${monthName(date)} ${date.day}, ${date.year}`;
}

/** The title as stated, in [brackets] when the editors supplied it. */
export function statedTitle(source: CitableSource): string {
  return source.titleSupplied ? `[${source.title}]` : source.title;
}

const ENDS_SENTENCE = /[.?!。？！]$/u;
const ENDS_QUESTION = /[?!？！]$/u;

/** Ends an element with a full stop unless it already ends a sentence ("et al.", "Why AI?"). */
export function sentence(text: string): string {
  return ENDS_SENTENCE.test(text) ? text : `${text}.`;
}

/** A comma after a title, unless the title ends with a question or exclamation mark (Chicago, APA). */
export function withComma(text: string): string {
  return ENDS_QUESTION.test(text) ? text : `${text},`;
}

/** The address a citation points to: the original when the source states one, else the reader's permalink. */
export function citedUrl(source: CitableSource, permalink: string): string {
  return source.url ?? permalink;
}
