// Response bodies held in memory: brotli and gzip copies of text files, and the 404 pages. Each is tied to the exact
// version of the file it was made from (device, inode, size, mtime, ctime): the file is stat'ed on every request and
// read through one descriptor that is fstat'ed before and after the read, so a body is served only for the version
// it was made from, and a rebuild of the folder while serving never answers with old bytes. Bodies are whole, so GET
// and HEAD both carry their Content-Length. Compressing on first request keeps the build untouched; brotli quality 6
// takes a few ms a file here, where quality 11 took 0.2–0.4 s for about 10% fewer bytes.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import etag from 'etag';
import mime from 'mime-types';
import Negotiator from 'negotiator';

const COMPRESSIBLE = new Set(['.html', '.txt', '.js', '.css', '.json', '.svg', '.xml', '.webmanifest', '.map']);
/** In order of preference when a request accepts several equally. */
const ENCODINGS = ['br', 'gzip', 'identity'];
/** Far above what one site needs (two encodings of each text file); bounds memory if a folder holds many more. */
const MAX_BODIES = 2000;
/** Errors that mean the file went away between the lookup and the read (a rebuild): no body, not a failure. */
const GONE = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ELOOP']);

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
/** @type {Record<string, (raw: Buffer) => Promise<Buffer>>} */
const ENCODERS = {
  br: (raw) =>
    brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
  gzip: (raw) => gzip(raw, { level: 9 }),
  identity: async (raw) => raw,
};

/**
 * @typedef {object} Variant
 * @property {Buffer} body
 * @property {string} encoding "br", "gzip" or "identity"
 * @property {string} etag strong, from the body's bytes
 * @property {string} lastModified the file's mtime as an HTTP date
 * @property {string} type Content-Type
 */

/** @param {string} file */
export const isCompressible = (file) => COMPRESSIBLE.has(path.extname(file));

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {string} file
 * @returns {string} the encoding to answer with: "identity" for files not worth compressing, and when the request's
 *   Accept-Encoding accepts neither br nor gzip (or cannot be read)
 */
export function preferredEncoding(request, file) {
  if (!isCompressible(file)) return 'identity';
  return new Negotiator(request).encoding(ENCODINGS, { preferred: ENCODINGS }) ?? 'identity';
}

/** @param {import('node:fs').Stats} stats */
const versionOf = (stats) => `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;

/**
 * @returns {{ get(file: string, stats: import('node:fs').Stats, encoding: string): Promise<Variant | undefined> }}
 *   `get` answers the body of `file` as it was when `stats` was taken, or undefined if the file has changed since
 */
export function createVariants() {
  /** @type {Map<string, { version: string, variant: Promise<Variant | undefined> }>} */
  const bodies = new Map();
  return {
    get(file, stats, encoding) {
      const key = `${encoding}:${file}`;
      const version = versionOf(stats);
      const held = bodies.get(key);
      if (held?.version === version) return held.variant;
      // Concurrent requests for the same new version share one read and one compression.
      const variant = makeVariant(file, version, encoding);
      bodies.delete(key);
      bodies.set(key, { version, variant });
      if (bodies.size > MAX_BODIES) bodies.delete(bodies.keys().next().value);
      const forget = () => bodies.get(key)?.variant === variant && bodies.delete(key);
      variant.then((made) => made ?? forget(), forget);
      return variant;
    },
  };
}

/**
 * @param {string} file
 * @param {string} version
 * @param {string} encoding
 * @returns {Promise<Variant | undefined>}
 */
async function makeVariant(file, version, encoding) {
  let handle;
  try {
    handle = await open(file);
    if (versionOf(await handle.stat()) !== version) return undefined;
    const raw = await handle.readFile();
    const stats = await handle.stat();
    if (versionOf(stats) !== version) return undefined;
    const body = await ENCODERS[encoding](raw);
    const type = mime.contentType(path.extname(file)) || 'application/octet-stream';
    return { body, encoding, etag: etag(body), lastModified: stats.mtime.toUTCString(), type };
  } catch (error) {
    if (error instanceof Error && 'code' in error && GONE.has(String(error.code))) return undefined;
    throw error;
  } finally {
    await handle?.close();
  }
}
