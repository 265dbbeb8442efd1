/** A folder served on loopback by scripts/serve.mjs (brotli or gzip, as a static host), for the browser bench. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

export interface Served {
  origin: string;
  close(): void;
}

export async function serve(root: string, port: number): Promise<Served> {
  let closed = false;
  let server = await start(root, port);
  // Another checkout's clean-up may stop it: start it again, and the query being measured is measured again.
  const restartOnExit = () =>
    server.once('exit', () => {
      if (closed) return;
      console.warn(`scripts/serve.mjs on port ${port} stopped: starting it again`);
      void start(root, port).then((restarted) => {
        server = restarted;
        restartOnExit();
        return precompress(root, origin);
      });
    });
  const origin = `http://127.0.0.1:${port}`;
  restartOnExit();
  // A bench stopped by a signal exits without its finally blocks: its servers must not outlive it.
  const stop = () => {
    closed = true;
    server.kill();
  };
  process.once('exit', stop);
  await precompress(root, origin);
  return {
    origin,
    close: () => {
      process.off('exit', stop);
      stop();
    },
  };
}

async function start(root: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(process.cwd(), 'scripts', 'serve.mjs'), root], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.once('exit', (code) =>
      reject(new Error(`scripts/serve.mjs on port ${port} exited (${code}): is the port taken?`)),
    );
    server.stdout.once('data', () => resolve());
  });
  return server;
}

/** What Debian's Chromium sends (it asks for brotli on loopback too), so the warm-up makes the bodies it is served. */
const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

/**
 * Fetches every file once, so the server has compressed it before anything is timed: a static host serves compressed
 * files from its cache, and the first query should not pay for the bench server's compression. A file whose fetch
 * fails (the server stopped by another checkout's clean-up: the restart warms it again) is named, not fatal.
 */
async function precompress(root: string, origin: string) {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const urls = files.map(
    (entry) =>
      `${origin}/${path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).map(encodeURIComponent).join('/')}`,
  );
  const warm = (url: string) =>
    fetch(url, { headers: { 'Accept-Encoding': BROWSER_ACCEPT_ENCODING } })
      .then((response) => response.arrayBuffer())
      .catch((error: unknown) =>
        console.warn(`warming ${url} failed: ${error instanceof Error ? error.message : error}`),
      );
  for (let start = 0; start < urls.length; start += 16) await Promise.all(urls.slice(start, start + 16).map(warm));
}
