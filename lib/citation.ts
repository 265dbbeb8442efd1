/**
 * Citations of a source in APA, Chicago and BibTeX, built only from what the source's front matter states: a missing
 * author, date or publisher is left out, never guessed. The reader's permalink stands in when no original URL is known.
 */
import { formatLabel } from './content/labels';
import type { PassageLabel, Source } from './content/schema';

export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parseDate(iso: string) {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month: MONTHS[month - 1], day };
}

/** "Cuihong Cai" → "Cai, C." for APA. */
function apaAuthor(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2 || /\p{Script=Han}/u.test(name)) return name;
  const family = parts[parts.length - 1];
  return `${family}, ${parts.slice(0, -1).map((part) => `${part[0]}.`).join(' ')}`;
}

/** "Cuihong Cai" → "Cai, Cuihong" for Chicago's bibliography. */
function chicagoAuthor(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2 || /\p{Script=Han}/u.test(name)) return name;
  return `${parts[parts.length - 1]}, ${parts.slice(0, -1).join(' ')}`;
}

function sentence(text: string): string {
  return /[.?!。]$/.test(text) ? text : `${text}.`;
}

export function citeSource(source: Omit<Source, 'passages' | 'file'>, permalink: string): Citations {
  const url = source.url ?? permalink;
  const date = source.date ? parseDate(source.date) : undefined;
  const title = source.titleSupplied ? `[${source.title}]` : source.title;

  const apa = [
    source.author ? sentence(apaAuthor(source.author)) : undefined,
    date ? `(${date.year}, ${date.month} ${date.day}).` : '(n.d.).',
    sentence(title),
    source.publisher ? sentence(source.publisher) : undefined,
    url,
  ]
    .filter(Boolean)
    .join(' ');

  const chicago = [
    source.author ? sentence(chicagoAuthor(source.author)) : undefined,
    `“${title}.”`,
    source.publisher ? `${source.publisher}${date ? ',' : '.'}` : undefined,
    date ? `${date.month} ${date.day}, ${date.year}.` : undefined,
    sentence(url),
  ]
    .filter(Boolean)
    .join(' ');

  const bibtexFields: [string, string | undefined][] = [
    ['author', source.author ? chicagoAuthor(source.author) : undefined],
    ['title', `{${source.title}}`],
    ['journal', source.publisher],
    ['year', date ? String(date.year) : undefined],
    ['month', date ? date.month.slice(0, 3).toLowerCase() : undefined],
    ['date', source.date],
    ['url', url],
    ['language', source.language === 'zh' ? 'chinese' : 'english'],
    ['note', source.titleSupplied ? 'Title supplied by the editors' : undefined],
  ];
  const bibtex = `@article{${source.slug.replace(/-/g, '_')},\n${bibtexFields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([key, value]) => `  ${key} = {${escapeBibtex(value)}}`)
    .join(',\n')}\n}`;

  return { apa, chicago, bibtex };
}

/** BibTeX treats these as commands or comment starts; braces are kept because they protect capitalisation. */
function escapeBibtex(value: string): string {
  return value.replace(/([%&#_$])/g, '\\$1');
}

/** The short form that follows a copied quote: "Author, Title, Publisher, Date, point 2". */
export function shortCitation(source: Omit<Source, 'passages' | 'file'>, label?: PassageLabel): string {
  return [source.author, source.titleSupplied ? `[${source.title}]` : source.title, source.publisher, source.date, label && formatLabel(label, 'en')]
    .filter(Boolean)
    .join(', ');
}
