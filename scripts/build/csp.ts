/**
 * Build step: adds a Content-Security-Policy meta tag to every exported page. A static host may send no headers, so
 * the policy travels in the HTML: scripts only from the site plus the framework's inline bootstrap scripts, each
 * allowed by its SHA-256 hash (no 'unsafe-inline', no 'unsafe-eval'); no plugins, frames, or foreign forms.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { htmlFilesUnder } from '../../lib/files-under';

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

export function policyFor(html: string): string {
  const hashes = new Set(
    Array.from(
      html.matchAll(INLINE_SCRIPT),
      (match) => `'sha256-${createHash('sha256').update(match[1]).digest('base64')}'`,
    ),
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${[...hashes].join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function applyCsp(outDir: string): number {
  const files = htmlFilesUnder(outDir);
  for (const file of files) {
    const html = readFileSync(file, 'utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
    // First in <head>: a policy applies only to what follows it.
    writeFileSync(file, html.replace(/<head>/, `<head>${meta}`));
  }
  return files.length;
}
