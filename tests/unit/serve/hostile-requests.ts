/**
 * Hostile requests, generated from a seed (the same seed gives the same bytes): the fixture's real URLs (harness.ts),
 * paths built from traversal, encoding and injection pieces and real names, odd targets, methods and versions, bad
 * Range, validators and Accept-Encoding, bodies, smuggling-shaped and oversized headers, pipelining. Written as raw
 * bytes, as most of them cannot be sent with fetch or node:http.
 */

/** A string whose characters are bytes: raw UTF-8 and control bytes in a request line or header. */
const bytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

/** Path segments that decode: traversal spelled every way, injection, hosts, and the fixture's real names. */
const SEGMENTS = [
  '',
  '.',
  '..',
  '...',
  '%2e',
  '%2e%2e',
  '%2E%2E',
  '%252e%252e',
  '..%2f',
  '..%5c',
  '%2e%2e%2f',
  '..\\',
  '%ef%bc%8f',
  '%00',
  'a%00.html',
  '%0d%0a',
  '%0d%0aSet-Cookie:%20x=1',
  '%0a',
  '%09',
  '%20',
  '%2f',
  '%2F%2F',
  '%5c',
  '\\',
  '%E4%B8%AD',
  ';',
  '~',
  '$',
  "'",
  '%22',
  '%3Cscript%3E',
  '%7Bx%7D',
  'evil.com',
  '@evil.com',
  'evil.com:80',
  'http:',
  'https:%2F%2Fevil.com',
  'javascript:alert(1)',
  'principles',
  'search',
  'zh',
  '%E4%B8%AD%E6%96%87',
  'index.html',
  'index.html%00.txt',
  '404.html',
  '_next',
  'static',
  'chunks',
  'app-3f9a2c1d.js',
  'style.css',
  'logo.png',
  '.hidden',
  '.git',
  'leak.txt',
  'leak',
  'secret.txt',
  'outside',
  'site-sibling',
  '..%2f..%2foutside%2fsecret.txt',
  '..%2fsite-sibling%2fsecret.txt',
  '%2e%2e%2fsite-sibling',
  'etc',
  'passwd',
  '%2fetc%2fpasswd',
];
/** Segments that do not decode (bad or overlong UTF-8, a lone surrogate) or are bytes a request line may not hold. */
const BROKEN_SEGMENTS = [
  '%',
  '%zz',
  '%e4%b8',
  '%ED%A0%80',
  '%ff',
  '%c0%ae%c0%ae',
  '%c0%af',
  '%e0%80%ae',
  '%c1%9c',
  bytes('中'),
  '\x7f',
  '\x01',
  '"',
  '<script>',
  '{x}',
  '|',
  '^',
  '`',
];
const SEPARATORS = ['/', '/', '/', '/', '//', '%2f', '%2F', '\\', '%5c', '/./', '/../'];
const QUERIES = [
  '',
  '',
  '',
  '?q=abc',
  '?q=%0d%0aX:1',
  '?//evil.com',
  '?a="<b>"',
  '?%',
  `?q=${bytes('中')}`,
  '#frag',
  '?a=b#c',
  '??',
  '?\\',
];
/** The fixture's real URLs, so that ranges, validators and encodings meet files that exist. */
const REAL_TARGETS = [
  '/',
  '/index.html',
  '/style.css',
  '/logo.png',
  '/_next/static/chunks/app-3f9a2c1d.js',
  '/principles/',
  '/principles',
  '/zh/',
  '/zh',
  '/%E4%B8%AD%E6%96%87/',
  '/%E4%B8%AD%E6%96%87',
  '/404.html',
  '/zh/404.html',
  '/search?q=abc',
  '/search/',
];
const ODD_TARGETS = [
  '*',
  'http://evil.com/search',
  'https://evil.com:443/leak.txt',
  '//evil.com/search',
  '//evil.com/%2e%2e/search',
  'evil.com:443',
  '',
  'search',
  'http://127.0.0.1/../outside/secret.txt',
  'http://[::1]/',
  'file:///etc/passwd',
];
const METHODS = [
  'POST',
  'PUT',
  'DELETE',
  'OPTIONS',
  'PATCH',
  'TRACE',
  'CONNECT',
  'PROPFIND',
  'MKCOL',
  'LOCK',
  'SEARCH',
  'PURGE',
  'QUERY',
  'get',
  'FOO',
  'G ET',
  '',
  'GET'.repeat(100),
  'HEAD ',
];
const VERSIONS = ['HTTP/1.0', 'HTTP/2.0', 'HTTP/0.9', 'HTTP/1.1x', '', 'HTTP/9.9', 'http/1.1', 'HTTP/1.1 extra'];

interface HeaderCase {
  lines: string[];
  body?: string;
}
const header = (...lines: string[]): HeaderCase => ({ lines });
const HEADERS: HeaderCase[] = [
  ...[
    'bytes=0-0',
    'bytes=-1',
    'bytes=5-1',
    'bytes=0-1,3-4,7-9',
    'bytes=99999999999999999999-',
    'bytes=abc',
    'items=0-1',
    'bytes=-',
    `bytes=0-0,${'1-1,'.repeat(500)}`,
    'bytes=1e3-',
    'bytes=-99999999',
    'bytes=0-0x10',
  ].map((value) => header(`Range: ${value}`)),
  ...['*', '"x"', 'W/"x"', ',,,', '"a", "b", W/"c"', 'garbage "unterminated', `"${'x'.repeat(4000)}"`, 'W/', '""'].map(
    (value) => header(`If-None-Match: ${value}`),
  ),
  ...[
    'garbage',
    'Thu, 01 Jan 1970 00:00:00 GMT',
    'Fri, 31 Dec 9999 23:59:59 GMT',
    '0',
    '-1',
    'Sat, 99 Foo 2000 99:99:99 GMT',
  ].map((value) => header(`If-Modified-Since: ${value}`)),
  header('If-Match: *'),
  header('If-Match: "nope"'),
  header('If-Unmodified-Since: Thu, 01 Jan 1970 00:00:00 GMT'),
  header('If-Range: "x"', 'Range: bytes=0-3'),
  header('If-Range: Thu, 01 Jan 1970 00:00:00 GMT', 'Range: bytes=0-3'),
  ...[
    'br',
    'gzip',
    'br;q=0, gzip;q=0',
    '*;q=0',
    'identity;q=0',
    'gzip;q=abc',
    'gzip;q=1e309',
    ',,,;;;',
    'x'.repeat(6000),
    'deflate',
    'zstd',
    'br, gzip, *',
    'gzip;q=-1',
    'br;q=0.5;q=1',
  ].map((value) => header(`Accept-Encoding: ${value}`)),
  header('Accept: application/json'),
  { lines: ['Transfer-Encoding: chunked'], body: '5\r\nhello\r\n0\r\n\r\n' },
  { lines: ['Content-Length: 5'], body: 'hello' },
  { lines: ['Content-Length: 10'], body: 'short' },
  { lines: ['Content-Length: 5', 'Transfer-Encoding: chunked'], body: '0\r\n\r\n' },
  header('Content-Length: -1'),
  header('Content-Length: abc'),
  header('Expect: 100-continue'),
  header('Expect: something-else'),
  header('Connection: Upgrade', 'Upgrade: websocket'),
  header('X-Forwarded-Host: evil.com'),
  header('X-Original-URL: /leak.txt'),
  header('X-Rewrite-URL: /leak/secret.txt'),
  header('Host: evil.com'),
  header('X: a\x00b'),
  header('X: a\rb'),
  header('X: \x7f'),
  header(`X: ${bytes('中文')}`),
  header('X : spaced name'),
  header('X: a', ' folded'),
  header(`Cookie: ${'x'.repeat(20_000)}`),
  header(...Array.from({ length: 150 }, (_, index) => `X-${index}: v`)),
];

export interface HostileRequest {
  label: string;
  bytes: Buffer;
  /** Whether its responses are to HEAD requests (no body). */
  head: boolean;
}

/** mulberry32: a small seeded PRNG, so a failing case can be generated again. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export function hostileRequests(count: number, seed: number): HostileRequest[] {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const path = () => {
    const kind = random();
    if (kind < 0.1) return pick(ODD_TARGETS);
    if (kind < 0.35) return pick(REAL_TARGETS);
    const parts = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
      pick(random() < 0.06 ? BROKEN_SEGMENTS : SEGMENTS),
    );
    let target = `/${parts.map((part, index) => (index === 0 ? part : pick(SEPARATORS) + part)).join('')}`;
    if (random() < 0.3) target += '/';
    if (random() < 0.04) target += pick(SEGMENTS).repeat(Math.floor(8000 + random() * 24_000));
    return target + pick(QUERIES);
  };
  const method = () => (random() < 0.55 ? 'GET' : random() < 0.4 ? 'HEAD' : pick(METHODS));
  const one = (verb: string, close: boolean) => {
    const version = random() < 0.88 ? 'HTTP/1.1' : pick(VERSIONS);
    const headers = Array.from({ length: Math.floor(random() * 4) }, () => pick(HEADERS));
    const lines = [
      ...(random() < 0.95 ? ['Host: localhost'] : []),
      ...headers.flatMap((chosen) => chosen.lines),
      ...(close ? ['Connection: close'] : []),
    ];
    const body = headers.map((chosen) => chosen.body ?? '').join('');
    return `${verb} ${path()}${version ? ` ${version}` : ''}\r\n${lines.map((line) => `${line}\r\n`).join('')}\r\n${body}`;
  };
  return Array.from({ length: count }, (_, index) => {
    const verb = method();
    // One in twenty is two requests with the same method pipelined on one connection.
    const text = random() < 0.05 ? one(verb, false) + one(verb, true) : one(verb, true);
    return {
      label: `#${index} ${JSON.stringify(text.slice(0, 160))}`,
      bytes: Buffer.from(text, 'latin1'),
      head: verb.trim() === 'HEAD',
    };
  });
}
