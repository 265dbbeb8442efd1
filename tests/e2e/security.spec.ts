import { expect, test } from './test';
import { PAGE_KINDS } from './pages';

test('every page kind carries a Content-Security-Policy and breaks none of it', async ({ page }) => {
  // 24 pages, each until the network is quiet: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const { path } of PAGE_KINDS) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy, path).toMatch(/script-src 'self'/);
    expect(policy, path).not.toMatch(/unsafe-eval|unsafe-inline/);
    // The page's script ran under the policy: the theme button is shown.
    await expect(page.getByRole('button', { name: /^(Dark|Light) mode|深色模式|浅色模式$/ })).toBeVisible();
  }
  expect(violations).toEqual([]);
});
