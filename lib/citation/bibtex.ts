/**
 * BibTeX, readable by BibTeX and biblatex alike: a @misc entry (every source is a web page; whether its publisher is a
 * periodical is not stated), the publisher as `howpublished`, `year`/`month` for BibTeX and `date` for biblatex.
 * A passage is cited with the source's entry and its label as the citation's postnote: \cite[point 2]{key}.
 */
import { bibtexName } from './names';
import { mainDate, pageDateNote, shownTitle, type CitableSource } from './parts';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
};

/** Text as LaTeX reads it literally: commands, comments and unbalanced braces cannot come from content. */
export function escapeBibtex(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\{}~^%&#_$]/g, (char) => SPECIAL[char]);
}

/** A URL is read verbatim by biblatex and the url package: only characters that would break the entry are encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (char) => encodeURIComponent(char));
}

export function bibtexKey(slug: string): string {
  return slug.replace(/-/g, '_');
}

function fields(source: CitableSource, url: string): [string, string][] {
  const date = mainDate(source);
  const page = pageDateNote(source);
  const notes = [source.titleSupplied && 'Title supplied by the editors', page && `Web page dated ${page.iso}`].filter(
    Boolean,
  );
  const title = `${shownTitle(source)}${source.titleEn ? ` [${source.titleEn}]` : ''}`;
  const entries: [string, string | undefined][] = [
    ['author', source.authors?.map((author) => bibtexName(author, escapeBibtex)).join(' and ')],
    ['title', `{{${escapeBibtex(title)}}}`],
    ['howpublished', source.publisher && `{${escapeBibtex(source.publisher)}}`],
    ['date', date && `{${date.iso}}`],
    ['year', date && `{${date.year}}`],
    ['month', date && MONTH_MACROS[date.month - 1]],
    ['url', `{${bibtexUrl(url)}}`],
    ['language', source.language === 'zh' ? '{chinese}' : undefined],
    ['note', notes.length ? `{${escapeBibtex(notes.join('; '))}}` : undefined],
  ];
  return entries.filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
}

export function bibtexEntry(source: CitableSource, url: string): string {
  const body = fields(source, url)
    .map(([key, value]) => `  ${key} = ${key === 'author' ? `{${value}}` : value}`)
    .join(',\n');
  return `@misc{${bibtexKey(source.slug)},\n${body}\n}`;
}

/** How to cite one passage with this entry, as a line BibTeX skips (text outside entries is ignored). */
export function bibtexCiteHint(slug: string, places: readonly string[]): string {
  return `% ${places.join(', ')}: ${places.map((place) => `\\cite[${escapeBibtex(place)}]{${bibtexKey(slug)}}`).join(' ')}`;
}
