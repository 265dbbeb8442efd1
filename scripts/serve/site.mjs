// Answers requests for a static export the way a static host would. Text is answered from memory (variants.mjs);
// every other file, and every range, by `send` (the file-serving core of Express): ETag and Last-Modified with 304
// and 412, ranges, HEAD with Content-Length, MIME types, streaming. This module decides which file answers a URL and
// adds what send leaves to its caller:
// - GET and HEAD only: anything else is 405 with Allow;
// - a directory's URL ends with "/": "/principles?x" is redirected (308) to "/principles/?x" (target.mjs builds the
//   Location, which stays on this site); so is any other spelling of a path, such as "/a//b" or "/a/../b";
// - the served folder is resolved once per request, and every file of the answer under that one real folder: out/ is
//   a link a build switches at any moment, and a page both builds have must never answer 404 in between;
// - every path is resolved with realpath and must stay inside the served folder, so no symlink leads out of it;
//   dotfiles are never served, nor is a symlink to one (the rule applies to the resolved path);
// - one strong ETag per representation (a compressed body has its own), the same for GET, HEAD and ranges, and
//   If-Match, If-Unmodified-Since and If-Range are judged against it for every file (preconditions.mjs);
// - a missing page gets 404.html (zh/404.html under /zh/ when there is one), status 404, never cached;
// - text is brotli- or gzip-compressed when accepted, with Content-Length;
// - fingerprinted files under /_next/static/ are cached for a year (immutable); everything else revalidates;
// - every answer carries the site's headers (headers.mjs: nosniff, frame-ancestors), and an unexpected error answers
//   500: the server goes on.
import { STATUS_CODES } from 'node:http';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import fresh from 'fresh';
import send from 'send';
import { SITE_HEADERS } from './headers.mjs';
import { fileValidators, ifRangeHolds, preconditionFails } from './preconditions.mjs';
import { locationOf, parseTarget } from './target.mjs';
import { createVariants, isHeld, preferredEncoding } from './variants.mjs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {import('./variants.mjs').Variant} Variant */
/** @typedef {{ root: string, variants: ReturnType<typeof createVariants> }} Site */
/** @typedef {{ file: string, stats: import('node:fs').Stats, sitePath: string }} Found */
/** @typedef {{ status?: number, headers?: Record<string, string> }} SendError send's errors (http-errors) */

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Errors that mean "nothing to serve at this path": a 404, never a 500. */
const MISSING = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG', 'ELOOP', 'EACCES', 'EINVAL']);

/**
 * @param {string} folder the static export to serve
 * @returns {(request: Request, response: Response) => void}
 */
export function createSiteHandler(folder) {
  const site = { root: path.resolve(folder), variants: createVariants() };
  return (request, response) => {
    respond(site, request, response).catch((error) => failed(request, response, error));
  };
}

/** @param {Site} site @param {Request} request @param {Response} response */
async function respond(site, request, response) {
  setSiteHeaders(response);
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return reply(request, response, 405, { Allow: 'GET, HEAD' });
  const target = parseTarget(request.url);
  if (!target) return reply(request, response, 400);
  // Resolved once: every lookup of this answer (the file, an index.html, a 404 page) is made in the same build.
  const root = await realpath(site.root).catch(missingAsUndefined);
  if (!root) return reply(request, response, 404);
  const build = { ...site, root };
  const found = await locate(build.root, target.path);
  if (!found) return notFound(build, request, response, target.path);
  if (found.sitePath !== target.requested) {
    return reply(request, response, 308, { Location: locationOf(found.sitePath, target.query) });
  }
  return serveFile(build, request, response, found);
}

/**
 * The file that answers a normalised path: the file itself, or a directory's index.html (its sitePath then ends
 * with "/"). Undefined when there is none inside the served folder.
 * @param {string} root the served folder's real path @param {string} sitePath
 * @returns {Promise<Found | undefined>}
 */
async function locate(root, sitePath) {
  if (sitePath.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  const file = await realpathInside(root, sitePath);
  const stats = file && (await stat(file).catch(missingAsUndefined));
  if (!file || !stats) return undefined;
  if (stats.isFile()) return { file, stats, sitePath };
  if (!stats.isDirectory()) return undefined;
  const directory = sitePath.endsWith('/') ? sitePath : `${sitePath}/`;
  const index = await locate(root, `${directory}index.html`);
  return index && { ...index, sitePath: directory };
}

/**
 * @param {string} root the served folder's real path, resolved once for the request
 * @param {string} sitePath
 * @returns {Promise<string | undefined>} the real path of the file at `sitePath` (every symlink resolved) when it is
 *   inside `root` and no dotfile there: a symlink leads neither out of the folder nor to a dotfile in it
 */
async function realpathInside(root, sitePath) {
  const real = await realpath(path.join(root, sitePath)).catch(missingAsUndefined);
  if (!real) return undefined;
  // ".." (outside) starts with a dot too.
  const hidden = path
    .relative(root, real)
    .split(path.sep)
    .some((segment) => segment.startsWith('.'));
  return hidden ? undefined : real;
}

/** @param {unknown} error @returns {undefined} */
function missingAsUndefined(error) {
  if (error instanceof Error && 'code' in error && MISSING.has(String(error.code))) return undefined;
  throw error;
}

/**
 * Text is answered from memory in the encoding the request prefers; a range (of the plain bytes) and any other file
 * are streamed by send, under the validators of the same representation.
 * @param {Site} site @param {Request} request @param {Response} response @param {Found} found
 */
async function serveFile(site, request, response, found) {
  response.setHeader('Cache-Control', found.sitePath.startsWith('/_next/static/') ? IMMUTABLE : 'no-cache');
  const held = isHeld(found.file, found.stats);
  if (held) response.setHeader('Vary', 'Accept-Encoding');
  const encoding = request.headers.range ? 'identity' : preferredEncoding(request);
  // Undefined for a file not held, or changed since it was found: send then reads it as it is now.
  const variant = held ? await site.variants.get(found.file, found.stats, encoding) : undefined;
  const validators = variant ?? fileValidators(found.stats);
  // A range asked "if still this version" of another version: the whole representation instead.
  if (request.headers.range && !ifRangeHolds(request, validators)) delete request.headers.range;
  if (preconditionFails(request, validators)) return reply(request, response, 412);
  if (variant && !request.headers.range) return sendVariant(request, response, 200, variant);
  response.setHeader('ETag', validators.etag);
  response.setHeader('Last-Modified', validators.lastModified);
  // send decodes the path it is given: hand it the real file's name, encoded, inside its real folder.
  send(request, encodeURIComponent(path.basename(found.file)), {
    root: path.dirname(found.file),
    index: false,
    dotfiles: 'allow',
    cacheControl: false,
    // Its own validators (a weak ETag) would differ from the ones set above.
    etag: false,
    lastModified: false,
  })
    .on('error', (/** @type {SendError} */ error) => {
      sendFailed(site, request, response, found, error).catch((failure) => failed(request, response, failure));
    })
    .pipe(response);
}

/**
 * 404: the file went away since it was found (a rebuild); 412 and 416: preconditions and ranges; 500: a read failed.
 * @param {Site} site @param {Request} request @param {Response} response @param {Found} found @param {SendError} error
 */
async function sendFailed(site, request, response, found, error) {
  if (response.headersSent) return response.destroy();
  if (error.status === 404) return notFound(site, request, response, found.sitePath);
  return reply(request, response, error.status ?? 500, error.headers);
}

/**
 * @param {Request} request @param {Response} response @param {number} status 200 or 404
 * @param {Variant} variant
 */
function sendVariant(request, response, status, variant) {
  response.setHeader('Content-Type', variant.type);
  if (variant.encoding !== 'identity') response.setHeader('Content-Encoding', variant.encoding);
  if (status === 200) {
    response.setHeader('ETag', variant.etag);
    response.setHeader('Last-Modified', variant.lastModified);
    if (fresh(request.headers, { etag: variant.etag, 'last-modified': variant.lastModified })) {
      response.removeHeader('Content-Type');
      response.removeHeader('Content-Encoding');
      response.writeHead(304).end();
      return;
    }
  }
  response.writeHead(status, { 'Content-Length': variant.body.length });
  response.end(request.method === 'HEAD' ? undefined : variant.body);
}

/**
 * @param {Site} site @param {Request} request @param {Response} response
 * @param {string} sitePath the normalised path that was asked for
 */
async function notFound(site, request, response, sitePath) {
  const page =
    (sitePath.startsWith('/zh/') && (await locate(site.root, '/zh/404.html'))) ||
    (await locate(site.root, '/404.html'));
  const variant = page && (await site.variants.get(page.file, page.stats, preferredEncoding(request)));
  if (!variant) return reply(request, response, 404);
  clearHeaders(response);
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Vary', 'Accept-Encoding');
  sendVariant(request, response, 404, variant);
}

/**
 * A short plain-text answer that is never cached (404, 405 and 308 may otherwise be cached by default).
 * @param {Request} request @param {Response} response @param {number} status
 * @param {Record<string, string>} [headers]
 */
function reply(request, response, status, headers = {}) {
  const body = `${status} ${STATUS_CODES[status] ?? ''}\n`;
  clearHeaders(response);
  response.writeHead(status, {
    ...headers,
    'Cache-Control': 'no-store',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Drops what was set for an answer that is not being given, keeping the site's headers. @param {Response} response */
function clearHeaders(response) {
  for (const name of response.getHeaderNames()) response.removeHeader(name);
  setSiteHeaders(response);
}

/** @param {Response} response */
function setSiteHeaders(response) {
  for (const [name, value] of Object.entries(SITE_HEADERS)) response.setHeader(name, value);
}

/** @param {Request} request @param {Response} response @param {unknown} error */
function failed(request, response, error) {
  console.error(
    `serve: ${request.method} ${request.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  if (response.headersSent) response.destroy();
  else reply(request, response, 500);
}
