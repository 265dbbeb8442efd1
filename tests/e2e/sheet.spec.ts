import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test';
import { builtCorpus } from './corpus';

const corpus = builtCorpus();
const official = corpus.sources.find((source) => source.slug === 'global-ai-governance-initiative')!;
const article = corpus.sources.find((source) => source.slug === 'looking-at-gaigi')!;

/** Adds passages the way a reader does: "Add to sheet" on the passage's own page. */
async function add(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('main').getByRole('button', { name: 'Add to sheet' }).last().click();
  await expect(page.getByRole('status').filter({ hasText: /sheet/ })).toHaveText('Added to your sheet');
}

async function downloaded(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return readFileSync((await download.path())!, 'utf8');
}

test('a 5-quote sheet: built passage by passage, reordered and trimmed, shared as one link, exported three ways', async ({
  page,
  browser,
}) => {
  const picked = [
    official.passages[5],
    official.passages[7],
    article.passages[7],
    article.passages[3],
    official.passages[14],
    article.passages[0],
  ];
  for (const passage of picked) await add(page, passage.url);
  await page.goto('/sheet/');
  const items = page.locator('.sheet-item');
  await expect(items).toHaveCount(6);
  await expect(page.getByRole('link', { name: 'Sheet (6)' })).toBeVisible();
  await items
    .nth(5)
    .getByRole('button', { name: /^Remove/ })
    .click();
  await items
    .nth(1)
    .getByRole('button', { name: /^Move up/ })
    .click();
  await expect(items).toHaveCount(5);
  const order = [picked[1], picked[0], picked[2], picked[3], picked[4]];
  for (const [i, passage] of order.entries())
    await expect(items.nth(i).locator('blockquote')).toContainText(passage.text.slice(3, 20));

  const link = await page.getByRole('textbox', { name: 'Share this sheet' }).inputValue();
  expect(link.length).toBeLessThan(300);
  const fresh = await browser.newPage();
  await fresh.goto(link);
  await expect(fresh.locator('.sheet-item')).toHaveCount(5);
  for (const [i, passage] of order.entries())
    await expect(fresh.locator('.sheet-item').nth(i).locator('blockquote')).toContainText(passage.text.slice(3, 20));
  await expect(fresh.getByText('This sheet came with the link you opened')).toBeVisible();

  const markdown = await downloaded(fresh, 'Markdown');
  expect(markdown.match(/^> /gm)).toHaveLength(5);
  expect(markdown).toContain(`${order[0].url})`);
  const bibtex = await downloaded(fresh, 'BibTeX');
  expect(bibtex.match(/^@\w+\{/gm)).toHaveLength(2);
  const csv = await downloaded(fresh, 'CSV');
  expect(csv.startsWith('\ufeff')).toBe(true);
  expect(csv.trim().split(/\r?\n/).length).toBeGreaterThanOrEqual(6);
  await fresh.close();
});

test('a sheet prints clean: quotes and citations, no controls', async ({ page }) => {
  await add(page, official.passages[5].url);
  await page.goto('/sheet/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sheet-item blockquote')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Remove/ })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
});

const HOSTILE = [
  [
    'an unknown source and passage',
    `nosuch~p-12345678,${official.slug}~p-00000000,${official.slug}~${official.passages[5].id}`,
    1,
    2,
  ],
  ['duplicates', `${official.slug}~${official.passages[5].id},${official.slug}~${official.passages[5].id}`, 1, 1],
  // Spaces separate entries too, so the <img …> is three malformed entries.
  [
    'script and markup',
    `<script>alert(1)</script>,"><img src=x onerror=alert(1)>,javascript:alert(1),${official.slug}~${official.passages[6].id}`,
    1,
    5,
  ],
  [
    'a link cut short',
    `${official.slug}_${official.passages[5].id.slice(2)}.${official.passages[6].id.slice(2, 6)}`,
    1,
    1,
  ],
  // The largest link a server takes (10,000 entries, 400 KB, is refused with HTTP 431 before the page sees it; the
  // codec's unit tests read it): cut at 200 entries, and of those 185 repeat one of the first 15. The page lists the
  // first 20 problems and says how many more.
  [
    '1,000 entries',
    `${official.slug}_${Array.from({ length: 1000 }, (_, i) => official.passages[i % 15].id.slice(2)).join('.')}`,
    15,
    21,
  ],
] as const;

for (const [name, value, shown, named] of HOSTILE) {
  test(`a hand-edited sheet link (${name}) shows what it can and names the rest, running nothing`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
    await page.goto(`/sheet/?p=${encodeURIComponent(value)}`);
    await expect(page.locator('.sheet-item')).toHaveCount(shown);
    const problems = page
      .getByRole('region', { name: 'Not shown from this link' })
      .or(page.locator('section[aria-labelledby="sheet-problems"]'));
    await expect(problems.locator('li')).toHaveCount(named);
    expect(
      await page
        .locator('img[src="x"], script:not([src]):not([type])')
        .evaluateAll((nodes) => nodes.filter((node) => /alert/.test(node.outerHTML)).length),
    ).toBe(0);
    expect(errors).toEqual([]);
  });
}
