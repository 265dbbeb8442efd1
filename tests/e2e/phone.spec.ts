import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test';
import { builtCorpus } from './corpus';
import { PAGE_KINDS } from './pages';

const corpus = builtCorpus();
const official = corpus.sources.find((source) => source.slug === 'global-ai-governance-initiative')!;

/**
 * Targets that fail WCAG 2.2's 2.5.8 (target size, minimum): smaller than 24 × 24 px, unless a 24 px circle centred
 * on the target meets no other target and no other undersized target's circle (the spacing exception), or the target
 * is a link inside running text (a block holding words of its own beside its links).
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const visible = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea')]
      .filter((element) => !element.closest('.sr-only') && getComputedStyle(element).visibility !== 'hidden')
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    const inRunningText = (element: HTMLElement) => {
      let block = element.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      const clone = block?.cloneNode(true) as HTMLElement | undefined;
      clone?.querySelectorAll('a, button').forEach((inner) => inner.remove());
      return element.tagName === 'A' && (clone?.textContent ?? '').replace(/[\s\p{P}\p{S}]/gu, '').length >= 2;
    };
    const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    const circleMeetsBox = (c: { x: number; y: number }, box: DOMRect) => {
      const dx = Math.max(box.left - c.x, 0, c.x - box.right);
      const dy = Math.max(box.top - c.y, 0, c.y - box.bottom);
      return dx * dx + dy * dy < 144;
    };
    const undersized = visible.filter(
      ({ element, box }) => (box.width < 24 || box.height < 24) && !inRunningText(element),
    );
    return undersized
      .filter(({ element, box }) => {
        const c = centre(box);
        return visible.some((other) => {
          if (other.element === element || other.element.contains(element) || element.contains(other.element))
            return false;
          if (circleMeetsBox(c, other.box)) return true;
          const small = undersized.some((item) => item.element === other.element);
          const o = centre(other.box);
          return small && Math.hypot(c.x - o.x, c.y - o.y) < 24;
        });
      })
      .map(
        ({ element, box }) =>
          `${element.tagName} "${element.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  });
}

/**
 * Controls holding a word that breaks so that one of its lines has a single character of it ("搜" above "索"). A word
 * is a run without spaces, so a Chinese phrase counts as one; a one-letter word ("A") on its own line is no break,
 * and punctuation is not counted (a "，" may end a line after the word it follows).
 */
async function singleCharacterLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const range = document.createRange();
    const lineOf = (node: Text, offset: number, length: number) => {
      range.setStart(node, offset);
      range.setEnd(node, offset + length);
      const rect = range.getBoundingClientRect();
      return rect.width > 0 ? Math.round(rect.top) : undefined;
    };
    const brokenWord = (node: Text) =>
      [...node.data.matchAll(/\S+/gu)].some((match) => {
        const lines = new Map<number, number>();
        let offset = match.index;
        for (const character of match[0]) {
          const line = lineOf(node, offset, character.length);
          if (line !== undefined && /[\p{L}\p{N}]/u.test(character)) lines.set(line, (lines.get(line) ?? 0) + 1);
          offset += character.length;
        }
        return lines.size > 1 && [...lines.values()].some((count) => count === 1);
      });
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('a[href], button, summary, label, th, legend, h1, h2');
    // A search result's excerpt is a passage's own text, set as running prose: not a word of the interface.
    for (const control of [...controls].filter((element) => !element.matches('[data-result-snippet]'))) {
      const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (node instanceof Text && brokenWord(node))
          found.push(`${control.tagName} "${control.textContent?.trim().slice(0, 30)}"`);
    }
    return found;
  });
}

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('compare cards are as tall as their own content', async ({ page }) => {
    await page.goto('/principles/open-source-against-monopolies/compare/');
    const slack = await page.locator('section[id^="col-"]').evaluateAll((sections) =>
      sections.map((section) => {
        const children = [...section.children].map((child) => child.getBoundingClientRect());
        const content = children[children.length - 1].bottom - children[0].top;
        return section.getBoundingClientRect().height - content;
      }),
    );
    expect(slack.length).toBeGreaterThan(1);
    for (const extra of slack) expect(extra).toBeLessThanOrEqual(40);
  });

  test('the matrix keeps its header row and first column in view while it scrolls', async ({ page }) => {
    await page.goto('/');
    const region = page.getByRole('region', { name: /Coverage matrix/ });
    await region.evaluate((element) => element.scrollTo({ top: 400, left: 300 }));
    const [regionBox, header, firstColumn] = await Promise.all([
      region.boundingBox(),
      page.locator('thead th').nth(2).boundingBox(),
      page.locator('tbody th').nth(8).boundingBox(),
    ]);
    expect(Math.abs(header!.y - regionBox!.y)).toBeLessThanOrEqual(2);
    expect(Math.abs(firstColumn!.x - regionBox!.x)).toBeLessThanOrEqual(2);
  });

  for (const { name, path } of PAGE_KINDS) {
    test(`targets are at least 24 × 24 px on the ${name} page`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await smallTargets(page)).toEqual([]);
    });
  }

  test("a passage's label opens its tools; closed tools are no tab stops", async ({ page }) => {
    await page.goto(`/sources/${official.slug}/`);
    await expect(page.getByRole('button', { name: 'Passage tools', exact: true })).toHaveCount(0);
    const passage = page.locator(`#${official.passages[5].id}`);
    const copy = passage.getByRole('button', { name: 'Copy link' });
    await expect(copy).toBeHidden();
    await passage.locator('summary.passage-label').click();
    await expect(copy).toBeVisible();
    const label = await passage.locator('summary.passage-label').textContent();
    expect(label).toContain('point');
  });
});

test('at 320 px: no sideways scroll and no word broken into single characters', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 700 });
  for (const { path } of PAGE_KINDS) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Every disclosure open: a reader who opens a passage's tools must meet no broken word or sideways scroll either.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    // Soft: one run names every page that breaks, not only the first.
    expect.soft(overflow, path).toBeLessThanOrEqual(0);
    expect.soft(await singleCharacterLines(page), path).toEqual([]);
  }
});

/**
 * Tab stops from the top of the page until focus comes back round, each named by where it is: "passage" (inside a
 * passage), "contents" (the "On this page" list) or "page" (everything else: header, page controls, footer).
 */
async function tabStops(page: Page): Promise<string[]> {
  await page.locator('body').focus();
  const seen = new Map<string, string>();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const active = document.activeElement;
      if (!active || active === document.body) return undefined;
      const region = active.closest('article[data-passage]')
        ? 'passage'
        : active.closest('nav[aria-label="On this page"], nav[aria-labelledby="on-this-page"]')
          ? 'contents'
          : 'page';
      return { key: `${active.tagName}:${[...document.querySelectorAll('*')].indexOf(active)}`, region };
    });
    if (!stop || seen.has(stop.key)) break;
    seen.set(stop.key, stop.region);
  }
  return [...seen.values()];
}

test('the home page has at most 40 tab stops; the matrix is one, moved through with the arrow keys', async ({
  page,
}) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('table[data-matrix-grid]')).toHaveAttribute('role', 'grid');
  expect((await tabStops(page)).length).toBeLessThanOrEqual(40);
  const first = page.locator('table[data-matrix-grid] [tabindex="0"]');
  await first.focus();
  const before = await first.getAttribute('href');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  const after = await page.evaluate(() => document.activeElement?.closest('td, th') !== null);
  expect(after).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).not.toBe(before);
  await expect(page.locator('table[data-matrix-grid] [tabindex="0"]')).toHaveCount(1);
});

for (const { slug, width } of [
  { slug: 'global-ai-governance-initiative', width: 1280 },
  { slug: 'china-daily-significant-stride', width: 390 },
]) {
  test(`a source page has one tab stop per passage, one per contents entry, and few of its own (${slug}, ${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/sources/${slug}/`);
    await page.waitForLoadState('networkidle');
    const passages = corpus.sources.find((source) => source.slug === slug)!.passages.length;
    const stops = await tabStops(page);
    const count = (region: string) => stops.filter((stop) => stop === region).length;
    expect(count('passage')).toBe(passages);
    expect(count('contents')).toBeLessThanOrEqual(passages);
    // Header (skip link, home, 4 sections, search box, language, theme), the source's own links and tools, footer.
    expect(count('page')).toBeLessThanOrEqual(16);
    expect(stops.length).toBeLessThanOrEqual(2 * passages + 16);
  });
}

test('desktop: the tools of a linked passage stay within its box', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const passage of official.passages.slice(0, 8)) {
    await page.goto(`/sources/${official.slug}/#${passage.id}`);
    const article = page.locator(`#${passage.id}`);
    const tools = article.locator('.passage-tools');
    await expect(tools).toBeVisible();
    const [box, panel] = [await article.boundingBox(), await tools.boundingBox()];
    expect(panel!.y + panel!.height, passage.id).toBeLessThanOrEqual(box!.y + box!.height + 1);
  }
});

test('desktop: a long source lists its passages on the side, in view while the text scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/sources/${official.slug}/`);
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await expect(contents.getByRole('link')).toHaveCount(official.passages.length);
  await page.mouse.wheel(0, 1200);
  await expect(async () => {
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const box = (await contents.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThanOrEqual(20);
  }).toPass();
});

test('a passage page links to the previous and next passages', async ({ page }) => {
  const [before, passage, after] = official.passages.slice(4, 7);
  await page.goto(passage.url);
  await expect(page.getByRole('link', { name: /Previous passage/ })).toHaveAttribute('href', before.url);
  await expect(page.getByRole('link', { name: /Next passage/ })).toHaveAttribute('href', after.url);
});

test('sheet: Remove names the entry, moves focus to the next one, and can be undone', async ({ page }) => {
  const picked = official.passages.slice(5, 8);
  await page.goto(`/sheet/?p=${picked.map((passage) => `${official.slug}~${passage.id}`).join(',')}`);
  const entries = page.locator('[data-sheet-entry]');
  await expect(entries).toHaveCount(3);
  await page.getByRole('button', { name: `Remove point 2 of ${official.title}` }).click();
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(entries).toHaveCount(3);
  await expect(page.getByRole('button', { name: `Remove point 2 of ${official.title}` })).toBeVisible();
  await expect(entries.first()).toBeFocused();
  await page.getByRole('button', { name: /^Remove point 4 of/ }).click();
  await expect(entries).toHaveCount(2);
  await expect(page.locator('#sheet-list-heading')).toBeFocused();
});

test('"In your sheet" pressed again takes the passage out', async ({ page }) => {
  await page.goto(official.passages[5].url);
  const button = page.getByRole('main').getByRole('button', { name: 'Add to sheet' });
  await button.click();
  const pressed = page.getByRole('main').getByRole('button', { name: 'In your sheet' });
  await expect(pressed).toHaveAttribute('aria-pressed', 'true');
  await pressed.click();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate(() => localStorage.getItem('quote-sheet'))).toBe('');
});

test.describe('term index', () => {
  for (const locale of ['en', 'zh'] as const) {
    test(`a page for every glossary pair (${locale})`, async ({ page }) => {
      test.setTimeout(120_000);
      const prefix = locale === 'zh' ? '/zh' : '';
      await page.goto(`${prefix}/terms/`);
      await expect(page.locator('main li a')).toHaveCount(corpus.glossary.length);
      for (const term of corpus.glossary) {
        const response = await page.goto(`${prefix}${term.url}`);
        expect(response?.status(), term.url).toBe(200);
        await expect(page.getByRole('heading', { level: 1 })).toContainText(term.en[0]);
        await expect(page.getByRole('heading', { level: 1 })).toContainText(term.zh[0]);
        await expect(page.locator('main mark').first(), term.url).toBeVisible();
      }
    });
  }

  test("He Yin's English is shown beside the Chinese term", async ({ page }) => {
    await page.goto('/terms/technological-monopolies/');
    const renderings = page.getByRole('region', { name: 'How the English texts render the Chinese term' });
    await expect(renderings.getByRole('link', { name: /He Yin \(English\)/ }).first()).toBeVisible();
  });

  test('terms in passages link to their page only while "Show why" is on', async ({ page }) => {
    await page.goto('/sources/he-yin-zh/');
    const termLinks = page.locator('.gloss a[href]');
    // Off: the terms are plain words, no anchor of any kind (Lighthouse counts an href-less <a> as uncrawlable).
    await expect(page.locator('.gloss a, a.gloss')).toHaveCount(0);
    const showWhy = page.getByRole('button', { name: 'Show why' });
    await showWhy.click();
    await expect(
      page.locator('.gloss[data-term-href="/terms/small-yard/"] a[href="/terms/small-yard/"]').first(),
    ).toBeAttached();
    await showWhy.click();
    await expect(termLinks).toHaveCount(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the term pages (${colorScheme})`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme });
      for (const path of ['/terms/', '/terms/united-nations/', '/zh/terms/', '/zh/terms/he-yin/']) {
        await page.goto(path);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(results.violations.map((violation) => `${path} ${violation.id}`)).toEqual([]);
      }
    });
  }
});
