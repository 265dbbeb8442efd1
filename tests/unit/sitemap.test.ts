import { describe, expect, it } from 'vitest';
import { glossaryTermId } from '@/lib/content/glossary';
import { getCorpus } from '@/lib/corpus';
import { sitemapFiles, sitemapPages } from '@/lib/publish/sitemap';

const corpus = getCorpus();
const SITE = 'https://reader.example';
const locs = (xml: string) => Array.from(xml.matchAll(/<loc>([^<]+)<\/loc>/g), (match) => match[1]);

describe('the sitemap', () => {
  it('lists every passage page in both languages, with a lastmod from content', () => {
    const [file, ...rest] = sitemapFiles(sitemapPages(corpus), SITE);
    expect(rest).toEqual([]);
    const urls = new Set(locs(file.xml));
    for (const source of corpus.sources)
      for (const passage of source.passages) {
        expect(urls).toContain(`${SITE}/sources/${source.slug}/p/${passage.id}/`);
        expect(urls).toContain(`${SITE}/zh/sources/${source.slug}/p/${passage.id}/`);
      }
    expect(file.xml).toContain(
      `<loc>${SITE}/sources/global-ai-governance-initiative/</loc><xhtml:link rel="alternate" hreflang="en"`,
    );
    const lastmods = Array.from(file.xml.matchAll(/<lastmod>([^<]+)<\/lastmod>/g), (match) => match[1]);
    expect(lastmods.length).toBe(urls.size);
    const stated = new Set(corpus.sources.flatMap((source) => [source.date, source.pageDate]));
    for (const date of lastmods) expect(stated).toContain(date);
  });

  it('lists the term index and every term page in both languages', () => {
    const [file] = sitemapFiles(sitemapPages(corpus), SITE);
    const urls = new Set(locs(file.xml));
    const editors = corpus.glossary.filter((pair) => pair.from === 'editor');
    expect(editors.length).toBeGreaterThan(0);
    for (const path of ['/terms/', ...editors.map((pair) => `/terms/${glossaryTermId(pair)}/`)]) {
      expect(urls).toContain(`${SITE}${path}`);
      expect(urls).toContain(`${SITE}/zh${path}`);
    }
  });

  it('becomes an index of files past the per-file limit', () => {
    const pages = Array.from({ length: 30_001 }, (_, i) => ({ path: `/x/${i}/`, lastmod: '2024-01-02' }));
    const [index, ...parts] = sitemapFiles(pages, SITE);
    expect(index.path).toBe('/sitemap.xml');
    expect(index.xml).toContain('<sitemapindex');
    expect(parts.map((part) => part.path)).toEqual(['/sitemaps/1.xml', '/sitemaps/2.xml']);
    expect(locs(index.xml)).toEqual([`${SITE}/sitemaps/1.xml`, `${SITE}/sitemaps/2.xml`]);
    expect(parts.map((part) => locs(part.xml).length)).toEqual([50_000, 10_002]);
  });
});
