import { expect, test } from '../e2e/test';

/** The hostile fixture (tests/fixtures/site-additions/sources/hostile.md) is built into the fixture site. */
test('nothing from hostile content executes or reaches the page', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await page.goto('/sources/hostile/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hostile fixture');
  const main = page.locator('main');
  await expect(main.getByText('Styled paragraph')).toBeVisible();
  // Gone if anything replaces the document (a javascript: or data: navigation, a meta refresh).
  await page.evaluate(() => ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true));

  // Interact the way a reader would: hover and click everything that looks clickable.
  for (const text of ['Hover or click me', 'script link', 'data link', 'Styled paragraph']) {
    const target = main.getByText(text, { exact: false }).first();
    await target.hover();
    await target.click({ noWaitAfter: true }).catch(() => undefined);
  }
  // Whatever the clicks set going has run once the page has run the tasks queued before this one (handlers,
  // navigations, 0 ms timers) and drawn a frame: a condition, not a guess at a delay.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  await expect(page).toHaveURL(/\/sources\/hostile\/$/);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(requests.filter((url) => url.includes('evil.example'))).toEqual([]);
  await expect(main.locator('script, iframe, object, embed, svg, style, form, meta, link, base')).toHaveCount(0);
  await expect(main.locator('[style], [onerror], [onload], [onclick], [onmouseover]')).toHaveCount(0);
  const hrefs = await main
    .locator('a[href]')
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => /^\s*(javascript|vbscript|data):/i.test(href))).toEqual([]);
  const safe = main.getByRole('link', { name: 'safe link' });
  await expect(safe).toHaveAttribute('href', 'https://example.org/report');
  await expect(safe).toHaveAttribute('rel', 'noopener noreferrer');
});

test('hostile text is shown as text', async ({ page }) => {
  await page.goto('/sources/hostile/');
  await expect(page.locator('main')).toContainText('Inline image and svg.');
  await expect(page.locator('main')).not.toContainText('window.__pwned');
});
