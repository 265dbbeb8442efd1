import { expect, type Page } from '@playwright/test';

const status = (page: Page) => page.locator('#search-status');
const results = (page: Page) => page.locator('[data-result-link]');

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(status(page)).toBeAttached();
}

/** Back from a result at phone width: the results and the place in them are as they were. */
export async function backKeepsPlace(page: Page, path: string) {
  await page.setViewportSize({ width: 390, height: 800 });
  await open(page, path);
  const link = results(page).nth(8);
  await link.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(1500);
  await page.evaluate(() =>
    window.addEventListener('pageshow', (event) => (document.body.dataset.shown = String(event.persisted))),
  );
  await link.click();
  await expect(page).toHaveURL(/\/sources\//);
  await page.goBack({ waitUntil: 'commit' });
  await expect(results(page).nth(8)).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
}
