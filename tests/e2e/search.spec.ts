import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const box = (page: Page) => page.getByRole('searchbox', { name: /quoted phrase/ });
const status = (page: Page) => page.locator('#search-status');
const results = (page: Page) => page.locator('[data-result-link]');

/** Opens a search URL and waits for the live search (not the prerendered form) to be on the page. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(status(page)).toBeAttached();
}

/** Fails the test on any dialog (alert from injected script) or uncaught page error. */
function watchForTrouble(page: Page) {
  const trouble: string[] = [];
  page.on('dialog', (dialog) => {
    trouble.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
  return trouble;
}

test('an English word: results as you type, with the word marked', async ({ page }) => {
  await open(page, '/search/');
  await box(page).pressSequentially('sovereign', { delay: 20 });
  await expect(status(page)).toHaveText(/^\d+ passages? match(es)? “sovereign”\.$/);
  await expect(page).toHaveURL(/\/search\/\?q=sovereign$/);
  const first = results(page).first();
  await expect(first.locator('mark').first()).toHaveText(/^sovereign/i);
});

test('a quoted phrase finds the passages that say it, marked as one stretch', async ({ page }) => {
  await open(page, '/search/');
  await box(page).fill('"small yard"');
  await expect(status(page)).toHaveText(/^\d+ passages? match(es)? “"small yard"”\.$/);
  await expect(results(page).first().locator('mark', { hasText: /^small yard$/i })).toHaveCount(1);
});

test('Chinese without spaces, in a zh snippet', async ({ page }) => {
  await open(page, '/search/');
  await box(page).fill('主渠道');
  const first = results(page).first();
  await expect(first).toHaveAttribute('lang', 'zh');
  await expect(first.locator('mark').first()).toHaveText('主渠道');
});

test('a result leads to its passage, which is the URL target and has the words marked', async ({ page }) => {
  await open(page, '/search/?q=%22small+yard%22');
  const first = results(page).first();
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^\/sources\/[a-z0-9-]+\/\?hl=[^#]+#p-[0-9a-f]{8}/);
  await first.click();
  const id = href!.split('#')[1];
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toHaveAttribute('data-targeted', '');
  await expect(target).toBeInViewport();
  await expect(target.locator('mark[data-hl]').first()).toHaveText(/small yard/i);
});

test('keyboard: arrow keys move through results, Enter opens one', async ({ page }) => {
  await open(page, '/search/?q=governance');
  await expect(results(page).nth(1)).toBeVisible();
  await box(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const href = await results(page).first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.split('#')[1]}$`));
});

test('a shared URL shows the same results, also after a reload', async ({ page }) => {
  await open(page, '/search/?q=%E4%B8%BB%E6%B8%A0%E9%81%93&lang=zh');
  await expect(box(page)).toHaveValue('主渠道');
  await expect(status(page)).toHaveText(/^\d+ passages? match(es)? “主渠道”\.$/);
  const before = await status(page).textContent();
  await page.reload();
  await expect(box(page)).toHaveValue('主渠道');
  await expect(status(page)).toHaveText(before!);
  await expect(page.getByRole('link', { name: /^Chinese/, exact: false }).and(page.locator('[aria-current="true"]'))).toBeVisible();
});

test('back and forward walk through searches and filters', async ({ page }) => {
  await open(page, '/search/?q=governance');
  await expect(status(page)).toHaveText(/“governance”/);
  await box(page).fill('主渠道');
  await expect(page).toHaveURL(/q=%E4%B8%BB%E6%B8%A0%E9%81%93/);
  await expect(status(page)).toHaveText(/“主渠道”/);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=governance$/);
  await expect(box(page)).toHaveValue('governance');
  await expect(status(page)).toHaveText(/“governance”/);
  await page.goForward();
  await expect(box(page)).toHaveValue('主渠道');

  await open(page, '/search/?q=governance');
  await expect(status(page)).toHaveText(/“governance”/);
  const before = await status(page).textContent();
  await page.getByRole('navigation', { name: 'Filter results' }).getByRole('link', { name: /^English/ }).click();
  await expect(page).toHaveURL(/lang=en/);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=governance$/);
  await expect(status(page)).toHaveText(before!);
});

test('nothing found: a spelling suggestion, and the term in the other language', async ({ page }) => {
  await open(page, '/search/?q=sovreignty');
  await expect(page.getByRole('heading', { name: /No passage matches/ })).toBeVisible();
  await page.getByRole('link', { name: 'sovereignty' }).click();
  await expect(page).toHaveURL(/q=sovereignty/);
  await expect(results(page).first()).toBeVisible();

  await open(page, '/search/?q=%E4%B8%BB%E6%B8%A0%E9%81%93&lang=en');
  await expect(page.getByRole('link', { name: 'main channel' })).toBeVisible();
});

const BAD_INPUT = [
  '',
  'x'.repeat(10_000),
  '((((',
  '<img src=x onerror=window.__injected=1;alert(1)>',
  '"><script>window.__injected=1</script>',
  'a\u0000b',
  'مرحبا بالعالم',
  '🙂🙂🙂',
];

for (const input of BAD_INPUT) {
  test(`bad input in the URL is shown as text, runs nothing: ${JSON.stringify(input.slice(0, 40))}`, async ({ page }) => {
    const trouble = watchForTrouble(page);
    await open(page, `/search/?q=${encodeURIComponent(input)}`);
    if (input !== '') await expect(status(page)).toHaveText(/passage|Nothing to search for/);
    await expect(page.locator('main img, main script:not([src])')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(trouble).toEqual([]);
  });
}

test('bad input typed or pasted: NUL and lone surrogates', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await open(page, '/search/');
  // A lone surrogate cannot travel in a URL or through the keyboard: it is set the way a paste would.
  await box(page).evaluate((input: HTMLInputElement) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, 'gover\ud800nance\u0000');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(status(page)).toHaveText(/passages? match/);
  expect(trouble).toEqual([]);
});

test('the long query is cut, and says so', async ({ page }) => {
  await open(page, `/search/?q=${'governance '.repeat(1000)}`);
  await expect(page.getByText(/only its first 500 characters/)).toBeVisible();
});

test('no index bytes until search is used', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/search-index/')) fetched.push(request.url());
  });
  await page.goto('/');
  await open(page, '/search/');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await box(page).fill('治理');
  await expect(results(page).first()).toBeVisible();
  expect(fetched.some((url) => url.includes('/search-index/manifest.json'))).toBe(true);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: results, filters and the no-results message (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of ['/search/?q=%E6%B2%BB%E7%90%86&principle=un-central-role', '/search/?q=sovreignty']) {
      await page.goto(path);
      await expect(status(page)).toHaveText(/match/);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(violations.map((violation) => `${path} ${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  });
}

test('360 px wide: no sideways scroll with results and filters, nor with a long word', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const query of ['governance', 'x'.repeat(600)]) {
    await open(page, `/search/?q=${query}`);
    await expect(status(page)).toHaveText(/match/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, query.slice(0, 20)).toBeLessThanOrEqual(0);
  }
});
