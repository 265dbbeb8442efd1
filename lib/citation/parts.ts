/**
 * What every citation style reads from a source, in one place: the stated title (bracketed when the editors supplied
 * it), the dates, and small punctuation rules. Nothing here guesses: an absent field stays absent.
 */
import type { Author, Source } from '../content/schema';
import { MONTHS } from '../i18n/dates';
import { displayText } from '../text/display-punctuation';

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

/**
 * Text from a source as the site displays it: Chinese with Chinese punctuation (lib/text/display-punctuation.ts), the
 * one rule for pages, link previews, cards, citations and exports. corpus.json keeps the text as collected.
 */
export function shown(text: string, language: CitableSource['language']): string {
  return displayText(text, language);
}

/** The title as displayed (shown), without brackets. */
export function shownTitle(source: CitableSource): string {
  return shown(source.title, source.language);
}

/** The title as stated, in [brackets] when the editors supplied it. */
export function statedTitle(source: CitableSource): string {
  return source.titleSupplied ? `[${shownTitle(source)}]` : shownTitle(source);
}

/**
 * True when the publisher is the authoring organisation, as written or followed by a gloss in brackets ("中华人民共和国
 * 外交部 (Ministry of Foreign Affairs …)"): APA then names it once, as the author.
 */
export function publishedByAuthor(source: CitableSource): boolean {
  const { publisher } = source;
  return (source.authors ?? []).some(
    (author: Author) =>
      'organisation' in author &&
      publisher !== undefined &&
      (publisher === author.organisation || publisher.startsWith(`${author.organisation} (`)),
  );
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
