/**
 * Citations of a source or of one passage in APA, Chicago, BibTeX and GB/T 7714, built only from what the source's
 * front matter states: a missing author, date or publisher is left out, never guessed, and authors come from the
 * structured `authors` only. The original URL is cited when the source states one, else the reader's permalink.
 * Every function takes plain data, so pages in either interface language (and the sheet's exports) share them; the
 * styles' own conventions decide the language of a citation, not the interface.
 */
import type { PassageLabel } from '../content/schema';
import { formatLabel } from '../content/labels';
import { joinList } from '../i18n/punctuation';
import { apaInText, apaReference } from './apa';
import { bibtexCiteHint, bibtexEntry } from './bibtex';
import { chicagoBibliography, chicagoNote } from './chicago';
import { gbtReference } from './gbt';
import { citedUrl, statedTitle, type CitableSource } from './parts';

export type { CitableSource } from './parts';
export { ACCESS_DATE_PLACEHOLDER } from './gbt';
export { bibtexEntry, bibtexCiteHint, bibtexKey } from './bibtex';

export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
  /** GB/T 7714-2015; carries ACCESS_DATE_PLACEHOLDER unless `accessed` was given. */
  gbt: string;
}

export interface PassageCitations extends Citations {
  /** APA puts the place cited in the text, not the reference: "(Cai, 2024, para. 3)". */
  apaInText: string;
}

export interface CitationOptions {
  /** GB/T 7714's 引用日期, YYYY-MM-DD: the day the reader consulted the page. Only the reader's browser knows it. */
  accessed?: string;
}

/** A whole source: APA reference, Chicago bibliography entry, BibTeX entry, GB/T 7714 reference. */
export function citeSource(source: CitableSource, permalink: string, options: CitationOptions = {}): Citations {
  const url = citedUrl(source, permalink);
  return {
    apa: apaReference(source, url),
    chicago: chicagoBibliography(source, url),
    bibtex: bibtexEntry(source, url),
    gbt: gbtReference(source, url, undefined, options.accessed),
  };
}

/**
 * One passage, with its label: the APA reference plus its in-text citation, a Chicago note, the BibTeX entry with the
 * \cite postnote to use, and the GB/T reference with the label as its 引文页码 (in the source's language).
 * `permalink` is the passage's own page, cited when the source states no URL.
 */
export function citePassage(
  source: CitableSource,
  passage: { label: PassageLabel },
  permalink: string,
  options: CitationOptions = {},
): PassageCitations {
  const url = citedUrl(source, permalink);
  const english = formatLabel(passage.label, 'en');
  return {
    apa: apaReference(source, url),
    apaInText: apaInText(source, passage.label),
    chicago: chicagoNote(source, english, url),
    bibtex: `${bibtexCiteHint(source.slug, [english])}\n${bibtexEntry(source, url)}`,
    gbt: gbtReference(source, url, formatLabel(passage.label, source.language), options.accessed),
  };
}

/**
 * The short form that follows a copied quote, in the interface's language: "Cuihong Cai, Title, East Asia Forum,
 * 2024-09-13, ¶ 3" / "和音，人民日报和音:…，人民日报，第3段". Uses the display `author` string, as shown on the page.
 */
export function shortCitation(source: CitableSource, label?: PassageLabel, language: 'en' | 'zh' = 'en'): string {
  const parts = [
    source.author,
    statedTitle(source),
    source.publisher,
    source.date,
    label && formatLabel(label, language),
  ];
  return joinList(
    parts.filter((part): part is string => Boolean(part)),
    language,
  );
}
