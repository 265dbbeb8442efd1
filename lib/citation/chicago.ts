/**
 * Chicago (17th ed., notes and bibliography). A source is cited by its bibliography entry; a passage by a note, which
 * carries the place cited ("point 2"). Titles are in quotation marks, a title the editors supplied in [brackets]
 * instead, and a stated English title follows a Chinese one in [brackets]. A pen name with a romanised form is
 * written as Chicago writes Chinese names, romanisation then characters: "He Yin 和音".
 */
import type { Author } from '../content/schema';
import { chicagoName, serialList } from './names';
import {
  longDate,
  mainDate,
  pageDateNote,
  sentence,
  shownTitle,
  statedTitle,
  withComma,
  type CitableSource,
} from './parts';

function bibliographyAuthors(authors: readonly Author[]): string {
  // More than ten authors: the first seven, then "et al." (CMOS 14.76).
  const listed = authors.length > 10 ? authors.slice(0, 7) : authors;
  const names = listed.map((author, i) => chicagoName(author, i === 0));
  if (listed.length < authors.length) return `${names.join(', ')}, et al.`;
  return names.length === 2 ? `${names[0]}, and ${names[1]}` : serialList(names, 'and');
}

function noteAuthors(authors: readonly Author[]): string {
  const names = authors.map((author) => chicagoName(author, false));
  return names.length > 3 ? `${names[0]} et al.` : serialList(names, 'and');
}

function translatedTitle(source: CitableSource): string {
  return source.titleEn ? ` [${source.titleEn}]` : '';
}

/** The title followed by `mark` ("." or ","), which goes inside the closing quotation mark. */
function titleElement(source: CitableSource, mark: '.' | ','): string {
  const end = (text: string) => (mark === '.' ? sentence(text) : withComma(text));
  if (source.titleSupplied) return end(`${statedTitle(source)}${translatedTitle(source)}`);
  if (source.titleEn) return `“${shownTitle(source)}”${end(translatedTitle(source))}`;
  return `“${end(shownTitle(source))}”`;
}

/** "East Asia Forum, September 13, 2024", with the page's own date when it differs. */
function issued(source: CitableSource): string | undefined {
  const date = mainDate(source);
  const page = pageDateNote(source);
  const parts = [source.publisher, date && longDate(date)].filter(Boolean).join(', ');
  return parts ? `${parts}${page ? ` (web page dated ${longDate(page)})` : ''}` : undefined;
}

export function chicagoBibliography(source: CitableSource, url: string): string {
  const authors = source.authors?.length ? sentence(bibliographyAuthors(source.authors)) : undefined;
  const publication = issued(source);
  return [authors, titleElement(source, '.'), publication && sentence(publication), sentence(url)]
    .filter(Boolean)
    .join(' ');
}

/** A note citing one passage: "Cuihong Cai, “Title,” East Asia Forum, September 13, 2024, ¶ 3, URL." */
export function chicagoNote(source: CitableSource, place: string, url: string): string {
  const authors = source.authors?.length ? `${noteAuthors(source.authors)}, ` : '';
  const rest = [issued(source), place, url].filter(Boolean).join(', ');
  return `${authors}${titleElement(source, ',')} ${rest}.`;
}
