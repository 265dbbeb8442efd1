/**
 * GB/T 7714-2015, the Chinese standard for references, in its format for electronic resources (§4.8):
 *
 *   主要责任者. 题名[EB/OL]. 出版地: 出版者, 出版年: 引文页码(更新或修改日期)[引用日期]. 获取和访问路径.
 *
 * - Every source here is a web page, so its type is [EB/OL]: whether a publisher is a newspaper ([N/OL]) is not
 *   stated, and is not guessed.
 * - The place of publication is never stated, so it is left out, as reference managers do, rather than written
 *   "[出版地不详]".
 * - 出版年 is the stated date; a web page's own date, where it differs, goes in the (更新或修改日期) slot.
 * - A passage's label is the 引文页码: "第二点" for a Chinese text, "¶ 3" for an English one.
 * - The 引用日期 (date the reader consulted the page) is required, and only the reader knows it, so it is never
 *   invented: unless the caller passes `accessed` (e.g. today's date, in the browser, when the reader copies), the
 *   citation carries the placeholder [引用日期] for the reader to fill in.
 * - More than three authors: the first three, then "等" (Chinese) or "et al." (English).
 */
import type { Author } from '../content/schema';
import { gbtName } from './names';
import { mainDate, pageDateNote, sentence, statedTitle, type CitableSource } from './parts';

/** Stands where the reader writes the date they consulted the page, in GB/T 7714 citations. */
export const ACCESS_DATE_PLACEHOLDER = '[引用日期]';

function authorList(authors: readonly Author[], language: CitableSource['language']): string {
  const names = authors.slice(0, 3).map(gbtName);
  if (authors.length > 3) names.push(language === 'zh' ? '等' : 'et al.');
  return names.join(', ');
}

function publication(source: CitableSource, place: string | undefined, accessed: string | undefined): string {
  const issued = [source.publisher, mainDate(source)?.iso].filter(Boolean).join(', ');
  const cited = place ? (issued ? `${issued}: ${place}` : place) : issued;
  const page = pageDateNote(source);
  return `${cited}${page ? `(${page.iso})` : ''}${accessed ? `[${accessed}]` : ACCESS_DATE_PLACEHOLDER}`;
}

export function gbtReference(source: CitableSource, url: string, place?: string, accessed?: string): string {
  const authors = source.authors?.length ? `${sentence(authorList(source.authors, source.language))} ` : '';
  return `${authors}${statedTitle(source)}[EB/OL]. ${publication(source, place, accessed)}. ${sentence(url)}`;
}
