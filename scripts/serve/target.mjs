// The request target, read the way a static host reads it. Only origin-form ("/path?query") is served. The path is
// percent-decoded once and normalised, so "/a/../b" and "/a//b" name "/b" and "/a/b", and nothing above the served
// folder can be named. A Location is built from that normalised path, segment by segment, so a redirect leads to a
// path on this site whatever the request held (an encoded "//host", a backslash, CR/LF, any character).
import path from 'node:path';
import encodeUrl from 'encodeurl';

/**
 * @typedef {object} Target
 * @property {string} path the decoded, normalised path: what is looked up
 * @property {string} requested the decoded path as asked: a request for a path's other spelling is redirected
 * @property {string} query "?…" as received, or ""
 */

/**
 * @param {string | undefined} url the request target as received
 * @returns {Target | undefined} undefined for a target a static site never serves: not origin-form ("*", absolute or
 *   authority form), not decodable, or holding NUL
 */
export function parseTarget(url) {
  if (!url?.startsWith('/')) return undefined;
  const queryAt = url.indexOf('?');
  let requested;
  try {
    requested = decodeURIComponent(queryAt === -1 ? url : url.slice(0, queryAt));
  } catch {
    return undefined;
  }
  if (requested.includes('\0')) return undefined;
  return { path: path.posix.normalize(requested), requested, query: queryAt === -1 ? '' : url.slice(queryAt) };
}

/**
 * @param {string} sitePath a normalised path ("/principles/")
 * @param {string} query "?…" or ""
 * @returns {string} a Location on this site: every segment percent-encoded (so it starts with one "/" followed by
 *   anything but "/" or "\"), the query's characters encoded where a URL does not allow them
 */
export function locationOf(sitePath, query) {
  return sitePath.split('/').map(encodeURIComponent).join('/') + encodeUrl(query);
}
