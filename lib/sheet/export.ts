/**
 * A quote sheet's exports, from plain data about each passage: Markdown with links, BibTeX, and CSV. Text from content
 * is never trusted to be harmless: Markdown is written from a syntax tree (mdast-util-to-markdown escapes what would
 * become markup or HTML), BibTeX through the citation module's escaping, and CSV with every field quoted and formula
 * starts neutralised.
 */
import type { PhrasingContent, Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { bibtexCiteHint, bibtexEntry, shortCitation, type CitableSource } from '../citation';
import { cslItem, cslJson } from '../citation/csl';
import { statedTitle } from '../citation/parts';
import { risFile, risRecord } from '../citation/ris';
import { displayText } from '../text/display-punctuation';
import { formatLabel } from '../content/labels';
import { localTitle } from '../i18n/local-title';
import { joinList, punctuation } from '../i18n/punctuation';
import type { PassageLabel } from '../content/schema';

/** One passage of a sheet, as the sheet page knows it. URLs are absolute (the published address). */
export interface SheetItem {
  quote: string;
  /** The language of the quote. */
  language: 'en' | 'zh';
  source: CitableSource;
  /** The source's page, cited in BibTeX when the source states no URL of its own. */
  sourcePermalink: string;
  label: PassageLabel;
  principles: readonly { id: string; title: string; titleZh: string }[];
  /** The passage's own page. */
  permalink: string;
}

/** For the page's download links. */
export const SHEET_EXPORT_FILES = {
  markdown: { extension: 'md', type: 'text/markdown;charset=utf-8' },
  bibtex: { extension: 'bib', type: 'application/x-bibtex;charset=utf-8' },
  csv: { extension: 'csv', type: 'text/csv;charset=utf-8' },
  ris: { extension: 'ris', type: 'application/x-research-info-systems;charset=utf-8' },
  csl: { extension: 'json', type: 'application/vnd.citationstyles.csl+json;charset=utf-8' },
} as const;

/** Lines of a quote, with hard breaks between them, as Markdown keeps them; Chinese with Chinese punctuation. */
function quoteLines(quote: string, language: SheetItem['language']): PhrasingContent[] {
  return displayText(quote, language)
    .split(/\r?\n/)
    .flatMap((line, i): PhrasingContent[] =>
      i === 0 ? [{ type: 'text', value: line }] : [{ type: 'break' }, { type: 'text', value: line }],
    );
}

/**
 * A block quote per passage, then its citation linked to the passage's page:
 *
 *   > 各国无论大小、强弱……
 *
 *   —— [全球人工智能治理倡议，中华人民共和国外交部 (…)，2023-10-18，第二点](https://…/)
 */
export function sheetMarkdown(items: readonly SheetItem[], language: 'en' | 'zh'): string {
  const tree: Root = {
    type: 'root',
    children: items.flatMap((item) => [
      { type: 'blockquote', children: [{ type: 'paragraph', children: quoteLines(item.quote, item.language) }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: punctuation(language).dash },
          {
            type: 'link',
            url: item.permalink,
            children: [{ type: 'text', value: shortCitation(item.source, item.label, language) }],
          },
        ],
      },
    ]),
  };
  return toMarkdown(tree);
}

/** The sheet's sources in its order, each with the labels of the passages quoted from it. */
function bySource(items: readonly SheetItem[]): { item: SheetItem; labels: string[] }[] {
  const groups = new Map<string, { item: SheetItem; labels: string[] }>();
  for (const item of items) {
    const group = groups.get(item.source.slug) ?? { item, labels: [] };
    group.labels.push(formatLabel(item.label, 'en'));
    groups.set(item.source.slug, group);
  }
  return [...groups.values()];
}

/** RIS for reference managers: one record per source, the passages quoted named in a note; `accessed` as Y2. */
export function sheetRis(items: readonly SheetItem[], accessed?: string): string {
  return risFile(
    bySource(items).map(({ item, labels }) =>
      risRecord(item.source, item.source.url ?? item.sourcePermalink, { accessed, place: labels.join(', ') }),
    ),
  );
}

/** CSL-JSON: one item per source, the passages quoted in its note. */
export function sheetCsl(items: readonly SheetItem[], accessed?: string): string {
  return cslJson(
    bySource(items).map(({ item, labels }) =>
      cslItem(item.source, item.source.url ?? item.sourcePermalink, { accessed, place: labels.join(', ') }),
    ),
  );
}

/** One entry per source, in the sheet's order, each after a line naming the passages quoted and how to cite them. */
export function sheetBibtex(items: readonly SheetItem[]): string {
  return bySource(items)
    .map(
      ({ item, labels }) =>
        `${bibtexCiteHint(item.source.slug, labels)}\n${bibtexEntry(item.source, item.source.url ?? item.sourcePermalink)}\n`,
    )
    .join('\n');
}

const CSV_HEADERS = {
  en: ['#', 'Quote', 'Language', 'Label', 'Source', 'Author', 'Publisher', 'Date', 'Principles', 'Link'],
  zh: ['序号', '引文', '语言', '段落', '来源', '作者', '出版者', '日期', '原则', '链接'],
};

/**
 * A spreadsheet cell: always quoted, inner quotes doubled (RFC 4180). A cell that a spreadsheet would run as a
 * formula (starting = + - @, tab or carriage return) is prefixed with an apostrophe, which shows it as text.
 */
function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${inert.replace(/"/g, '""')}"`;
}

function csvRow(item: SheetItem, position: number, language: 'en' | 'zh'): string[] {
  const { source } = item;
  return [
    String(position),
    displayText(item.quote, item.language),
    item.language,
    formatLabel(item.label, language),
    statedTitle(source),
    source.author ?? '',
    source.publisher ?? '',
    source.date ?? '',
    joinList(
      item.principles.map((principle) => localTitle(principle, language)),
      language,
      'semicolon',
    ),
    item.permalink,
  ];
}

/**
 * RFC 4180 CSV (CRLF line ends) with headers in the interface's language. It starts with a UTF-8 byte order mark:
 * without it Excel reads UTF-8 as the system's legacy code page and garbles Chinese; LibreOffice, Google Sheets and
 * pandas (`encoding="utf-8-sig"`) read it as it is.
 */
export function sheetCsv(items: readonly SheetItem[], language: 'en' | 'zh'): string {
  const rows = [CSV_HEADERS[language], ...items.map((item, i) => csvRow(item, i + 1, language))];
  return `\ufeff${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
