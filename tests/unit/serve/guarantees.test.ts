/**
 * What scripts/serve.mjs guarantees, one test each, against the real script over a fixture folder. Each of these
 * failed against the hand-written server it replaced (issue 11).
 */
import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createFixture, rawRequest, request, startServer, serveFixture } from './harness';

const served = serveFixture();

const get = (target: string, headers: Record<string, string> = {}, method = 'GET') =>
  request(served.server.port, target, { method, headers });
const file = (sitePath: string) => served.fixture.files.get(sitePath) ?? Buffer.alloc(0);

describe('the local server', () => {
  it('serves directory URLs from index.html, redirects to the trailing slash and serves /index.html itself', async () => {
    expect((await get('/principles/')).body).toEqual(file('/principles/index.html'));
    const redirect = await get('/principles');
    expect([redirect.status, redirect.headers.location]).toEqual([308, '/principles/']);
    const index = await get('/index.html');
    expect([index.status, index.headers.location]).toEqual([200, undefined]);
    expect(index.body).toEqual(file('/index.html'));
  });

  it('survives the requests that killed the old server, and answers a character above U+00FF or CR/LF encoded', async () => {
    for (const target of ['/%E4%B8%AD%2F..%2Fsearch', '/%0d%0aX:%2F..%2Fsearch']) {
      const answer = await get(target);
      expect(answer.status, target).toBeLessThan(500);
      expect(answer.headers.location ?? '/search/', target).toMatch(/^\/[\x21-\x7e]*$/);
    }
    const chinese = await get('/%E4%B8%AD%E6%96%87?x=%E4%B8%AD');
    expect([chinese.status, chinese.headers.location]).toEqual([308, '/%E4%B8%AD%E6%96%87/?x=%E4%B8%AD']);
    expect((await get('/')).status).toBe(200);
    expect(served.server.exitCode()).toBeNull();
  });

  it('never redirects off the site, keeps the query and percent-encodes the Location', async () => {
    const encodedHost = await get('/%2Fevil.com%2F..%2Fsearch');
    expect([encodedHost.status, encodedHost.headers.location]).toEqual([308, '/search/']);
    const backslash = await rawRequest(
      served.server.port,
      Buffer.from('GET /\\evil.com/../search?a=b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
    );
    expect(backslash.responses[0]?.headers.location).toBe('/search/?a=b');
    const query = await get('/search?q=abc&lang=zh');
    expect([query.status, query.headers.location]).toEqual([308, '/search/?q=abc&lang=zh']);
    const quoted = await rawRequest(
      served.server.port,
      Buffer.from('GET /search?q="<x>"%0d%0a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
    );
    expect(quoted.responses[0]?.headers.location).toBe('/search/?q=%22%3Cx%3E%22%0d%0a');
    const absolute = await rawRequest(
      served.server.port,
      Buffer.from('GET http://evil.com/search HTTP/1.1\r\nHost: evil.com\r\nConnection: close\r\n\r\n'),
    );
    expect([absolute.responses[0]?.status, absolute.responses[0]?.headers.location]).toEqual([400, undefined]);
  });

  it('answers a missing page with 404.html, or zh/404.html under /zh/, with status 404', async () => {
    const missing = await get('/no/such/page/');
    expect([missing.status, missing.body]).toEqual([404, file('/404.html')]);
    const chinese = await get('/zh/no-such-page/');
    expect([chinese.status, chinese.body]).toEqual([404, file('/zh/404.html')]);
  });

  it('falls back to 404.html under /zh/ when there is no zh/404.html', async () => {
    const withoutZh = createFixture({ zh404: false });
    const other = await startServer(withoutZh.site);
    try {
      const missing = await request(other.port, '/zh/no-such-page/');
      expect([missing.status, missing.body]).toEqual([404, withoutZh.files.get('/404.html')]);
    } finally {
      await other.stop();
      withoutZh.remove();
    }
  });

  it('never caches a 404, caches fingerprinted files for a year and has HTML revalidate', async () => {
    for (const target of ['/_next/static/chunks/missing.js', '/missing.html']) {
      const missing = await get(target);
      expect(missing.status, target).toBe(404);
      expect(missing.headers['cache-control'], target).not.toMatch(/max-age|immutable/);
    }
    expect((await get('/_next/static/chunks/app-3f9a2c1d.js')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get('/')).headers['cache-control']).toBe('no-cache');
  });

  it('answers GET and HEAD only: 405 with Allow for anything else', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND']) {
      const answer = await get('/', {}, method);
      expect([answer.status, answer.headers.allow], method).toEqual([405, 'GET, HEAD']);
    }
    const connect = await rawRequest(
      served.server.port,
      Buffer.from('CONNECT evil.com:443 HTTP/1.1\r\nHost: evil.com:443\r\n\r\n'),
    );
    expect(connect.responses[0]?.status).toBe(405);
  });

  it('sends validators and answers 304 to If-None-Match and If-Modified-Since, compressed or not, and ranges', async () => {
    for (const encoding of ['identity', 'gzip', 'br']) {
      const first = await get('/style.css', { 'Accept-Encoding': encoding });
      const { etag, 'last-modified': lastModified } = first.headers;
      expect(etag, encoding).toBeTruthy();
      expect(lastModified, encoding).toBeTruthy();
      expect(
        (await get('/style.css', { 'Accept-Encoding': encoding, 'If-None-Match': etag ?? '' })).status,
        encoding,
      ).toBe(304);
      expect(
        (await get('/style.css', { 'Accept-Encoding': encoding, 'If-Modified-Since': lastModified ?? '' })).status,
        encoding,
      ).toBe(304);
    }
    const range = await get('/style.css', { 'Accept-Encoding': 'br', Range: 'bytes=0-9' });
    expect([range.status, range.headers['content-encoding'], range.body]).toEqual([
      206,
      undefined,
      file('/style.css').subarray(0, 10),
    ]);
  });

  it('sends on HEAD the Content-Length GET sends, for each encoding, and nosniff on every answer', async () => {
    for (const target of ['/', '/style.css', '/logo.png', '/principles', '/missing/']) {
      for (const encoding of ['identity', 'gzip', 'br']) {
        const full = await get(target, { 'Accept-Encoding': encoding });
        const head = await get(target, { 'Accept-Encoding': encoding }, 'HEAD');
        expect(head.headers['content-length'], `${target} ${encoding}`).toBe(String(full.body.length));
        expect(head.body.length).toBe(0);
        expect([full.headers['x-content-type-options'], head.headers['x-content-type-options']]).toEqual([
          'nosniff',
          'nosniff',
        ]);
      }
    }
    expect((await get('/', {}, 'POST')).headers['x-content-type-options']).toBe('nosniff');
  });

  it('compresses text with brotli and gzip (Vary: Accept-Encoding), and a rewritten file never gets its old bytes', async () => {
    const decode = { br: brotliDecompressSync, gzip: gunzipSync };
    for (const encoding of ['br', 'gzip'] as const) {
      const answer = await get('/style.css', { 'Accept-Encoding': `${encoding}, identity;q=0.5` });
      expect([answer.headers['content-encoding'], answer.headers.vary]).toEqual([encoding, 'Accept-Encoding']);
      expect(decode[encoding](answer.body)).toEqual(file('/style.css'));
    }
    expect((await get('/logo.png', { 'Accept-Encoding': 'br' })).headers['content-encoding']).toBeUndefined();
    const stylesheet = path.join(served.fixture.site, 'style.css');
    for (const version of ['a { color: red; }', 'b { color: red; }', 'a longer rebuilt stylesheet { color: blue; }']) {
      writeFileSync(stylesheet, version);
      for (const encoding of ['br', 'gzip'] as const) {
        const answer = await get('/style.css', { 'Accept-Encoding': encoding });
        expect(decode[encoding](answer.body).toString(), `${encoding} after rewrite`).toBe(version);
      }
      // A rebuild that replaces the file by a rename.
      writeFileSync(`${stylesheet}.new`, `${version} /* renamed */`);
      renameSync(`${stylesheet}.new`, stylesheet);
      expect(brotliDecompressSync((await get('/style.css', { 'Accept-Encoding': 'br' })).body).toString()).toBe(
        `${version} /* renamed */`,
      );
    }
  });

  it('compresses large text as it does small (an index file of 6 MiB), with its Content-Length', async () => {
    const large = JSON.stringify(Array.from({ length: 160_000 }, (_, n) => ({ id: n, text: `passage ${n * 7919}` })));
    expect(large.length).toBeGreaterThan(6 * 1024 * 1024);
    writeFileSync(path.join(served.fixture.site, 'large.json'), large);
    const decode = { br: brotliDecompressSync, gzip: gunzipSync };
    for (const encoding of ['br', 'gzip'] as const) {
      const answer = await get('/large.json', { 'Accept-Encoding': encoding });
      expect(answer.headers['content-encoding']).toBe(encoding);
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
      expect(answer.body.length).toBeLessThan(large.length / 4);
      expect(decode[encoding](answer.body).toString()).toBe(large);
    }
  });

  it('never follows a symlink out of the served folder, and serves no dotfile', async () => {
    for (const target of ['/leak.txt', '/leak/secret.txt', '/leak/', '/leak', '/zh/leak.txt', '/.hidden']) {
      const answer = await get(target);
      expect(answer.status, target).toBe(404);
      expect(answer.body.toString(), target).not.toMatch(/OUTSIDE|dotfile/);
    }
  });

  it('serves no dotfile through a symlink inside the folder: the rule applies to the resolved path', async () => {
    const site = served.fixture.site;
    mkdirSync(path.join(site, '.private'));
    writeFileSync(path.join(site, '.private', 'notes.txt'), 'PRIVATE: a dotfolder, never served.\n');
    symlinkSync('.hidden', path.join(site, 'hidden-link.txt'));
    symlinkSync('.private', path.join(site, 'private'));
    symlinkSync('../.private/notes.txt', path.join(site, 'zh', 'notes.txt'));
    for (const target of ['/hidden-link.txt', '/private/notes.txt', '/zh/notes.txt']) {
      const answer = await get(target);
      expect(answer.status, target).toBe(404);
      expect(answer.body.toString(), target).not.toMatch(/PRIVATE|dotfile/);
    }
  });

  it('forbids framing on every answer, beside nosniff', async () => {
    const answers = [
      await get('/'),
      await get('/style.css', { 'Accept-Encoding': 'br' }),
      await get('/logo.png', { Range: 'bytes=0-1' }),
      await get('/missing/'),
      await get('/principles'),
      await get('/', {}, 'POST'),
      await get('/', {}, 'HEAD'),
    ];
    for (const answer of answers) {
      expect([answer.headers['content-security-policy'], answer.headers['x-content-type-options']]).toEqual([
        "frame-ancestors 'none'",
        'nosniff',
      ]);
    }
  });
});
