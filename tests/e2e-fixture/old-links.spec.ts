import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '../e2e/test';

/**
 * The fixture site edits one passage of looking-at-gaigi and deletes another, and edits one of he-yin-en
 * (scripts/build-fixture-site.ts).
 */
const published: Record<string, Record<string, string>> = JSON.parse(
  readFileSync(path.join(process.cwd(), 'content', 'published-ids.json'), 'utf8'),
);
const idOf = (start: string, slug = 'looking-at-gaigi') =>
  Object.entries(published[slug]).find(([, text]) => text.startsWith(start))![0];

test('the old id of an edited passage lands on the passage as it reads now', async ({ page }) => {
  const oldId = idOf('We should put ethics first.');
  await page.goto(`/sources/looking-at-gaigi/#${oldId}`);
  const target = page.locator('[data-targeted]');
  await expect(target).toContainText('We must put ethics first.');
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  expect(new URL(page.url()).hash).not.toBe(`#${oldId}`);
  expect(await target.getAttribute('id')).toBe(new URL(page.url()).hash.slice(1));
});

test('the id of a deleted passage lands on a notice with its words and a search', async ({ page }) => {
  const oldId = idOf('Global collaboration should foster');
  await page.goto(`/sources/looking-at-gaigi/#${oldId}`);
  const notice = page.locator(`[id="${oldId}"]`);
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('no longer in this source');
  await expect(notice).toContainText('Global collaboration should foster');
  await expect(notice.getByRole('link', { name: 'Search all sources for its words' })).toHaveAttribute(
    'href',
    /^\/search\/\?q=Global/,
  );
});

test('no notice shows when the link is to a current passage', async ({ page }) => {
  await page.goto('/sources/looking-at-gaigi/');
  await expect(page.locator('.retired-notice')).toBeHidden();
});

test('the old id of an edited translation passage lands on its row of the parallel page', async ({ page }) => {
  const oldId = idOf('Leadership in diplomacy has played', 'he-yin-en');
  await page.goto(`/sources/he-yin-en/parallel/#${oldId}`);
  const target = page.locator('[data-targeted]');
  await expect(target).toContainText('Leadership in diplomacy played a crucial role.');
  await expect(target).toContainText('元首外交发挥了重要引领作用');
  await expect(target).toBeInViewport();
  expect(await target.getAttribute('id')).toBe(new URL(page.url()).hash.slice(1));
});

test('an edited passage’s old id has a page: the passage as it reads now, its canonical URL the new one', async ({
  page,
}) => {
  const oldId = idOf('We should put ethics first.');
  await page.goto(`/sources/looking-at-gaigi/p/${oldId}/`);
  await expect(page.getByText('This passage has been edited since this link was made')).toBeVisible();
  await expect(page.locator('blockquote[lang="en"]').first()).toContainText('We must put ethics first.');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/\/sources\/looking-at-gaigi\/p\/p-[0-9a-f]{8}\/$/);
  expect(canonical).not.toContain(oldId);
});

test('a removed passage’s id has a page with the words it had and a search for them', async ({ page }) => {
  const oldId = idOf('Global collaboration should foster');
  const response = await page.goto(`/zh/sources/looking-at-gaigi/p/${oldId}/`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText('该段落已不在其出处中')).toBeVisible();
  await expect(page.locator('blockquote[lang="en"]')).toContainText('Global collaboration should foster');
  await expect(page.getByRole('link', { name: '在全部文本中搜索这段文字' })).toHaveAttribute(
    'href',
    /^\/zh\/search\/\?q=Global/,
  );
});

test('a sheet link with old ids shows the edited passage as it reads now and names the removed one', async ({
  page,
}) => {
  const edited = idOf('We should put ethics first.');
  const removed = idOf('Global collaboration should foster');
  await page.goto(`/sheet/?p=looking-at-gaigi~${edited},looking-at-gaigi~${removed}`);
  await expect(page.locator('.sheet-item')).toHaveCount(1);
  await expect(page.locator('.sheet-item blockquote')).toContainText('We must put ethics first.');
  await expect(page.locator('section[aria-labelledby="sheet-problems"] li')).toHaveCount(2);
});
