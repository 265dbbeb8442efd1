// The validators of a file and the preconditions judged against them, the same for every file whoever answers it
// (site.mjs from memory, send streaming): one strong ETag per representation, compared strongly, so a weak tag, or
// another representation's, never matches (RFC 9110, section 13.1). send's own checks agree with these once its ETag
// and Last-Modified are the ones set here.

/** @typedef {{ etag: string, lastModified: string }} Validators */

/**
 * A file streamed as it is: hashing every byte on each request would cost more than its size, so its ETag names the
 * exact version of the file on disk (size, mtime, inode), which a rebuild changes, as nginx's does.
 * @param {import('node:fs').Stats} stats
 * @returns {Validators}
 */
export function fileValidators(stats) {
  const version = [stats.size, Math.trunc(stats.mtimeMs), stats.ino].map((part) => part.toString(16)).join('-');
  return { etag: `"${version}"`, lastModified: stats.mtime.toUTCString() };
}

/** @param {string | undefined} header @returns {string[]} the entity tags it lists, `W/` kept */
const entityTags = (header) => header?.match(/(?:W\/)?"[^"]*"/g) ?? [];

/** @param {string | undefined} date @returns {number} milliseconds, NaN when it is no date */
const timeOf = (date) => (date ? Date.parse(date) : NaN);

/**
 * @param {import('node:http').IncomingMessage} request @param {Validators} validators
 * @returns {boolean} whether If-Match (strong comparison, `*` for any) or, without it, If-Unmodified-Since fails:
 *   412, whatever else the request asks
 */
export function preconditionFails(request, { etag, lastModified }) {
  const match = request.headers['if-match'];
  if (match !== undefined) return match.trim() !== '*' && !entityTags(match).includes(etag);
  const since = timeOf(request.headers['if-unmodified-since']);
  return !Number.isNaN(since) && timeOf(lastModified) > since;
}

/**
 * @param {import('node:http').IncomingMessage} request @param {Validators} validators
 * @returns {boolean} whether a range may be answered: no If-Range, or one naming this very representation (its
 *   ETag, strongly, or its Last-Modified exactly)
 */
export function ifRangeHolds(request, { etag, lastModified }) {
  const header = request.headers['if-range'];
  const ifRange = typeof header === 'string' ? header.trim() : '';
  if (!ifRange) return true;
  if (ifRange.includes('"')) return ifRange === etag;
  const time = timeOf(ifRange);
  return !Number.isNaN(time) && time === timeOf(lastModified);
}
