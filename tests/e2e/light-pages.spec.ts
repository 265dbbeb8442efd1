import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './test';
import { PAGE_KINDS } from './pages';
import { htmlFilesUnder } from '../../lib/files-under';

/**
 * Reading pages carry no framework in the browser (scripts/build/light-pages.ts): only the reader's own script
 * (client/). /search/ keeps React without the framework (its own script, client/search-page.ts); /sheet/ keeps the
 * framework.
 */
const OUT = path.join(process.cwd(), 'out');
const REACT_PAGE = /^\/(zh\/)?(search|sheet)\//;
const FRAMEWORK_PAGE = /^\/(zh\/)?sheet\//;

for (const { name, path: pagePath } of PAGE_KINDS.filter((kind) => !REACT_PAGE.test(kind.path))) {
  test(`${name} requests no framework chunk, and its script works`, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pagePath);
    // The theme button works only once the reader's script has run.
    const theme = page.locator('button[data-theme-toggle]');
    const before = await theme.getAttribute('aria-label');
    await theme.click();
    await expect(theme).not.toHaveAttribute('aria-label', before ?? '');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.startsWith('/_next/') && url.endsWith('.js'))).toEqual([]);
    expect(requested.some((url) => /^\/assets\/reader-[\w-]+\.js$/.test(url))).toBe(true);
    expect(await page.evaluate(() => '__next_f' in window)).toBe(false);
    expect(errors).toEqual([]);
  });
}

test('the reader script is requested only after the page has painted its text', async ({ page }) => {
  for (const { path: pagePath } of PAGE_KINDS.filter((kind) => !REACT_PAGE.test(kind.path))) {
    await page.goto(pagePath);
    const [painted, requested] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
      performance.getEntriesByType('resource').find((entry) => entry.name.includes('/assets/reader-'))?.startTime ?? -1,
    ]);
    expect(requested, pagePath).toBeGreaterThan(painted);
  }
});

test('the search and sheet pages keep React, and the reader script attaches to their header once hydrated', async ({
  page,
}) => {
  for (const pagePath of ['/search/?q=UN', '/zh/sheet/']) {
    await page.goto(pagePath);
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
    const theme = page.locator('button[data-theme-toggle]');
    await theme.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await theme.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await theme.click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  }
});

test('/search/ records when the results for the query in its URL are painted', async ({ page }) => {
  await page.goto('/search/?q=consensus');
  await expect(page.locator('[data-result-link]').first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('results-painted', 'mark').length)).toBe(1);
});

for (const pagePath of ['/search/?q=consensus', '/zh/search/']) {
  test(`${pagePath} runs its React app without the framework`, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pagePath);
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
    await expect(page.locator('#search-status')).toBeAttached();
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.startsWith('/_next/') && url.endsWith('.js'))).toEqual([]);
    expect(requested.some((url) => /^\/assets\/search-[\w-]+\.js$/.test(url))).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('no exported page but /sheet/ references a framework script or payload', () => {
  const files = htmlFilesUnder(OUT);
  expect(files.length).toBeGreaterThan(100);
  const framework: string[] = [];
  for (const file of files) {
    const url = `/${path.relative(OUT, file).split(path.sep).join('/')}`;
    const html = readFileSync(file, 'utf8');
    const heavy = /<script[^>]*src="\/_next\/|__next_f|as="script"/.test(html);
    if (heavy !== FRAMEWORK_PAGE.test(url)) framework.push(url);
    expect(html, url).toMatch(/<script>\(function\(\)\{var load=.*s\.src="\/assets\/reader-[\w-]+\.js"/);
  }
  expect(framework).toEqual([]);
});
