// Text files (up to 64 MiB) answered from memory, as they are or compressed with brotli or gzip. Each body is tied to
// the exact version of the file it was made from (device, inode, size, mtime, ctime): the file is stat'ed on every
// request and read through one descriptor that is fstat'ed before and after the read, so a body is served only for
// the version it was made from, and a rebuild of the folder while serving never answers with old bytes. Bodies are
// whole, so GET and HEAD both carry their Content-Length. Compressing on first request keeps the build untouched;
// brotli at quality 6, since quality 11 makes a first request wait far longer for few bytes fewer. Plain bodies come
// from memory too: under load that answers more requests/s than streaming each file with send (the bench's server
// part, bench/results.json). Large text is held too, as a static host serves its files compressed whatever their size:
// the browser bench's FlexSearch export at 1000× has JSON files of 32 MB, which a lower limit sent uncompressed.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import etag from 'etag';
import mime from 'mime-types';
import Negotiator from 'negotiator';

const TEXT = new Set(['.html', '.txt', '.js', '.css', '.json', '.svg', '.xml', '.webmanifest', '.map']);
/** Far above what one site needs (its text in three encodings); the oldest bodies go beyond it. */
const MAX_HELD_BYTES = 256 * 1024 * 1024;
/** Larger files are streamed as they are: one file's three encodings fit in what is held. */
const MAX_FILE_BYTES = MAX_HELD_BYTES / 4;
/** In order of preference when a request accepts several equally. */
const ENCODINGS = ['br', 'gzip', 'identity'];
/** Errors that mean the file went away between the lookup and the read (a rebuild): no body, not a failure. */
const GONE = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ELOOP']);

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
/** @type {Record<string, (raw: Buffer) => Promise<Buffer>>} */
const ENCODERS = {
  br: (raw) =>
    brotli(raw, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }),
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

/**
 * @param {string} file @param {import('node:fs').Stats} stats
 * @returns {boolean} whether the file is answered from memory, in the encoding the request prefers
 */
export const isHeld = (file, stats) => TEXT.has(path.extname(file)) && stats.size <= MAX_FILE_BYTES;

/**
 * Negotiator 1 breaks ties by `preferred`; its types (@types/negotiator, written for 0.6) lack that argument.
 * @type {(this: Negotiator, available: string[], options: { preferred: string[] }) => string | undefined}
 */
const encodingOf = Negotiator.prototype.encoding;

/**
 * @param {import('node:http').IncomingMessage} request
 * @returns {string} br or gzip as the request's Accept-Encoding prefers, else "identity" (also when it cannot be read)
 */
export function preferredEncoding(request) {
  return encodingOf.call(new Negotiator(request), ENCODINGS, { preferred: ENCODINGS }) ?? 'identity';
}

/** @param {import('node:fs').Stats} stats */
const versionOf = (stats) => `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;

/**
 * @returns {{ get(file: string, stats: import('node:fs').Stats, encoding: string): Promise<Variant | undefined> }}
 *   `get` answers the body of `file` as it was when `stats` was taken, or undefined if the file has changed since
 */
export function createVariants() {
  /** @type {Map<string, { version: string, size: number, variant: Promise<Variant | undefined> }>} */
  const bodies = new Map();
  let heldBytes = 0;
  /** @param {string} key */
  const drop = (key) => {
    heldBytes -= bodies.get(key)?.size ?? 0;
    bodies.delete(key);
  };
  return {
    get(file, stats, encoding) {
      const key = `${encoding}:${file}`;
      const version = versionOf(stats);
      const held = bodies.get(key);
      if (held?.version === version) return held.variant;
      // Concurrent requests for the same new version share one read and one compression.
      const variant = makeVariant(file, version, encoding);
      drop(key);
      // Counted at the file's size, which no body made from it exceeds by much.
      bodies.set(key, { version, size: stats.size, variant });
      heldBytes += stats.size;
      for (const oldest of bodies.keys()) {
        if (heldBytes <= MAX_HELD_BYTES || oldest === key) break;
        drop(oldest);
      }
      const forget = () => bodies.get(key)?.variant === variant && drop(key);
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
