/**
 * Build step: the headers the local server sends with every answer (scripts/serve/headers.mjs), written for static
 * hosts that read them from a file: `_headers` at the site's root (Netlify, Cloudflare Pages). README's Serving
 * section gives the same headers as nginx lines. A page cannot forbid framing from its <meta> policy; only a header
 * can.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { SITE_HEADERS } from '../serve/headers.mjs';

export const HEADERS_FILE = '_headers';

/** Every path (`/*`) gets every header, in the format Netlify and Cloudflare Pages share. */
export function headersFile(): string {
  return ['/*', ...Object.entries(SITE_HEADERS).map(([name, value]) => `  ${name}: ${value}`)].join('\n') + '\n';
}

export function writeHeadersFile(dir: string): string {
  const file = path.join(dir, HEADERS_FILE);
  writeFileSync(file, headersFile());
  return file;
}
