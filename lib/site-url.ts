/**
 * Where the site is published: absolute URLs (citations, link previews, canonical URLs, the sitemap) start here. Read
 * at build time only, on the server: client code builds site-relative URLs (lib/urls.ts) and lets the browser resolve
 * them, so a page works wherever it is served. Set SITE_URL when building for publication.
 */
import 'server-only';

export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path}`;
}

/** What a build without SITE_URL points at localhost: said before a production build, so none is published so. */
export function siteUrlWarning(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.SITE_URL || env.NODE_ENV === 'development') return undefined;
  return [
    'SITE_URL is not set: this build points these at http://localhost:3000 —',
    '  canonical URLs and hreflang alternates, og:url and og:image in link previews, citations (APA, Chicago, BibTeX,',
    '  GB/T 7714), sitemap.xml, robots.txt, and the links in exported quote sheets.',
    '  Set it to the address the site will be published at: SITE_URL=https://reader.example.org npm run build',
  ].join('\n');
}
