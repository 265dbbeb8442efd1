// `npm start` and `npm run serve`: `node scripts/serve.mjs [folder]` serves a static export (default out/) at
// http://localhost:PORT/ (PORT defaults to 3000; HOST to localhost, so the site is offered to no other machine unless
// HOST says so). What it answers, and why, is in scripts/serve/site.mjs. Used by the browser tests and Lighthouse.
import { statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { createSiteHandler } from './serve/site.mjs';

const folder = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? 'localhost';

/** @param {string} message */
function stop(message) {
  console.error(`serve: ${message}`);
  process.exit(1);
}

if (!Number.isInteger(port) || port < 0 || port > 65535)
  stop(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`);
if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
  stop(`${folder} is not a folder: run \`npm run build\` first, or name the folder to serve.`);
}

const server = createServer(createSiteHandler(folder));
// CONNECT never reaches the request handler: without this, Node drops the connection without an answer.
server.on('connect', (_request, socket) => {
  socket.on('error', () => socket.destroy());
  socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
});
server.on('error', (/** @type {NodeJS.ErrnoException} */ error) => {
  stop(error.code === 'EADDRINUSE' ? `port ${port} is in use on ${host}: set PORT to a free one.` : error.message);
});
server.listen(port, host, () => {
  const address = server.address();
  const shown = host.includes(':') ? `[${host}]` : host;
  console.log(`Serving ${folder} at http://${shown}:${typeof address === 'object' && address ? address.port : port}/`);
});
