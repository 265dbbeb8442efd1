// Serves the static export the way a static host would: directory index.html, trailing-slash redirects, out/404.html
// for anything missing, gzip for text, long caching for fingerprinted assets. Used by `npm start` and the browser tests.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 3000);
// HOST=127.0.0.1 keeps the server on loopback (the bench does); unset, it listens as Node does by default.
const host = process.env.HOST;
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.webmanifest': 'application/manifest+json',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.txt', '.xml', '.svg', '.webmanifest']);
const gzipped = new Map();

function fileAt(urlPath) {
  const candidate = path.join(root, urlPath);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
  try {
    const stat = statSync(candidate);
    if (stat.isFile()) return candidate;
    if (stat.isDirectory() && statSync(path.join(candidate, 'index.html')).isFile()) return path.join(candidate, 'index.html');
  } catch {
    return undefined;
  }
  return undefined;
}

createServer((request, response) => {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    urlPath = '/404';
  }
  const file = fileAt(urlPath);
  if (file && file.endsWith('index.html') && !urlPath.endsWith('/')) {
    response.writeHead(308, { Location: `${urlPath}/` }).end();
    return;
  }
  const served = file ?? path.join(root, '404.html');
  const extension = path.extname(served);
  let body;
  try {
    body = readFileSync(served);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const headers = {
    'Content-Type': types[extension] ?? 'application/octet-stream',
    'Cache-Control': urlPath.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
  };
  if (compressible.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    // Cached per file version, so a rebuild while serving is picked up.
    const key = `${served}:${statSync(served).mtimeMs}`;
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
    body = gzipped.get(key);
    headers['Content-Encoding'] = 'gzip';
  }
  response.writeHead(file ? 200 : 404, headers).end(request.method === 'HEAD' ? undefined : body);
}).listen(port, host, () => console.log(`Serving ${root} at http://${host ?? 'localhost'}:${port}`));
