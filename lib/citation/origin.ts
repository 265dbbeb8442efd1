/**
 * Where links that leave the site point, and the day a reader takes them: decided in the browser (a build without
 * SITE_URL does not know where it will be served; only the reader's browser knows today's date).
 */

/** The address exported links start with: SITE_URL when the build had it, else where the page is served. */
export function siteOrigin(site: string | undefined, pageOrigin: string): string {
  return (site ?? pageOrigin).replace(/\/+$/, '');
}

/** The reader's local date, YYYY-MM-DD: the day they consulted the page. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
