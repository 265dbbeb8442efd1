// Headers every answer of the site carries, whoever serves it: scripts/serve/site.mjs sends them, and the build
// writes them for static hosts (scripts/build/headers.ts: `_headers` for Netlify and Cloudflare Pages; README gives
// the nginx lines). The pages' own Content-Security-Policy travels in a <meta> tag (scripts/build/csp.ts), which
// cannot say who may frame a page: only a header can, so frame-ancestors is sent here.

/** @type {Readonly<Record<string, string>>} */
export const SITE_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "frame-ancestors 'none'",
});
