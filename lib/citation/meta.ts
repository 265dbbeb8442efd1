/**
 * The embedded metadata reference managers read from a page (Highwire Press `citation_*` tags, as Zotero's and
 * Mendeley's connectors take them), from stated metadata only: no author, date or publisher is ever invented. A person
 * is "Family, Given"; a pen name or organisation is written whole. Every source is a web page whose publisher is not
 * stated to be a periodical, so `citation_publisher` is used, never `citation_journal_title`.
 */
import type { Author } from '../content/schema';
import { mainDate, shown, shownTitle, type CitableSource } from './parts';

function metaName(author: Author): string {
  if ('organisation' in author) return author.organisation;
  if ('penName' in author) return author.penName;
  return author.given ? `${author.family}, ${author.given}` : author.family;
}

/** Tag name → content (several values make several tags, one per author). `url` is the cited address. */
export function citationMeta(source: CitableSource, url: string): Record<string, string | string[]> {
  const date = mainDate(source);
  const authors = (source.authors ?? []).map(metaName);
  return {
    citation_title: shownTitle(source),
    ...(authors.length > 0 && { citation_author: authors }),
    ...(date && { citation_publication_date: date.iso.replace(/-/g, '/') }),
    ...(source.publisher && { citation_publisher: shown(source.publisher, source.language) }),
    citation_language: source.language,
    citation_public_url: url,
  };
}
