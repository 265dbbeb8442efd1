/**
 * `npm run dev`: the site for editors, served by Next.js's dev server (`next dev`) at http://localhost:3000 (PORT
 * sets it), each page reloading when what it shows changes:
 * - code (app/, components/, lib/, styles): Next.js's own hot reload, which follows the modules it compiles;
 * - content/: read from files by lib/content, so Next.js does not see it change. This script watches it and tells the
 *   open pages over server-sent events (on PORT + 1, or DEV_RELOAD_PORT), and each reloads (app/_routes/shell.tsx
 *   adds the listener under `next dev` only); the server reads content/ again once it has changed (lib/corpus.ts).
 * What only `npm run build` does to the export (the reader's script, CSP, share cards, …) is listed in README,
 * "Editing".
 */
import { spawn } from 'node:child_process';
import { createServer, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { watch } from 'chokidar';

const port = Number(process.env.PORT ?? 3000);
const reloadPort = Number(process.env.DEV_RELOAD_PORT ?? port + 1);
const contentDir = path.join(process.env.CONTENT_ROOT ?? process.cwd(), 'content');
/** An editor's save often writes a file more than once (a temporary file, then a rename): one reload for all. */
const SETTLE_MS = 150;

const listeners = new Set<ServerResponse>();

/** The pages' event stream: one `content` event each time content/ has changed. */
const events = createServer((request, response) => {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-store',
    // The pages are on the dev server's port, another origin.
    'Access-Control-Allow-Origin': '*',
  });
  response.write(': connected\n\n');
  listeners.add(response);
  request.on('close', () => listeners.delete(response));
});
events.listen(reloadPort, () => console.log(`Content reload: watching content/, events on port ${reloadPort}.`));

let settle: NodeJS.Timeout | undefined;
// chokidar, not fs.watch: Node's recursive watch on Linux loses a file that an editor saves by renaming a new copy
// over it.
const watcher = watch(contentDir, { ignoreInitial: true }).on('all', (_event, file) => {
  clearTimeout(settle);
  settle = setTimeout(() => {
    console.log(`${path.relative(process.cwd(), file)} changed: reloading ${listeners.size} open page(s).`);
    for (const listener of listeners) listener.write('event: content\ndata: changed\n\n');
  }, SETTLE_MS);
});

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const next = spawn(process.execPath, [nextBin, 'dev', '--port', String(port)], {
  stdio: 'inherit',
  env: { ...process.env, DEV_RELOAD_PORT: String(reloadPort) },
});

function stop() {
  void watcher.close();
  for (const listener of listeners) listener.end();
  events.close();
}

next.on('exit', (code, signal) => {
  stop();
  process.exitCode = code ?? (signal ? 1 : 0);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal));
