/**
 * Every URL and anchor of the site, built in one place so that links, the sitemap, corpus.json, citations and the
 * search index agree. Routes end in "/" because the export uses trailing slashes.
 */

export const SITE_NAME = 'GAIGI Reader';

/** Where the site is published; absolute URLs (citations, Open Graph, sitemap) start here. Set SITE_URL to change. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path}`;
}

export function principlesUrl(): string {
  return '/principles/';
}

export function principleUrl(id: string): string {
  return `/principles/${id}/`;
}

/** A principle's passages from one source, on the principle's page. */
export function principleInSourceUrl(id: string, slug: string): string {
  return `${principleUrl(id)}#${principleInSourceAnchor(slug)}`;
}

export function principleInSourceAnchor(slug: string): string {
  return `in-${slug}`;
}

/** The sources' statements of a principle side by side. */
export function compareUrl(id: string): string {
  return `${principleUrl(id)}compare/`;
}

export function sourcesUrl(): string {
  return '/sources/';
}

export function sourceUrl(slug: string): string {
  return `/sources/${slug}/`;
}

/**
 * The passage in its source: the permalink researchers cite. `highlight` words (from a search) are marked on arrival.
 */
export function passageUrl(slug: string, passageId: string, highlight: readonly string[] = []): string {
  const query = new URLSearchParams(highlight.map((word) => ['hl', word])).toString();
  return `${sourceUrl(slug)}${query ? `?${query}` : ''}#${passageId}`;
}

/** How corpus.json refers to a passage from a principle: `<slug>#<passage id>`. */
export function passageRef(slug: string, passageId: string): string {
  return `${slug}#${passageId}`;
}

/** A source beside its translation or original, paragraph by paragraph; `passageId` scrolls to one row. */
export function parallelUrl(slug: string, passageId?: string): string {
  return `${sourceUrl(slug)}parallel/${passageId ? `#${passageId}` : ''}`;
}

export interface SearchParams {
  q?: string;
  principle?: string;
  source?: string;
  lang?: string;
}

export function searchUrl(params: SearchParams = {}): string {
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
  ).toString();
  return `/search/${query ? `?${query}` : ''}`;
}

export const CORPUS_JSON_URL = '/data/corpus.json';

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
