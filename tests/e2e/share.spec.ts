import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './test';
import { builtCorpus, passageStating } from './corpus';
import { htmlFilesUnder } from '../../lib/files-under';

const OUT = path.join(process.cwd(), 'out');
const corpus = builtCorpus();

/** A page's meta tags as a link previewer reads them: from the HTML alone, running no script. */
function metaOf(html: string): Map<string, string> {
  const decode = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
  return new Map(
    Array.from(html.matchAll(/<meta\s+(?:property|name)="([^"]+)"\s+content="([^"]*)"/g), (match) => [
      match[1],
      decode(match[2]),
    ]),
  );
}

/** Width and height from a PNG's header (the IHDR chunk), or undefined for anything that is not a PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  if (
    bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' ||
    bytes.subarray(12, 16).toString('latin1') !== 'IHDR'
  )
    return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('a passage link previews as that passage: title, quote, its own card, its own URL (no script run)', async ({
  request,
}) => {
  const { source, passage } = passageStating(corpus, 'sovereignty', 'zh');
  const response = await request.get(passage.url);
  expect(response.status()).toBe(200);
  const meta = metaOf(await response.text());
  expect(meta.get('og:title')).toContain('point 2');
  expect(meta.get('og:description')).toContain(passage.text.slice(0, 20));
  expect(new URL(meta.get('og:url')!).pathname).toBe(passage.url);
  expect(meta.get('twitter:card')).toBe('summary_large_image');
  const image = new URL(meta.get('og:image')!).pathname;
  expect(pngSize(path.join(OUT, image))).toEqual({ width: 1200, height: 630 });
  expect(meta.get('og:image:width')).toBe('1200');
  expect(source.slug).toBe('global-ai-governance-initiative');
});

test('every exported page with an og:image names a 1200×630 PNG that exists; home, principle and passage pages have one', () => {
  const pages = htmlFilesUnder(OUT);
  const missing: string[] = [];
  let withImage = 0;
  for (const file of pages) {
    const image = metaOf(readFileSync(file, 'utf8')).get('og:image');
    const page = '/' + path.relative(OUT, path.dirname(file)).replace(/\\/g, '/');
    const mustHave = /^\/(zh\/?)?$|^\/(zh\/)?principles\/[^/]+$|^\/(zh\/)?sources\/[^/]+\/p\/[^/]+$/.test(
      page.replace(/\/$/, '') || '/',
    );
    if (!image) {
      if (mustHave && !file.endsWith('404.html')) missing.push(`${page}: no og:image`);
      continue;
    }
    withImage++;
    // Resolved by path: the tests serve on another port than SITE_URL.
    const size = pngSize(path.join(OUT, new URL(image).pathname));
    if (!size || size.width !== 1200 || size.height !== 630) missing.push(`${page}: ${image} is not a 1200×630 PNG`);
  }
  expect(missing).toEqual([]);
  expect(withImage).toBeGreaterThan(200);
});

test('a passage page shows the quote in every language of its work, its principles, citations and the way back', async ({
  page,
}) => {
  const translation = corpus.sources.find((source) => source.translationOf)!;
  const passage = translation.passages[4];
  await page.goto(passage.url);
  await expect(page.locator('blockquote[lang="en"]')).toContainText(passage.text.slice(0, 30));
  await expect(page.locator('blockquote[lang="zh"]')).toBeVisible();
  // Each style by its own field (the APA in-text form is a second "APA…" term).
  for (const style of ['apa', 'apaInText', 'chicago', 'bibtex', 'gbt'])
    await expect(page.locator(`#cite-${style}`)).toBeVisible();
  await expect(page.locator('#cite-apaInText')).toHaveValue(/para\. 5\)/);
  // The label in the citation is the source's own: this translation is English.
  await expect(page.locator('#cite-gbt')).toContainText('¶ 5');
  await expect(page.locator('#cite-chicago')).toContainText('¶ 5');
  await page.getByRole('link', { name: 'Read in context' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/sources/${translation.slug}/#${passage.id}$`));
  await expect(page.locator(`[id="${passage.id}"]`)).toBeInViewport();
});

test('corpus.json passages carry their page url, and every one of those pages is in out/', () => {
  const passages = corpus.sources.flatMap((source) => source.passages.map((passage) => ({ source, passage })));
  // Every source has passages, so an empty or truncated corpus fails here rather than passing the loop below.
  expect(corpus.sources.length).toBeGreaterThanOrEqual(7);
  expect(corpus.sources.filter((source) => source.passages.length === 0).map((source) => source.slug)).toEqual([]);
  const wrong = passages.filter(({ source, passage }) => passage.url !== `/sources/${source.slug}/p/${passage.id}/`);
  expect(wrong.map(({ passage }) => passage.url)).toEqual([]);
  const missing = passages.filter(({ passage }) => !existsSync(path.join(OUT, passage.url, 'index.html')));
  expect(missing.map(({ passage }) => passage.url)).toEqual([]);
});
