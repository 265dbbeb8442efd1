import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './test';
import { htmlFilesUnder } from '../../lib/files-under';

const OUT = path.join(process.cwd(), 'out');

/** The page a URL path serves in the export, as a static host would find it. */
function fileFor(urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath);
  for (const candidate of [path.join(OUT, decoded), path.join(OUT, decoded, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let found = ids.get(file);
  if (!found) {
    found = new Set(Array.from(readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g), (match) => match[1]));
    ids.set(file, found);
  }
  return found;
}

test('every internal link and anchor in out/ resolves', () => {
  const pages = htmlFilesUnder(OUT);
  expect(pages.length).toBeGreaterThan(30);
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    const pagePath =
      '/' +
      path
        .relative(OUT, page)
        .replace(/index\.html$/, '')
        .replace(/\\/g, '/');
    for (const [, rawHref] of html.matchAll(/<(?:a|link)\s[^>]*?href="([^"]+)"/g)) {
      const href = rawHref.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:)/.test(href) && !href.startsWith('http://localhost:3000')) continue;
      const url = new URL(href, `http://localhost:3000${pagePath}`);
      const target = fileFor(url.pathname);
      checked++;
      if (!target) {
        broken.push(`${pagePath}: ${href} (no such page)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !anchor.startsWith(':~:') && target.endsWith('.html') && !idsOf(target).has(anchor)) {
        broken.push(`${pagePath}: ${href} (no element with id "${anchor}")`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(500);
});

test('every sitemap entry is a page of the export', () => {
  const sitemap = readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8');
  const urls = Array.from(sitemap.matchAll(/<loc>([^<]+)<\/loc>/g), (match) => new URL(match[1]));
  expect(urls.length).toBeGreaterThan(20);
  expect(urls.filter((url) => !fileFor(url.pathname)).map(String)).toEqual([]);
});
