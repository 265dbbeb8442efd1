/**
 * Runs scripts/serve.mjs as `npm run serve` does (plain node, a folder, PORT) on a free loopback port over a fixture
 * folder, and talks to it: `request` for well-formed requests (node:http, no Accept-Encoding unless given, bytes as
 * sent), `rawRequest` for bytes that node:http and fetch refuse to send.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

const SERVE = path.join(process.cwd(), 'scripts', 'serve.mjs');

export interface Served {
  port: number;
  /** Exit code once the server has stopped, null while it runs. */
  exitCode(): number | null;
  stop(): Promise<void>;
}

export async function startServer(folder: string): Promise<Served> {
  const child: ChildProcess = spawn(process.execPath, [SERVE, folder], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (listening) resolve(Number(listening[1]));
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}) before listening:\n${output}`)));
  });
  return {
    port,
    exitCode: () => child.exitCode,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on('exit', () => resolve());
        child.kill();
      }),
  };
}

/** Serves a fresh fixture folder for the tests of one file: the folder and the server, once beforeAll has run. */
export function serveFixture(): { readonly fixture: Fixture; readonly server: Served } {
  let fixture: Fixture | undefined;
  let server: Served | undefined;
  beforeAll(async () => {
    fixture = createFixture();
    server = await startServer(fixture.site);
  });
  afterAll(async () => {
    await server?.stop();
    fixture?.remove();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the served fixture is only there once beforeAll has run');
    return value;
  };
  return {
    get fixture() {
      return started(fixture);
    },
    get server() {
      return started(server);
    },
  };
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export function request(
  port: number,
  target: string,
  options: { method?: string; headers?: http.OutgoingHttpHeaders } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request({
      host: '127.0.0.1',
      port,
      path: target,
      method: options.method ?? 'GET',
      headers: options.headers,
      agent: false,
    });
    outgoing.on('response', (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () =>
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** What came back on one connection: every response in order (interim 1xx left out), or none. */
export interface RawReply {
  responses: { status: number; headers: Record<string, string>; body: Buffer }[];
  /** Bytes after the last complete response (a response cut short). */
  rest: Buffer;
  error?: string;
}

/**
 * Sends bytes on a fresh connection and reads until the server closes it (or `timeoutMs`): the bytes must end in a
 * request with `Connection: close`, or one the server refuses. The connection is not half-closed, as Node's server
 * drops a request still being answered when its client half-closes.
 * @param headRequests whether the requests sent are HEAD (their responses have no body whatever Content-Length says)
 */
export function rawRequest(
  port: number,
  bytes: Buffer,
  options: { headRequests?: boolean; timeoutMs?: number } = {},
): Promise<RawReply> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let error: string | undefined;
    const timer = setTimeout(() => {
      error = 'timed out';
      socket.destroy();
    }, options.timeoutMs ?? 10_000);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (failure: NodeJS.ErrnoException) => (error ??= failure.code ?? failure.message));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ ...parseResponses(Buffer.concat(chunks), options.headRequests ?? false), error });
    });
    socket.write(bytes);
  });
}

function parseResponses(data: Buffer, headRequests: boolean): Omit<RawReply, 'error'> {
  const responses: RawReply['responses'] = [];
  let offset = 0;
  for (;;) {
    const headEnd = data.indexOf('\r\n\r\n', offset);
    if (headEnd === -1) break;
    const [statusLine, ...lines] = data.subarray(offset, headEnd).toString('latin1').split('\r\n');
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? NaN);
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim().toLowerCase();
      headers[name] =
        headers[name] === undefined
          ? line.slice(colon + 1).trim()
          : `${headers[name]}, ${line.slice(colon + 1).trim()}`;
    }
    const bodyStart = headEnd + 4;
    const bodyless = headRequests || status < 200 || status === 204 || status === 304;
    const body = bodyless
      ? { bytes: Buffer.alloc(0), end: bodyStart }
      : /chunked/i.test(headers['transfer-encoding'] ?? '')
        ? dechunk(data, bodyStart)
        : sized(data, bodyStart, Number(headers['content-length'] ?? data.length - bodyStart));
    if (!body) break;
    if (status >= 200 || Number.isNaN(status)) responses.push({ status, headers, body: body.bytes });
    offset = body.end;
  }
  return { responses, rest: data.subarray(offset) };
}

type Body = { bytes: Buffer; end: number } | undefined;

function sized(data: Buffer, start: number, length: number): Body {
  return start + length > data.length
    ? undefined
    : { bytes: data.subarray(start, start + length), end: start + length };
}

/** A chunked body (Node's own answers, such as its 400 to a request without Host, use it). */
function dechunk(data: Buffer, start: number): Body {
  const chunks: Buffer[] = [];
  for (let offset = start; ;) {
    const lineEnd = data.indexOf('\r\n', offset);
    if (lineEnd === -1) return undefined;
    const size = parseInt(data.subarray(offset, lineEnd).toString('latin1'), 16);
    if (Number.isNaN(size) || lineEnd + 2 + size + 2 > data.length) return undefined;
    if (size === 0) return { bytes: Buffer.concat(chunks), end: lineEnd + 4 };
    chunks.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
}

export interface Fixture {
  /** The folder served. */
  site: string;
  /** Every regular file inside the served folder, by its path there ("/zh/404.html"). */
  files: Map<string, Buffer>;
  remove(): void;
}

const SITE_FILES: Record<string, string | Buffer> = {
  'index.html': '<!doctype html><title>Home</title><p>The home page.</p>',
  '404.html': '<!doctype html><title>Not found</title><p>This page does not exist.</p>',
  'zh/index.html': '<!doctype html><title>首页</title><p>首页。</p>',
  'zh/404.html': '<!doctype html><title>未找到</title><p>此页面不存在。</p>',
  'principles/index.html': '<!doctype html><title>Principles</title>',
  'search/index.html': '<!doctype html><title>Search</title>',
  '中文/index.html': '<!doctype html><title>中文</title>',
  '_next/static/chunks/app-3f9a2c1d.js': `console.log(${JSON.stringify('fingerprinted script '.repeat(200))});\n`,
  'style.css': `body { color: black; }\n${'.x { margin: 0; }\n'.repeat(100)}`,
  'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 3, 255]),
  '.hidden': 'a dotfile: never served',
};

/**
 * A served folder `site/` beside folders it must never serve from: `outside/` (reached by symlinks placed inside
 * site/) and `site-sibling/` (whose name starts like the served folder's). Their files hold text found nowhere in
 * site/, so any byte of them in an answer shows.
 */
export function createFixture(options: { zh404?: boolean } = {}): Fixture {
  const root = mkdtempSync(path.join(tmpdir(), 'gaigi-serve-'));
  const site = path.join(root, 'site');
  const write = (file: string, content: string | Buffer) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  };
  for (const [name, content] of Object.entries(SITE_FILES)) {
    if (name !== 'zh/404.html' || options.zh404 !== false) write(path.join(site, name), content);
  }
  write(path.join(root, 'outside', 'secret.txt'), 'OUTSIDE: never to be served.\n');
  write(path.join(root, 'outside', 'index.html'), '<title>OUTSIDE: never to be served</title>');
  write(path.join(root, 'site-sibling', 'secret.txt'), 'SIBLING: never to be served.\n');
  symlinkSync(path.join(root, 'outside', 'secret.txt'), path.join(site, 'leak.txt'));
  symlinkSync(path.join(root, 'outside'), path.join(site, 'leak'));
  symlinkSync('../../outside/secret.txt', path.join(site, 'zh', 'leak.txt'));
  return { site, files: regularFiles(site), remove: () => rmSync(root, { recursive: true, force: true }) };
}

function regularFiles(site: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(`/${path.relative(site, file).split(path.sep).join('/')}`, readFileSync(file));
  }
  return files;
}
