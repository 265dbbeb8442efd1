import { expect, test } from '@playwright/test';
import { PAGE_KINDS } from './pages';

test('every page kind carries a Content-Security-Policy and breaks none of it', async ({ page }) => {
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
    // The app hydrated under the policy: the theme toggle is interactive.
    await expect(page.getByRole('button', { name: /^(Dark|Light) mode|深色模式|浅色模式$/ })).toBeVisible();
  }
  expect(violations).toEqual([]);
});
