/**
 * RIS, the tagged format every reference manager imports: one ELEC (web page) record per source, from stated metadata
 * only. A person is "Family, Given"; a pen name or organisation is written whole, with no comma, so it is never split.
 * A passage's label and a stated English title go in notes (N1: TT would make the English the title), the day of
 * export in Y2 (access date).
 */
import type { Author } from '../content/schema';
import type { ExportOptions } from './csl';
import { mainDate, pageDateNote, shown, shownTitle, type CitableSource } from './parts';

function risName(author: Author): string {
  if ('organisation' in author) return author.organisation;
  if ('penName' in author) return author.penName;
  return author.given ? `${author.family}, ${author.given}` : author.family;
}

/** "2023/10/18/": RIS's date form (year/month/day/other). */
function risDate(iso: string): string {
  return `${iso.replace(/-/g, '/')}/`;
}

/** One tag line; a value never spans lines (a line break would start a bogus tag). */
function tag(name: string, value: string): string {
  return `${name}  - ${value.replace(/\s+/g, ' ').trim()}`;
}

export function risRecord(source: CitableSource, url: string, options: ExportOptions = {}): string {
  const date = mainDate(source);
  const page = pageDateNote(source);
  const lines = [
    tag('TY', 'ELEC'),
    tag('TI', shownTitle(source)),
    ...(source.authors ?? []).map((author) => tag('AU', risName(author))),
    ...(date ? [tag('PY', String(date.year)), tag('DA', risDate(date.iso))] : []),
    ...(source.publisher ? [tag('PB', shown(source.publisher, source.language))] : []),
    tag('UR', url),
    tag('LA', source.language === 'zh' ? 'zh-CN' : 'en'),
    ...(options.accessed ? [tag('Y2', risDate(options.accessed))] : []),
    ...(options.place ? [tag('N1', options.place)] : []),
    ...(source.titleEn ? [tag('N1', `English title: ${source.titleEn}`)] : []),
    ...(source.titleSupplied ? [tag('N1', 'Title supplied by the editors')] : []),
    ...(page ? [tag('N1', `Web page dated ${page.iso}`)] : []),
    tag('ID', source.slug),
    'ER  - ',
  ];
  return lines.join('\r\n');
}

/** A file of records, CRLF line ends as the format's specification writes them. */
export function risFile(records: readonly string[]): string {
  return `${records.join('\r\n\r\n')}\r\n`;
}
