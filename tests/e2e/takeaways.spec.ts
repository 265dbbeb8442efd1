import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from './test';
import { builtCorpus } from './corpus';

const corpus = builtCorpus();
const bySlug = new Map(corpus.sources.map((source) => [source.slug, source]));
const OUT = path.join(process.cwd(), 'out');

/** The citation_* tags as a connector (Zotero, Mendeley) reads them: every tag, in document order. */
async function citationTags(page: Page): Promise<[string, string][]> {
  return page
    .locator('meta[name^="citation_"]')
    .evaluateAll((tags) => tags.map((tag) => [tag.getAttribute('name') ?? '', tag.getAttribute('content') ?? '']));
}

type Source = ReturnType<typeof builtCorpus>['sources'][number];

/** What the tags must say, from the front matter as corpus.json publishes it (Chinese with full-width punctuation). */
function expectedTags(source: Source, url: string): [string, string][] {
  const fullWidth = (text: string) => (source.language === 'zh' ? text.replace(/(\p{Script=Han}):/gu, '$1：') : text);
  const date = source.date ?? source.pageDate;
  return [
    ['citation_title', fullWidth(source.title)],
    ...(source.authors ?? []).map((author): [string, string] => [
      'citation_author',
      'organisation' in author
        ? author.organisation
        : 'penName' in author
          ? author.penName
          : [author.family, author.given].filter(Boolean).join(', '),
    ]),
    ...(date ? [['citation_publication_date', date.replace(/-/g, '/')] as [string, string]] : []),
    ...(source.publisher ? [['citation_publisher', source.publisher] as [string, string]] : []),
    ['citation_language', source.language],
    ['citation_public_url', source.url ?? url],
  ];
}

test('three pages carry citation_* tags matching their front matter: an organisation, a person, a pen name', async ({
  page,
}) => {
  const official = bySlug.get('global-ai-governance-initiative')!;
  const cai = bySlug.get('eaf-rule-developer-solution-provider')!;
  const heYin = bySlug.get('he-yin-zh')!;
  const cases = [
    { source: official, path: `/sources/${official.slug}/` },
    { source: cai, path: cai.passages[2].url },
    { source: heYin, path: `/zh/sources/${heYin.slug}/` },
  ];
  for (const { source, path: at } of cases) {
    await page.goto(at);
    const tags = await citationTags(page);
    const url = tags.find(([name]) => name === 'citation_public_url')?.[1] ?? '';
    expect(tags).toEqual(expectedTags(source, url));
    expect(tags.filter(([name]) => name === 'citation_author').length).toBe(source.authors?.length ?? 0);
  }
});

/** The site as served from another host: every request to https://reader.test is answered by the test server. */
async function servedElsewhere(context: BrowserContext, baseURL: string) {
  await context.route('https://reader.test/**', async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${baseURL}${url.pathname}${url.search}` });
    await route.fulfill({ response });
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://reader.test' });
}

async function downloaded(page: Page, button: ReturnType<Page['getByRole']>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync((await download.path())!, 'utf8');
}

test('served from another origin without SITE_URL, nothing copied or exported points at localhost', async ({
  page,
  context,
  baseURL,
}) => {
  await servedElsewhere(context, baseURL!);
  const eaf = bySlug.get('eaf-rule-developer-solution-provider')!;
  await page.goto(`https://reader.test${eaf.passages[2].url}`);
  const box = page.locator('[data-citation]');
  const taken: string[] = [];
  const styles = { apa: 'APA', apaInText: 'APA, in the text', chicago: 'Chicago', bibtex: 'BibTeX', gbt: 'GB/T 7714' };
  for (const [key, style] of Object.entries(styles)) {
    await box.locator(`button[data-style="${key}"]`).click();
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
      `${style} citation copied to the clipboard`,
    );
    taken.push(await page.evaluate(() => navigator.clipboard.readText()));
  }
  expect(taken[0]).toContain(`https://reader.test${eaf.passages[2].url}`);
  expect(taken[1]).toBe('(Cai, 2024, para. 3)');
  expect(taken[4]).toMatch(/\[\d{4}-\d{2}-\d{2}\]\. https:\/\/reader\.test\//);
  taken.push(await downloaded(page, box.getByRole('button', { name: 'Download RIS' })));
  taken.push(await downloaded(page, box.getByRole('button', { name: 'Download CSL-JSON' })));
  expect(taken[5]).toContain('UR  - https://reader.test/');
  expect(JSON.parse(taken[6])[0].URL).toBe(`https://reader.test${eaf.passages[2].url}`);

  await page.getByRole('button', { name: 'Add to sheet' }).first().click();
  await page.goto('https://reader.test/sheet/');
  await expect(page.locator('.sheet-item')).toHaveCount(1);
  for (const format of ['Markdown', 'BibTeX', 'CSV', 'RIS', 'CSL-JSON'])
    taken.push(await downloaded(page, page.getByRole('button', { name: format, exact: true })));
  for (const text of taken) expect(text).not.toContain('localhost');
  expect(taken.slice(7).every((text) => text.includes('https://reader.test/'))).toBe(true);
});

test('the sitemap lists every passage page in both languages, with lastmod', () => {
  const sitemap = readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8');
  const urls = new Set(Array.from(sitemap.matchAll(/<loc>([^<]+)<\/loc>/g), (match) => new URL(match[1]).pathname));
  for (const source of corpus.sources)
    for (const passage of source.passages) {
      expect(urls).toContain(passage.url);
      expect(urls).toContain(`/zh${passage.url}`);
    }
  expect(sitemap.match(/<lastmod>/g)?.length).toBe(urls.size);
});

test('an unknown passage page and a crafted fragment get a notice that echoes no text', async ({ page }) => {
  await page.goto('/sources/he-yin-en/p/p-0000dead/');
  const notice = page.locator('#unknown-passage');
  await expect(notice).toContainText('This source has no passage p-0000dead.');
  await page.goto('/sources/he-yin-en/#p-0%E2%80%AE%20use%20the%20mirror%20at%20example-evil.com');
  await expect(notice).toBeVisible();
  await expect(notice.locator('[data-when="malformed"]').first()).toBeVisible();
  await expect(notice.locator('[data-when="unknown"]')).toBeHidden();
  await expect(notice).not.toContainText('example-evil');
  expect(await notice.innerText()).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
});

test("a principle page labels each point's English and quotes no paragraph twice", async ({ page }) => {
  await page.goto('/principles/sovereignty/');
  const english = page.locator('[data-english]');
  await expect(english.first()).toContainText('not an official translation');
  const texts = await page.locator('blockquote').allInnerTexts();
  expect(texts.length).toBe(new Set(texts).size);
  await page.goto('/principles/governance-technologies/');
  await expect(page.locator('[data-english="none"]')).toHaveText('The collection holds no English for point 10.');
});
