/**
 * APA 7: "Author. (Date). Title. Publisher. URL", with no URL full stop. With no author the title moves to the
 * author's place; with no date, "(n.d.)". A title in Chinese keeps its script, followed by its stated English title in
 * [brackets]; APA would romanise it, but a romanisation not stated by the source would be invented.
 */
import type { Author, PassageLabel } from '../content/schema';
import { apaName, inTextName, serialList } from './names';
import { mainDate, monthName, publishedByAuthor, sentence, shownTitle, statedTitle, type CitableSource } from './parts';

function authorList(authors: readonly Author[]): string {
  const names = authors.map(apaName);
  // APA lists up to 20 authors; beyond that the first 19, an ellipsis, and the last.
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, . . . ${names[names.length - 1]}`;
  return names.length === 2 ? `${names[0]}, & ${names[1]}` : serialList(names, '&');
}

function title(source: CitableSource): string {
  return `${statedTitle(source)}${source.titleEn ? ` [${source.titleEn}]` : ''}`;
}

function dateElement(source: CitableSource): string {
  const date = mainDate(source);
  return date ? `(${date.year}, ${monthName(date)} ${date.day}).` : '(n.d.).';
}

/** The publisher is left out when it is also the author (an organisation publishing its own text). */
function publisherElement(source: CitableSource): string | undefined {
  return source.publisher && !publishedByAuthor(source) ? sentence(source.publisher) : undefined;
}

export function apaReference(source: CitableSource, url: string): string {
  const authors = source.authors?.length ? sentence(authorList(source.authors)) : undefined;
  const head = authors
    ? [authors, dateElement(source), sentence(title(source))]
    : [sentence(title(source)), dateElement(source)];
  return [...head, publisherElement(source), url].filter(Boolean).join(' ');
}

/** APA cites a place in an unpaginated text by paragraph number or section name: "para. 3", "point 2". */
function locator(label: PassageLabel): string {
  switch (label.kind) {
    case 'paragraph':
      return `para. ${label.n}`;
    case 'preamble':
      return `preamble, para. ${label.n}`;
    case 'lead-in':
      return 'lead-in';
    case 'point':
      return `point ${label.n}`;
  }
}

/** "(Cai, 2024, para. 3)"; with no author, the title: ("Title," n.d., para. 3). */
export function apaInText(source: CitableSource, label: PassageLabel): string {
  const year = mainDate(source)?.year ?? 'n.d.';
  const authors = source.authors ?? [];
  if (authors.length === 0) {
    const named = source.titleSupplied ? `${statedTitle(source)},` : `“${shownTitle(source)},”`;
    return `(${named} ${year}, ${locator(label)})`;
  }
  const who = authors.length > 2 ? `${inTextName(authors[0])} et al.` : authors.map(inTextName).join(' & ');
  return `(${who}, ${year}, ${locator(label)})`;
}
