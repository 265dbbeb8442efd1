/**
 * Where the site is published: absolute URLs (citations, link previews, canonical URLs, the sitemap) start here. Read
 * at build time only, on the server: client code builds site-relative URLs (lib/urls.ts) and lets the browser resolve
 * them, so a page works wherever it is served. Set SITE_URL when building for publication.
 */
import 'server-only';

export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/**
 * The published address when the build was given one. Without it, what the browser makes (copied citations, RIS,
 * CSL-JSON, exported sheets) uses the page's own origin instead of localhost.
 */
export const PUBLISHED_SITE: string | undefined = process.env.SITE_URL ? SITE_URL : undefined;

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path}`;
}

/**
 * A SITE_URL the site cannot be published at, said before anything is built: every page links to its neighbours
 * from the root (`/sources/…`), so an address with a path (`https://host/reader/`) would lead readers out of the site.
 */
export function siteUrlProblem(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const value = env.SITE_URL;
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL=${JSON.stringify(value)} is not a URL: write the address the site is published at, e.g. SITE_URL=https://reader.example.org`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `SITE_URL=${value} must start with https:// or http://`;
  if (url.search || url.hash || url.username || url.password)
    return `SITE_URL=${value} must be an origin only, with no query, fragment or credentials: SITE_URL=${url.origin}`;
  if (url.pathname !== '/')
    return [
      `SITE_URL=${value} has a path (${url.pathname}), and this site must be published at the root of its host: every`,
      '  page links to the others from the root (/sources/…, /zh/…), which would leave the folder. Publish it on a host',
      `  of its own (a subdomain) and set SITE_URL=${url.origin}, or serve it at ${url.origin}/.`,
    ].join('\n');
  return undefined;
}

/** What a build without SITE_URL points at localhost: said before a production build, so none is published so. */
export function siteUrlWarning(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.SITE_URL || env.NODE_ENV === 'development') return undefined;
  return [
    'SITE_URL is not set: this build points these at http://localhost:3000 —',
    '  canonical URLs and hreflang alternates, og:url and og:image in link previews, citations (APA, Chicago, BibTeX,',
    '  GB/T 7714) and the citation_* metadata as built, sitemap.xml and robots.txt. In the browser, copied citations,',
    '  RIS and CSL-JSON downloads and exported quote sheets use the address the page is served from instead.',
    '  Set it to the address the site will be published at: SITE_URL=https://reader.example.org npm run build',
  ].join('\n');
}
