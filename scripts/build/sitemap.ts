/** Build step: writes sitemap.xml (or its index and parts) into the build's folder, from the corpus. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from '../../lib/corpus';
import { sitemapFiles, sitemapPages } from '../../lib/publish/sitemap';
import { SITE_URL } from '../../lib/site-url';

export function writeSitemap(dir: string, corpus: Corpus): number {
  const pages = sitemapPages(corpus);
  for (const file of sitemapFiles(pages, SITE_URL)) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.xml);
  }
  return pages.length * 2;
}
