/**
 * sitemap.xml: every page in both interface languages, passage and term pages included, each with its other-language
 * version (hreflang) and a `lastmod` that comes from content, never the clock: a source's own date (the page's date
 * where stated), else the content date, the newest date any source states. Past 50,000 URLs (the protocol's limit
 * per file) the entries are split into files under /sitemaps/ and sitemap.xml becomes their index.
 */
import { glossaryTermId } from '../content/glossary';
import type { Corpus } from '../corpus';
import { HTML_LANG, inLocale, LOCALES } from '../i18n/locales';
import { buildWorks } from '../links/works';
import {
  compareUrl,
  parallelUrl,
  passagePageUrl,
  principlesUrl,
  principleUrl,
  searchUrl,
  sourcesUrl,
  sourceUrl,
  termsUrl,
  termUrl,
} from '../urls';

export const URLS_PER_SITEMAP = 50_000;

export interface SitemapPage {
  /** Site path without a locale prefix. */
  path: string;
  lastmod?: string;
}

export interface SitemapFile {
  /** Site path of the file: /sitemap.xml, or /sitemaps/<n>.xml under an index. */
  path: string;
  xml: string;
}

function sourceDate(source: { date?: string; pageDate?: string }): string | undefined {
  return source.pageDate ?? source.date;
}

/** Every page of the site, once, without its locale prefix. */
export function sitemapPages(corpus: Corpus): SitemapPage[] {
  const dates = corpus.sources.map(sourceDate).filter((date): date is string => date !== undefined);
  const contentDate = dates.sort().at(-1);
  const multilingual = new Set(
    buildWorks(corpus.sources)
      .filter((work) => work.versions.length > 1)
      .flatMap((work) => work.versions.map((source) => source.slug)),
  );
  const site = ['/', principlesUrl(), sourcesUrl(), searchUrl()];
  const principles = corpus.principles.flatMap(({ id }) => [principleUrl(id), compareUrl(id)]);
  // The term index and a page per editor's glossary pair (lib/pages/terms.ts); the principles' own terms have none.
  const terms = [
    termsUrl(),
    ...corpus.glossary.filter((pair) => pair.from === 'editor').map((pair) => termUrl(glossaryTermId(pair))),
  ];
  const sources = corpus.sources.flatMap((source) => {
    const lastmod = sourceDate(source) ?? contentDate;
    return [
      sourceUrl(source.slug),
      ...(multilingual.has(source.slug) ? [parallelUrl(source.slug)] : []),
      ...source.passages.map((passage) => passagePageUrl(source.slug, passage.id)),
    ].map((path) => ({ path, lastmod }));
  });
  return [...[...site, ...principles, ...terms].map((path) => ({ path, lastmod: contentDate })), ...sources];
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[char]};`);

function urlEntries(page: SitemapPage, site: string): string[] {
  const links = LOCALES.map(
    (locale) =>
      `<xhtml:link rel="alternate" hreflang="${HTML_LANG[locale]}" href="${escapeXml(site + inLocale(page.path, locale))}" />`,
  ).join('');
  return LOCALES.map(
    (locale) =>
      `<url><loc>${escapeXml(site + inLocale(page.path, locale))}</loc>${links}` +
      `${page.lastmod ? `<lastmod>${page.lastmod}</lastmod>` : ''}</url>`,
  );
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

function urlset(entries: readonly string[]): string {
  return `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

/** The sitemap's files: one sitemap.xml, or an index with its parts past `perFile` URLs. */
export function sitemapFiles(pages: readonly SitemapPage[], site: string, perFile = URLS_PER_SITEMAP): SitemapFile[] {
  const entries = pages.flatMap((page) => urlEntries(page, site));
  if (entries.length <= perFile) return [{ path: '/sitemap.xml', xml: urlset(entries) }];
  const parts: SitemapFile[] = [];
  for (let start = 0; start < entries.length; start += perFile)
    parts.push({ path: `/sitemaps/${parts.length + 1}.xml`, xml: urlset(entries.slice(start, start + perFile)) });
  const newest = pages
    .map((page) => page.lastmod ?? '')
    .sort()
    .at(-1);
  const index = parts
    .map(
      (part) =>
        `<sitemap><loc>${escapeXml(site + part.path)}</loc>${newest ? `<lastmod>${newest}</lastmod>` : ''}</sitemap>`,
    )
    .join('\n');
  return [
    {
      path: '/sitemap.xml',
      xml: `${HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index}\n</sitemapindex>\n`,
    },
    ...parts,
  ];
}
