import { expect, test } from './test';
import { browserPath, CHROMIUM_FLAGS } from '../../scripts/browser/find';
import { backKeepsPlace } from './back';

/**
 * Back to /search/ with the back/forward cache on, as in a reader's browser (Playwright's Chromium runs without it
 * unless told; search.spec.ts tests the page loaded anew).
 */
test.use({
  launchOptions: {
    executablePath: browserPath(),
    args: CHROMIUM_FLAGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  },
});
test('Back to /search/ on a phone restores the page from the cache: results and scroll', async ({ page }) => {
  await backKeepsPlace(page, '/search/?q=governance');
  // The page came back from the cache (its own listener survived): it is eligible, no unload handler, no no-store.
  await expect(page.locator('body')).toHaveAttribute('data-shown', 'true');
});
