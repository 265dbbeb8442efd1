import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './test';
import { PAGE_KINDS } from './pages';
import { htmlFilesUnder } from '../../lib/files-under';

const OUT = path.join(process.cwd(), 'out');

test('every page declares its language and links its other-language version', async ({ page }) => {
  for (const { path: pagePath, locale } of PAGE_KINDS.filter((kind) => !kind.name.endsWith('not-found'))) {
    await page.goto(pagePath);
    await expect(page.locator('html'), pagePath).toHaveAttribute('lang', locale === 'zh' ? 'zh-Hans' : 'en');
    const other = page.locator(`link[rel="alternate"][hreflang="${locale === 'zh' ? 'en' : 'zh-Hans'}"]`);
    await expect(other, pagePath).toHaveAttribute('href', /\/(zh\/)?[^#]*$/);
  }
});

test('Chinese pages keep the reader in Chinese: every internal link stays under /zh/', () => {
  const files = htmlFilesUnder(path.join(OUT, 'zh'));
  expect(files.length).toBeGreaterThan(40);
  const strays: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const [tag, href] of Array.from(html.matchAll(/<a\s[^>]*?href="(\/[^"]*)"[^>]*>/g), (match) => [
      match[0],
      match[1],
    ])) {
      // The language switch leads to English on purpose; data files have no language.
      if (/hreflang="en"/i.test(tag) || /^\/(data|search-index)\//.test(href)) continue;
      if (!href.startsWith('/zh/')) strays.push(`${path.relative(OUT, file)}: ${href}`);
    }
  }
  expect(strays).toEqual([]);
});

test('the interface is Chinese under /zh/, content stays as collected', async ({ page }) => {
  await page.goto('/zh/principles/sovereignty/');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '原则' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('尊重他国主权');
  await expect(page.getByRole('heading', { name: '倡议原文' })).toBeVisible();
  await expect(page.locator('blockquote[lang="en"]').first()).toContainText('national sovereignty');
  await page.goto('/zh/sources/he-yin-zh/');
  // The collected title has an ASCII colon between Chinese characters: shown full-width.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('人民日报和音：积极参与和引领人工智能全球治理');
});

test('the language switch goes to the same page, keeping the query and the fragment', async ({ page }) => {
  await page.goto('/principles/sovereignty/#in-new-era-openness-collaboration');
  await page.getByRole('link', { name: '中文', exact: true }).click();
  await expect(page).toHaveURL(/\/zh\/principles\/sovereignty\/#in-new-era-openness-collaboration$/);
  await expect(page.locator('[id="in-new-era-openness-collaboration"]')).toBeInViewport();
  await page.goto('/zh/search/?q=%E4%B8%BB%E6%B8%A0%E9%81%93');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%E4%B8%BB%E6%B8%A0%E9%81%93$/);
  expect(new URL(page.url()).pathname).toBe('/search/');
});

test('a missing page under /zh/ gets the Chinese 404 page, with status 404', async ({ page }) => {
  const response = await page.goto('/zh/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('本站没有这个页面');
  await expect(page.getByRole('main').getByRole('link', { name: '尊重他国主权' })).toHaveAttribute(
    'href',
    '/zh/principles/sovereignty/',
  );
});

test('the sitemap lists every page in both languages, each with its alternates', () => {
  const sitemap = readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8');
  const urls = Array.from(sitemap.matchAll(/<loc>([^<]+)<\/loc>/g), (match) => new URL(match[1]).pathname);
  expect(urls.filter((url) => url.startsWith('/zh/')).length).toBe(urls.length / 2);
  expect(urls).toContain('/zh/principles/sovereignty/');
  expect(sitemap).toMatch(/hreflang="zh-Hans" href="[^"]+\/zh\/principles\/sovereignty\/"/);
});

test.describe('compare that fits', () => {
  test('at 1280 px every work is in view and no column is cut', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const locale of ['', '/zh']) {
      await page.goto(`${locale}/principles/un-central-role/compare/`);
      const columns = page.getByRole('region', { name: /Works side by side|各文本并列/ }).locator('section');
      expect(await columns.count()).toBeGreaterThan(3);
      for (const column of await columns.all()) {
        const box = (await column.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(1280);
        const overflow = await column.evaluate((element) =>
          [...element.querySelectorAll('*')].some(
            (child) =>
              child.scrollWidth > child.clientWidth + 1 &&
              getComputedStyle(child).overflowX === 'visible' &&
              child.clientWidth > 0,
          ),
        );
        expect(overflow).toBe(false);
      }
    }
  });

  test('at 390 px one work at a time, with a switch', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/zh/principles/un-central-role/compare/');
    const region = page.getByRole('region', { name: '各文本并列' });
    const inView = async () =>
      (
        await Promise.all(
          (await region.locator('section').all()).map((section) =>
            section.evaluate((element) => {
              const box = element.getBoundingClientRect();
              return box.left >= 0 && box.right <= window.innerWidth;
            }),
          ),
        )
      ).filter(Boolean).length;
    expect(await inView()).toBe(1);
    const switcher = page.getByRole('navigation', { name: '显示的文本' });
    await switcher.getByRole('link').nth(2).click();
    const third = region.locator('section').nth(2);
    await expect
      .poll(() => third.evaluate((element) => element.getBoundingClientRect().left))
      .toBeGreaterThanOrEqual(0);
    await expect
      .poll(() => third.evaluate((element) => element.getBoundingClientRect().right <= window.innerWidth))
      .toBe(true);
  });
});

test.describe('calm passages', () => {
  test('on a wide screen the tools show on hover and open from the label by keyboard; the label always shows', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/sources/looking-at-gaigi/');
    const article = page.locator('article[data-passage]').nth(3);
    const copy = article.getByRole('button', { name: 'Copy link' });
    await expect(article.locator('.passage-label')).toBeVisible();
    await expect(copy).toBeHidden();
    await article.hover();
    await expect(copy).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(copy).toBeHidden();
    await article.locator('summary.passage-label').focus();
    await page.keyboard.press('Enter');
    await expect(copy).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(article.locator('.passage-tools').locator(':focus')).toHaveCount(1);
  });

  test("on a phone the passage's label opens its tools, announced as expanded", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/zh/sources/looking-at-gaigi/');
    await expect(page.getByRole('button', { name: '段落工具', exact: true })).toHaveCount(0);
    const article = page.locator('article[data-passage]').nth(3);
    const selector = `article[id="${await article.getAttribute('id')}"] summary.passage-label`;
    // What a screen reader hears: Chromium's accessibility tree for the label, a disclosure with an expanded state.
    const cdp = await page.context().newCDPSession(page);
    const announced = async () => {
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      const expanded = nodes[0].properties?.find((property) => property.name === 'expanded');
      return { name: nodes[0].name?.value, expanded: expanded?.value.value };
    };
    await expect(article.locator('.passage-tools')).toBeHidden();
    expect(await announced()).toEqual({ name: expect.stringContaining('段落工具'), expanded: false });
    await page.locator(selector).click();
    expect(await announced()).toEqual({ name: expect.stringContaining('段落工具'), expanded: true });
    await expect(article.getByRole('button', { name: '复制链接' })).toBeVisible();
  });

  test('"Show why" underlines the evidence, and is remembered', async ({ page }) => {
    await page.goto('/sources/looking-at-gaigi/');
    const term = page.locator('.term').first();
    await expect(term).toHaveCSS('text-decoration-line', 'none');
    const toggle = page.getByRole('button', { name: 'Show why' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(term).toHaveCSS('text-decoration-line', 'underline');
    await page.goto('/zh/principles/sovereignty/');
    await expect(page.locator('.term').first()).toHaveCSS('text-decoration-line', 'underline');
    await expect(page.getByRole('button', { name: '显示依据' })).toHaveAttribute('aria-pressed', 'true');
  });
});
