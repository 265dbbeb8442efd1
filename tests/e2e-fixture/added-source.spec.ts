import { expect, test } from '../e2e/test';

/** tests/fixtures/site-additions/sources/added-source.md was added as one file, with no code change. */
const SLUG = 'added-source';
const TITLE = 'Test fixture: a source added as one file';

test('an added source has its page, with its passages tagged', async ({ page }) => {
  await page.goto(`/sources/${SLUG}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const first = page.locator('article[data-passage]').first();
  // Its principles are among the passage's tools, which its label opens.
  await first.locator('summary.passage-label').click();
  await expect(first.getByRole('link', { name: 'Respect for national sovereignty' }).first()).toBeVisible();
});

test('an added source is in the lists, the matrix and the principle page', async ({ page }) => {
  await page.goto('/sources/');
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  await page.goto('/');
  const matrix = page.getByRole('region', { name: /Coverage matrix/ });
  await expect(matrix.getByRole('columnheader', { name: 'Added source' })).toBeVisible();
  await matrix.getByRole('link', { name: /of Added source on Respect for national sovereignty/ }).click();
  await expect(page.locator(`[id="in-${SLUG}"]`)).toBeInViewport();
});

test('an added source is in corpus.json', async ({ request }) => {
  const corpus = await (await request.get('/data/corpus.json')).json();
  const source = corpus.sources.find((candidate: { slug: string }) => candidate.slug === SLUG);
  expect(source.passages).toHaveLength(2);
  const sovereignty = corpus.principles.find((principle: { id: string }) => principle.id === 'sovereignty');
  expect(sovereignty.passages).toContain(`${SLUG}#${source.passages[0].id}`);
});

test('an added source is found by search', async ({ page }) => {
  await page.goto('/search/?q=quokkaphrase');
  const result = page
    .locator('main')
    .getByRole('link', { name: new RegExp(TITLE) })
    .first();
  await expect(result).toBeVisible({ timeout: 15000 });
});
