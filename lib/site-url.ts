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
