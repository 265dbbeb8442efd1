import { expect, test } from './test';
import { PAGE_KINDS } from './pages';

/**
 * Screenshots of every page kind in both languages, at desktop and phone widths, light and dark, saved in
 * test-results/screenshots/ for people to look at; each page is also checked for what a glance at it would catch: the
 * wrong language, a title pushed out of the first screen, or anything wider than the window.
 */
for (const width of [1280, 390]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshots at ${width} px, ${colorScheme}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      for (const { name, path, locale } of PAGE_KINDS) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: `test-results/screenshots/${name}-${width}-${colorScheme}.png`, fullPage: true });
        await expect(page.locator('html'), path).toHaveAttribute('lang', locale === 'zh' ? 'zh-Hans' : 'en');
        const title = page.getByRole('heading', { level: 1 });
        await expect(title, path).toHaveText(/\S/);
        const box = (await title.boundingBox())!;
        expect(box.y + box.height, `${path}: the title is below the first screen`).toBeLessThanOrEqual(900);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${path}: wider than the window`).toBeLessThanOrEqual(0);
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background === 'rgb(17, 20, 24)', `${path}: not in ${colorScheme} mode`).toBe(colorScheme === 'dark');
      }
    });
  }
}
