/**
 * One ETag per representation, strong, and the same whichever way the file is answered (from memory, streamed, as a
 * range): If-Range, If-Match and If-Unmodified-Since are judged against the validators a plain GET of the same
 * representation sends, for text held in memory and for files streamed alike (issue 15).
 */
import { describe, expect, it } from 'vitest';
import { request, serveFixture } from './harness';

const served = serveFixture();

const get = (target: string, headers: Record<string, string> = {}, method = 'GET') =>
  request(served.server.port, target, { method, headers });
const file = (sitePath: string) => served.fixture.files.get(sitePath) ?? Buffer.alloc(0);

/** Text answered from memory, a binary file streamed, and a page found as a directory's index.html. */
/** Without and with a range. */
const RANGES: Record<string, string>[] = [{}, { Range: 'bytes=0-3' }];

const TARGETS = [
  ['/style.css', '/style.css'],
  ['/logo.png', '/logo.png'],
  ['/principles/', '/principles/index.html'],
] as const;

describe('validators', () => {
  it.each(TARGETS)('%s has one strong ETag for GET, HEAD and ranges', async (target) => {
    const plain = await get(target);
    const etag = plain.headers.etag ?? '';
    expect(etag).toMatch(/^"[^"]+"$/);
    expect((await get(target, {}, 'HEAD')).headers.etag).toBe(etag);
    const range = await get(target, { Range: 'bytes=0-3' });
    expect([range.status, range.headers.etag]).toEqual([206, etag]);
    expect((await get(target, { Range: 'bytes=0-3' }, 'HEAD')).headers.etag).toBe(etag);
  });

  it.each(TARGETS)(
    '%s answers If-Range with its ETag or Last-Modified by the range, anything else by the whole file',
    async (target, sitePath) => {
      const { etag = '', 'last-modified': lastModified = '' } = (await get(target)).headers;
      for (const validator of [etag, lastModified]) {
        const range = await get(target, { Range: 'bytes=0-3', 'If-Range': validator });
        expect([range.status, range.body], validator).toEqual([206, file(sitePath).subarray(0, 4)]);
      }
      for (const validator of ['"other"', `W/${etag}`, 'Thu, 01 Jan 1970 00:00:00 GMT']) {
        const whole = await get(target, { Range: 'bytes=0-3', 'If-Range': validator });
        expect([whole.status, whole.headers.etag, whole.body], validator).toEqual([200, etag, file(sitePath)]);
      }
    },
  );

  it.each(TARGETS)('%s honours If-Match, with and without a range', async (target, sitePath) => {
    const { etag = '' } = (await get(target)).headers;
    for (const match of [etag, '*', `"other", ${etag}`]) {
      const whole = await get(target, { 'If-Match': match });
      expect([whole.status, whole.body], match).toEqual([200, file(sitePath)]);
      expect((await get(target, { 'If-Match': match, Range: 'bytes=0-3' })).status, match).toBe(206);
    }
    // A weak tag never matches strongly; neither does another representation's.
    for (const match of ['"x"', `W/${etag}`]) {
      for (const headers of RANGES) {
        expect((await get(target, { ...headers, 'If-Match': match })).status, match).toBe(412);
      }
      expect((await get(target, { 'If-Match': match }, 'HEAD')).status, `HEAD ${match}`).toBe(412);
    }
  });

  it.each(TARGETS)('%s honours If-Unmodified-Since, with and without a range', async (target) => {
    const { 'last-modified': lastModified = '' } = (await get(target)).headers;
    const later = new Date(Date.parse(lastModified) + 60_000).toUTCString();
    for (const since of [lastModified, later]) {
      expect((await get(target, { 'If-Unmodified-Since': since })).status, since).toBe(200);
      expect((await get(target, { 'If-Unmodified-Since': since, Range: 'bytes=0-3' })).status, since).toBe(206);
    }
    for (const headers of RANGES) {
      expect((await get(target, { ...headers, 'If-Unmodified-Since': 'Thu, 01 Jan 1970 00:00:00 GMT' })).status).toBe(
        412,
      );
    }
  });

  it('gives a compressed representation its own strong ETag, which its preconditions use', async () => {
    const plain = (await get('/style.css')).headers.etag ?? '';
    for (const encoding of ['gzip', 'br']) {
      const compressed = await get('/style.css', { 'Accept-Encoding': encoding });
      const etag = compressed.headers.etag ?? '';
      expect(etag, encoding).toMatch(/^"[^"]+"$/);
      expect(etag, encoding).not.toBe(plain);
      expect((await get('/style.css', { 'Accept-Encoding': encoding, 'If-Match': etag })).status, encoding).toBe(200);
      expect((await get('/style.css', { 'Accept-Encoding': encoding, 'If-Match': '"x"' })).status, encoding).toBe(412);
    }
  });
});
