import { expect, test } from '@playwright/test';
import { PAGE_KINDS } from './pages';

/** Screenshots of every page kind at desktop and phone widths, in test-results/screenshots/, for people to look at. */
for (const width of [1280, 390]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshots at ${width} px, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      for (const { name, path } of PAGE_KINDS) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const file = `test-results/screenshots/${name}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        expect(await page.locator('h1').count(), path).toBeGreaterThan(0);
      }
    });
  }
}
