/**
 * Every URL and anchor of the site, built in one place so that links, the sitemap, corpus.json, citations and the
 * search index agree. Routes end in "/" because the export uses trailing slashes. Site-relative: absolute URLs are
 * made on the server only (site-url.ts).
 */

import { inLocale, type Locale } from './i18n/locales';

export const SITE_NAME = 'GAIGI Reader';

/** Page URLs take the interface's locale last; English, unprefixed, by default. */
export function homeUrl(locale: Locale = 'en'): string {
  return inLocale('/', locale);
}

export function principlesUrl(locale: Locale = 'en'): string {
  return inLocale('/principles/', locale);
}

export function principleUrl(id: string, locale: Locale = 'en'): string {
  return inLocale(`/principles/${id}/`, locale);
}

/** A principle's passages in one work (named by any of its versions' slugs), on the principle's page. */
export function principleInSourceUrl(id: string, slug: string, locale: Locale = 'en'): string {
  return `${principleUrl(id, locale)}#${principleInSourceAnchor(slug)}`;
}

/** Where a point of the Initiative stands on a principle page: its item in the page's opening section. */
export function pointAnchor(rowId: string): string {
  return `point-${rowId}`;
}

export function principleInSourceAnchor(slug: string): string {
  return `in-${slug}`;
}

/** The sources' statements of a principle side by side. */
export function compareUrl(id: string, locale: Locale = 'en'): string {
  return `${principleUrl(id, locale)}compare/`;
}

export function sourcesUrl(locale: Locale = 'en'): string {
  return inLocale('/sources/', locale);
}

export function sourceUrl(slug: string, locale: Locale = 'en'): string {
  return inLocale(`/sources/${slug}/`, locale);
}

/**
 * The passage in its source: the permalink researchers cite. `highlight` words (from a search) are marked on arrival.
 */
export function passageUrl(
  slug: string,
  passageId: string,
  highlight: readonly string[] = [],
  locale: Locale = 'en',
): string {
  const query = new URLSearchParams(highlight.map((word) => ['hl', word])).toString();
  return `${sourceUrl(slug, locale)}${query ? `?${query}` : ''}#${passageId}`;
}

/**
 * A passage's own page: the link that "Copy link" gives and link previews show, with the quote, its citations and its
 * share card. `passageUrl` is the passage in context.
 */
export function passagePageUrl(slug: string, passageId: string, locale: Locale = 'en'): string {
  return `${sourceUrl(slug, locale)}p/${passageId}/`;
}

/** A share card (og:image), by its file name (lib/publish/cards/catalogue.ts). */
export function cardUrl(name: string): string {
  return `/cards/${name}.png`;
}

/** How corpus.json refers to a passage from a principle: `<slug>#<passage id>`. */
export function passageRef(slug: string, passageId: string): string {
  return `${slug}#${passageId}`;
}

/** A source beside its translation or original, paragraph by paragraph; `passageId` scrolls to one row. */
export function parallelUrl(slug: string, passageId?: string, locale: Locale = 'en'): string {
  return `${sourceUrl(slug, locale)}parallel/${passageId ? `#${passageId}` : ''}`;
}

/** The glossary's term index, and one pair's page (its id: lib/content/glossary.ts). */
export function termsUrl(locale: Locale = 'en'): string {
  return inLocale('/terms/', locale);
}

export function termUrl(id: string, locale: Locale = 'en'): string {
  return inLocale(`/terms/${id}/`, locale);
}

export interface SearchParams {
  q?: string;
  principle?: string;
  source?: string;
  lang?: string;
}

export function searchUrl(params: SearchParams = {}, locale: Locale = 'en'): string {
  const query = new URLSearchParams(
    Object.entries(params).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    ),
  ).toString();
  return `${inLocale('/search/', locale)}${query ? `?${query}` : ''}`;
}

/** The query parameter that carries a quote sheet (lib/sheet/codec.ts). */
export const SHEET_PARAM = 'p';

/** A quote sheet, shared as one link: `encoded` is encodeSheet()'s value (already URL-safe; encoding is a no-op). */
export function sheetUrl(encoded = '', locale: Locale = 'en'): string {
  return `${inLocale('/sheet/', locale)}${encoded ? `?${SHEET_PARAM}=${encodeURIComponent(encoded)}` : ''}`;
}

export const CORPUS_JSON_URL = '/data/corpus.json';

/** What the quote-sheet page loads (lib/pages/sheet.ts): the catalogue, then one file per source it needs. */
export const SHEET_CATALOGUE_URL = '/data/sheet/catalogue.json';

export function sheetSourceDataUrl(slug: string): string {
  return `/data/sheet/sources/${slug}.json`;
}

/**
 * The search index's static files (lib/search/files.ts), fetched only once search is used. All but the manifest carry
 * its version, so that a cache never mixes files of two builds.
 */
export const SEARCH_MANIFEST_URL = '/search-index/manifest.json';

export function searchPrinciplesUrl(version: string): string {
  return `/search-index/principles.json?v=${version}`;
}

export function searchShardUrl(shard: number, version: string): string {
  return `/search-index/shards/${shard}.json?v=${version}`;
}

export function searchTextUrl(file: number, version: string): string {
  return `/search-index/texts/${file}.json?v=${version}`;
}

export function searchNamesUrl(file: number, version: string): string {
  return `/search-index/names/${file}.json?v=${version}`;
}
