import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import { PAGE_KINDS } from './pages';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const { name, path } of PAGE_KINDS) {
      test(`axe finds no violations on the ${name} page`, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        // Open the disclosure widgets so that their contents are checked too.
        await page
          .locator('details')
          .evaluateAll((elements) => elements.forEach((element) => element.setAttribute('open', '')));
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        const summary = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}

test('keyboard: skip link, then every control reachable with visible focus', async ({ page }) => {
  await page.goto('/sources/looking-at-gaigi/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('mobile width: no horizontal page scroll at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const { path } of PAGE_KINDS) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
