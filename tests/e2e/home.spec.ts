import { expect, test } from '@playwright/test';

test('the home page states the corpus and offers corpus.json', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const response = await request.get('/data/corpus.json');
  expect(response.ok()).toBe(true);
  const corpus = await response.json();
  expect(corpus.schemaVersion).toBe(1);
  expect(corpus.sources.length).toBeGreaterThanOrEqual(7);
});
