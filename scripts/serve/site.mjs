// Answers requests for a static export the way a static host would. Text is answered from memory (variants.mjs);
// every other file, and every range, by `send` (the file-serving core of Express): ETag and Last-Modified with 304
// and 412, ranges, HEAD with Content-Length, MIME types, streaming. This module decides which file answers a URL and
// adds what send leaves to its caller:
// - GET and HEAD only: anything else is 405 with Allow;
// - a directory's URL ends with "/": "/principles?x" is redirected (308) to "/principles/?x" (target.mjs builds the
//   Location, which stays on this site); so is any other spelling of a path, such as "/a//b" or "/a/../b";
// - every path is resolved with realpath and must stay inside the served folder, so no symlink leads out of it;
//   dotfiles are never served;
// - a missing page gets 404.html (zh/404.html under /zh/ when there is one), status 404, never cached;
// - text is brotli- or gzip-compressed when accepted, with Content-Length;
// - fingerprinted files under /_next/static/ are cached for a year (immutable); everything else revalidates;
// - every answer carries X-Content-Type-Options: nosniff, and an unexpected error answers 500: the server goes on.
import { STATUS_CODES } from 'node:http';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import fresh from 'fresh';
import send from 'send';
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
  response.setHeader('X-Content-Type-Options', 'nosniff');
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return reply(request, response, 405, { Allow: 'GET, HEAD' });
  const target = parseTarget(request.url);
  if (!target) return reply(request, response, 400);
  const found = await locate(site.root, target.path);
  if (!found) return notFound(site, request, response, target.path);
  if (found.sitePath !== target.requested) {
    return reply(request, response, 308, { Location: locationOf(found.sitePath, target.query) });
  }
  return serveFile(site, request, response, found);
}

/**
 * The file that answers a normalised path: the file itself, or a directory's index.html (its sitePath then ends
 * with "/"). Undefined when there is none inside the served folder.
 * @param {string} root @param {string} sitePath
 * @returns {Promise<Found | undefined>}
 */
async function locate(root, sitePath) {
  if (sitePath.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  const file = await realpathInside(root, path.join(root, sitePath));
  const stats = file && (await stat(file).catch(missingAsUndefined));
  if (!file || !stats) return undefined;
  if (stats.isFile()) return { file, stats, sitePath };
  if (!stats.isDirectory()) return undefined;
  const directory = sitePath.endsWith('/') ? sitePath : `${sitePath}/`;
  const index = await locate(root, `${directory}index.html`);
  return index && { ...index, sitePath: directory };
}

/**
 * @param {string} root @param {string} candidate
 * @returns {Promise<string | undefined>} the real path of `candidate` (every symlink resolved) when it is inside the
 *   real served folder; the folder is resolved on every request, as a rebuild may replace it
 */
async function realpathInside(root, candidate) {
  const real = await Promise.all([realpath(root), realpath(candidate)]).catch(missingAsUndefined);
  if (!real) return undefined;
  const [realRoot, realCandidate] = real;
  return realCandidate === realRoot || realCandidate.startsWith(realRoot + path.sep) ? realCandidate : undefined;
}

/** @param {unknown} error @returns {undefined} */
function missingAsUndefined(error) {
  if (error instanceof Error && 'code' in error && MISSING.has(String(error.code))) return undefined;
  throw error;
}

/** @param {Site} site @param {Request} request @param {Response} response @param {Found} found */
async function serveFile(site, request, response, found) {
  response.setHeader('Cache-Control', found.sitePath.startsWith('/_next/static/') ? IMMUTABLE : 'no-cache');
  const held = isHeld(found.file, found.stats);
  if (held) response.setHeader('Vary', 'Accept-Encoding');
  // A range is of the plain bytes, and send answers it; so it does a file not held (or changed since it was found).
  const variant =
    held && !request.headers.range && (await site.variants.get(found.file, found.stats, preferredEncoding(request)));
  if (variant) return sendVariant(request, response, 200, variant);
  // send decodes the path it is given: hand it the real file's name, encoded, inside its real folder.
  send(request, encodeURIComponent(path.basename(found.file)), {
    root: path.dirname(found.file),
    index: false,
    dotfiles: 'allow',
    cacheControl: false,
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

/** Drops what was set for an answer that is not being given, keeping nosniff. @param {Response} response */
function clearHeaders(response) {
  for (const name of response.getHeaderNames()) response.removeHeader(name);
  response.setHeader('X-Content-Type-Options', 'nosniff');
}

/** @param {Request} request @param {Response} response @param {unknown} error */
function failed(request, response, error) {
  console.error(
    `serve: ${request.method} ${request.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  if (response.headersSent) response.destroy();
  else reply(request, response, 500);
}
