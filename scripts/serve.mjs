// Serves the static export in out/ the way a static host would: directory index.html, trailing-slash redirects,
// out/404.html for anything missing. Used by `npm start` and by the browser tests.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.webmanifest': 'application/manifest+json',
};

function fileAt(urlPath) {
  const candidate = path.join(root, urlPath);
  if (!candidate.startsWith(root)) return undefined;
  try {
    const stat = statSync(candidate);
    if (stat.isFile()) return candidate;
    if (stat.isDirectory()) return statSync(path.join(candidate, 'index.html')).isFile() ? path.join(candidate, 'index.html') : undefined;
  } catch {
    return undefined;
  }
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
  const status = file ? 200 : 404;
  const served = file ?? path.join(root, '404.html');
  response.writeHead(status, { 'Content-Type': types[path.extname(served)] ?? 'application/octet-stream' });
  createReadStream(served).on('error', () => response.end('Not found')).pipe(response);
}).listen(port, () => console.log(`Serving ${root} at http://localhost:${port}`));
