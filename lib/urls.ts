/**
 * Every URL and anchor of the site, built in one place so that links, the sitemap, corpus.json and the search index
 * agree. Routes end in "/" because the export uses trailing slashes.
 */

export const SITE_NAME = 'GAIGI Reader';

export function principlesUrl(): string {
  return '/principles/';
}

export function principleUrl(id: string): string {
  return `/principles/${id}/`;
}

export function sourcesUrl(): string {
  return '/sources/';
}

export function sourceUrl(slug: string): string {
  return `/sources/${slug}/`;
}

/** The passage in its source: the permalink researchers cite. */
export function passageUrl(slug: string, passageId: string): string {
  return `${sourceUrl(slug)}#${passageId}`;
}

/** How corpus.json refers to a passage from a principle: `<slug>#<passage id>`. */
export function passageRef(slug: string, passageId: string): string {
  return `${slug}#${passageId}`;
}

export const CORPUS_JSON_URL = '/data/corpus.json';
