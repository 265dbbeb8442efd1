/**
 * The headers the local server sends with every answer reach static hosts too: the build writes `_headers` (Netlify,
 * Cloudflare Pages) and README gives the nginx lines, each carrying every one of them (issue 15: any site could frame
 * the pages, as a <meta> policy cannot set frame-ancestors).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFile, writeHeadersFile } from '../../scripts/build/headers';
import { SITE_HEADERS } from '../../scripts/serve/headers.mjs';

describe('headers for static hosts', () => {
  it('forbid framing, beside nosniff', () => {
    expect(SITE_HEADERS).toMatchObject({
      'Content-Security-Policy': "frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
    });
  });

  it('are written into the export as _headers, for every path', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gaigi-headers-'));
    try {
      const written = readFileSync(writeHeadersFile(dir), 'utf8');
      expect(path.basename(writeHeadersFile(dir))).toBe('_headers');
      expect(written).toBe(headersFile());
      const [pattern, ...lines] = written.trimEnd().split('\n');
      expect(pattern).toBe('/*');
      expect(lines).toEqual(Object.entries(SITE_HEADERS).map(([name, value]) => `  ${name}: ${value}`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("are all in README's nginx lines", () => {
    const readme = readFileSync('README.md', 'utf8');
    const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const added = [...nginx.matchAll(/^\s*add_header (\S+) "([^"]*)" always;$/gm)].map(([, name, value]) => [
      name,
      value,
    ]);
    expect(added).toEqual(Object.entries(SITE_HEADERS));
  });
});
