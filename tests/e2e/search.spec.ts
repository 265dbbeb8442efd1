import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test';
import { backKeepsPlace } from './back';

const box = (page: Page) => page.getByRole('searchbox', { name: /quoted phrase/ });
const status = (page: Page) => page.locator('#search-status');
const results = (page: Page) => page.locator('[data-result-link]');
/** Each passage's excerpt: a second link to the passage, out of the tab order. */
const snippets = (page: Page) => page.locator('[data-result-snippet]');

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
  const first = snippets(page).first();
  await expect(first.locator('mark').first()).toHaveText(/^sovereign/i);
});

test('a quoted phrase finds the passages that say it, marked as one stretch', async ({ page }) => {
  await open(page, '/search/');
  await box(page).fill('"small yard"');
  await expect(status(page)).toHaveText(/^\d+ passages? match(es)? “"small yard"”\.$/);
  await expect(
    snippets(page)
      .first()
      .locator('mark', { hasText: /^small yard$/i }),
  ).toHaveCount(1);
});

test('Chinese without spaces, in a zh snippet', async ({ page }) => {
  await open(page, '/search/');
  await box(page).fill('主渠道');
  const first = snippets(page).first();
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
  await expect(
    page.getByRole('link', { name: /^Chinese/, exact: false }).and(page.locator('[aria-current="true"]')),
  ).toBeVisible();
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
  await page
    .getByRole('navigation', { name: 'Filter results' })
    .getByRole('link', { name: /^English/ })
    .click();
  await expect(page).toHaveURL(/lang=en/);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=governance$/);
  await expect(status(page)).toHaveText(before!);
});

test('nothing found: a spelling suggestion', async ({ page }) => {
  await open(page, '/search/?q=sovreignty');
  await expect(page.getByRole('heading', { name: /No passage matches/ })).toBeVisible();
  await page.getByRole('link', { name: 'sovereignty' }).click();
  await expect(page).toHaveURL(/q=sovereignty/);
  await expect(results(page).first()).toBeVisible();
});

test('across languages: a Chinese word finds the English translation, shown with its original as one result', async ({
  page,
}) => {
  await open(page, '/search/?q=%E4%B8%BB%E6%B8%A0%E9%81%93&lang=en');
  const first = page.locator('main article').first();
  await expect(first.locator('[data-result-snippet][lang="zh"] mark').first()).toHaveText('主渠道');
  await expect(first.locator('[data-result-snippet][lang="en"] mark').first()).toHaveText(/main channel/i);
});

test('many words that no passage holds together: the passages holding some, labelled', async ({ page }) => {
  await open(page, '/search/?q=hegemony+semiconductor+zzzz');
  await expect(status(page)).toHaveText(
    /^No passage holds every word of “hegemony semiconductor zzzz”; \d+ passages? holds? some of them\.$/,
  );
  await expect(page.locator('main article').first()).toContainText('Some of the words');
});

test('a filter value the reader does not have is named, not silently applied', async ({ page }) => {
  await open(page, '/search/?q=governance&principle=no-such-principle&lang=fr');
  await expect(page.getByRole('note').filter({ hasText: 'There is no principle “no-such-principle”' })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'There is no language “fr”' })).toBeVisible();
  await expect(results(page).first()).toBeVisible();
});

test('source pages mark ?hl= words as whole words: "AI" never inside "said"', async ({ page }) => {
  await page.goto('/sources/china-daily-significant-stride/?hl=AI#p-8d324175');
  const marks = page.locator('[id="p-8d324175"] mark[data-hl]');
  await expect(marks.first()).toHaveText('AI');
  expect(new Set(await marks.allTextContents())).toEqual(new Set(['AI']));
});

const headerBox = (page: Page) => page.getByRole('combobox', { name: 'Search all sources' });

test('header box: the top results while typing, arrow keys and Enter open one', async ({ page }) => {
  await page.goto('/principles/');
  await headerBox(page).pressSequentially('small yard', { delay: 20 });
  const options = page.getByRole('listbox', { name: 'Top results' }).getByRole('option');
  // "small yard" names a principle (one of its terms): its page is offered first, then the passages.
  await expect(options.nth(2)).toBeVisible();
  await expect(options.first()).toHaveText('Principle Open source and opposition to technological monopolies');
  await expect(options.nth(1)).toContainText(/small yard/i);
  expect(await options.count()).toBeLessThanOrEqual(8);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(headerBox(page)).toHaveAttribute('aria-activedescendant', 'site-search-option-1');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+\/\?hl=[^#]+#p-[0-9a-f]{8}/);
});

test('header box: Enter on the query itself opens the search page', async ({ page }) => {
  await page.goto('/');
  await headerBox(page).fill('主渠道');
  await expect(page.getByRole('listbox', { name: 'Top results' }).getByRole('option').first()).toBeVisible();
  await headerBox(page).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E4%B8%BB%E6%B8%A0%E9%81%93$/);
  await expect(results(page).first()).toBeVisible();
});

for (const { locale, box, list, q, spelling, didYouMean } of [
  {
    locale: '',
    box: 'Search all sources',
    list: 'Top results',
    q: 'soverignty',
    spelling: 'sovereignty',
    didYouMean: 'Did you mean sovereignty?',
  },
  {
    locale: '/zh',
    box: '搜索全部文本',
    list: '最佳结果',
    q: 'soverignty',
    spelling: 'sovereignty',
    didYouMean: '你是不是要找“sovereignty”？',
  },
]) {
  test(`header box: a misspelling offers the spelling the index knows, which Enter puts in the box (${locale || '/'})`, async ({
    page,
  }) => {
    await page.goto(`${locale}/principles/`);
    const combobox = page.getByRole('combobox', { name: box });
    await combobox.fill(q);
    const options = page.getByRole('listbox', { name: list }).getByRole('option');
    await expect(options.first()).toHaveText(didYouMean);
    await expect(page.locator('form[data-search-box] [role="status"]')).toContainText(didYouMean);
    await combobox.press('ArrowDown');
    await expect(combobox).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
    await combobox.press('Enter');
    await expect(combobox).toHaveValue(spelling);
    // The spelling's own results: the principle it names (in Chinese, 主权), passages, then "all results".
    const passages = options.and(page.locator('[data-href*="/sources/"]'));
    await expect(passages.first()).toContainText(new RegExp(spelling, 'i'));
    await expect(combobox).toBeFocused();
  });
}

for (const { locale, box, list, q, label, title } of [
  {
    locale: '',
    box: 'Search all sources',
    list: 'Top results',
    q: 'UN central role',
    label: 'Principle',
    title: "The UN's central role",
  },
  {
    locale: '/zh',
    box: '搜索全部文本',
    list: '最佳结果',
    q: '联合国发挥主渠道作用',
    label: '原则',
    title: '联合国发挥主渠道作用',
  },
  {
    locale: '/zh',
    box: '搜索全部文本',
    list: '最佳结果',
    q: 'data security',
    label: '原则',
    title: '个人隐私与数据安全',
  },
]) {
  test(`header box: a query naming a principle offers its page first (${locale || '/'} ${q})`, async ({ page }) => {
    await page.goto(`${locale}/sources/`);
    const combobox = page.getByRole('combobox', { name: box });
    await combobox.fill(q);
    const options = page.getByRole('listbox', { name: list }).getByRole('option');
    await expect(options.first()).toHaveText(`${label} ${title}`);
    await expect(options.nth(1)).toHaveAttribute('data-href', /\/sources\//);
    await combobox.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await combobox.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${locale}/principles/[a-z-]+/$`));
    await expect(page.locator('h1')).toContainText(title);
  });
}

test('header box: no index bytes until it is used', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/search-index/')) fetched.push(request.url());
  });
  await page.goto('/sources/he-yin-en/');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await headerBox(page).fill('UN');
  await expect(page.getByRole('listbox', { name: 'Top results' }).getByRole('option').first()).toBeVisible();
  expect(fetched.some((url) => url.includes('/search-index/manifest.json'))).toBe(true);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: the header box with results open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await headerBox(page).fill('developing countries');
    await expect(page.getByRole('listbox', { name: 'Top results' }).getByRole('option').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}

test('header box at 360 px: results fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/');
  await headerBox(page).fill('人工智能全球治理');
  const list = page.getByRole('listbox', { name: 'Top results' });
  await expect(list.getByRole('option').first()).toBeVisible();
  const box = await list.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
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
  test(`bad input in the URL is shown as text, runs nothing: ${JSON.stringify(input.slice(0, 40))}`, async ({
    page,
  }) => {
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

test('the long query is cut to its first 500 characters, and says so', async ({ page }) => {
  const notice = page.getByText(/only its first 500 characters/);
  /** The count said and the passages shown, once the search has answered. */
  const answer = async () => {
    await expect(status(page)).toHaveText(/passages? match|hold/);
    const shown = await results(page).evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).hash),
    );
    return { count: (await status(page).textContent())!.match(/^\d+/)?.[0], shown };
  };

  await open(page, `/search/?q=${encodeURIComponent('governance data')}`);
  const short = await answer();
  await expect(notice).toHaveCount(0);
  expect(short.shown.length).toBeGreaterThan(0);
  // A word past the 500th character: had it been used, no passage would hold every word.
  await open(page, `/search/?q=${encodeURIComponent('governance data 主渠道')}`);
  expect((await answer()).count).toBeUndefined();

  const kept = 'governance '.repeat(45) + 'data ';
  expect(kept.length).toBe(500);
  await open(page, `/search/?q=${encodeURIComponent(kept + '主渠道 '.repeat(100))}`);
  await expect(notice).toBeVisible();
  expect(await answer()).toEqual(short);
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
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(violations.map((violation) => `${path} ${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual(
        [],
      );
    }
  });
}

test('360 px wide: no sideways scroll with results and filters, nor with a long word', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const query of ['governance', 'x'.repeat(600)]) {
    await open(page, `/search/?q=${query}`);
    await expect(status(page)).toHaveText(/match/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, query.slice(0, 20)).toBeLessThanOrEqual(0);
  }
});

for (const locale of ['', '/zh']) {
  test(`on a phone the results come first, the filters behind one button (${locale || '/'})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${locale}/search/?q=${encodeURIComponent('developing countries')}`);
    const first = page.locator('[data-result-link]').first();
    await expect(first).toBeVisible();
    const box = (await first.boundingBox())!;
    expect(box.y, 'the first result starts inside the first screen').toBeLessThan(844);
    const filters = page.locator('#search-filters');
    await expect(filters).toBeHidden();
    const toggle = page.getByRole('button', { name: locale ? /筛选/ : /Filter/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(filters).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });
}

test('the empty search page offers example queries and the principles, in the reader’s language', async ({ page }) => {
  await page.goto('/zh/search/');
  await expect(page.getByRole('heading', { name: '试试' })).toBeVisible();
  await page.getByRole('link', { name: '主渠道', exact: true }).click();
  await expect(page).toHaveURL(/\/zh\/search\/\?q=/);
  await expect(page.locator('[data-result-link]').first()).toBeVisible();
  await expect(page.locator('[data-result-link]').first()).toHaveAttribute('href', /^\/zh\/sources\//);
  await page.goto('/search/');
  await expect(page.getByRole('link', { name: 'Respect for national sovereignty' })).toHaveAttribute(
    'href',
    '/search/?principle=sovereignty',
  );
});

test('when nothing matches, the message is said once', async ({ page }) => {
  await page.goto('/search/?q=zzzqqq');
  await expect(page.getByRole('heading', { name: /No passage matches/ })).toBeVisible();
  await expect(page.getByText(/No passage matches/)).toHaveCount(2);
  // The second is the live region, for screen readers only.
  await expect(page.locator('#search-status')).toHaveClass(/sr-only/);
});

// ---- Intent, marks and snippets, results that say what they are and why, Back keeps the place (issue 17) ----

for (const { locale, q, badge, principle } of [
  { locale: '', q: 'UN central role', badge: 'States this principle', principle: "The UN's central role" },
  { locale: '/zh', q: '联合国发挥主渠道作用', badge: '阐述这一原则', principle: '联合国发挥主渠道作用' },
]) {
  test(`a query naming a principle: its passages first, its page offered first (${locale || '/'})`, async ({
    page,
  }) => {
    await open(page, `${locale}/search/?q=${encodeURIComponent(q)}`);
    const suggestion = page.locator('[data-principle-suggestion]').getByRole('link', { name: principle });
    await expect(suggestion).toHaveAttribute('href', `${locale}/principles/un-central-role/`);
    const first = page.locator('main article').first();
    await expect(first).toContainText(badge);
    await expect(first.locator('[data-why]')).toContainText(principle);
  });
}

for (const { locale, q, stop } of [
  { locale: '', q: 'the role of the United Nations in the world', stop: /^(the|of|in)$/i },
  { locale: '/zh', q: '发展中国家 的 发言权', stop: /^的$/ },
]) {
  test(`stop words are never marked alone (${locale || '/'})`, async ({ page }) => {
    await open(page, `${locale}/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('main article mark').first()).toBeVisible();
    const marks = await page.locator('main article mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((mark) => stop.test(mark.trim()))).toEqual([]);
  });
}

for (const { locale, q } of [
  { locale: '', q: 'open source' },
  { locale: '/zh', q: '开源' },
]) {
  test(`on a phone every snippet shows its match (${locale || '/'} ${q})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await open(page, `${locale}/search/?q=${encodeURIComponent(q)}`);
    await expect(snippets(page).first()).toBeVisible();
    // The official text's point 4 says 开源 near its end: its snippet must still reach it.
    const official = page.locator('main article', { hasText: locale ? '第四点' : 'point 4' });
    await expect(official.locator('[data-result-snippet] mark', { hasText: '开源' })).toBeVisible();
    for (const snippet of await snippets(page).all()) {
      if ((await snippet.locator('mark').count()) === 0) continue;
      const mark = (await snippet.locator('mark').first().boundingBox())!;
      const box = (await snippet.boundingBox())!;
      expect(mark.y).toBeGreaterThanOrEqual(box.y);
      expect(mark.y + mark.height).toBeLessThanOrEqual(box.y + box.height + 1);
      // A snippet cut from a longer passage opens near its match: within its first three lines.
      if ((await snippet.textContent())!.startsWith('…')) expect(mark.y - box.y).toBeLessThan(3 * mark.height + 8);
    }
  });
}

for (const { locale, why, label } of [
  { locale: '', why: 'another name: UN → 联合国', label: 'point 11' },
  { locale: '/zh', why: '另一名称：UN → 联合国', label: '第十一点' },
]) {
  test(`a result's heading and snippet both go to the passage, labelled, with why it matched (${locale || '/'})`, async ({
    page,
  }) => {
    await open(page, `${locale}/search/?q=UN&source=global-ai-governance-initiative`);
    const result = page.locator('main article', { hasText: label }).first();
    const heading = result.locator('[data-result-link]');
    await expect(heading).toContainText(label);
    const href = await heading.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${locale}/sources/global-ai-governance-initiative/\\?hl=[^#]+#p-[0-9a-f]{8}`));
    await expect(result.locator('[data-result-snippet]')).toHaveAttribute('href', href!);
    await expect(result.locator('[data-why]')).toContainText(why);
    await heading.click();
    await expect(page).toHaveURL(new RegExp(`${href!.split('#')[1]}$`));
  });
}

test('why-lines name an inflection, a phrase and the translation', async ({ page }) => {
  await open(page, '/search/?q=regulate');
  await expect(page.locator('[data-why]').first()).toContainText(/another form: regulate → regulat/);
  await open(page, '/search/?q=central+role');
  await expect(page.locator('main article', { hasText: 'the words as one phrase' }).first()).toBeVisible();
  await open(page, '/search/?q=Boao+Forum');
  await expect(page.locator('[data-why]').first()).toContainText('the match is in the other language’s version');
});

test('Back to /zh/search/ on a phone, loaded anew, scrolls back to the place', async ({ page }) => {
  // Playwright's Chromium runs without the back/forward cache: the page loads again and restores its scroll.
  await backKeepsPlace(page, '/zh/search/?q=%E6%B2%BB%E7%90%86');
});

test('header box: Back to a page restores its query, with its results when the list was open', async ({ page }) => {
  await page.goto('/principles/');
  await headerBox(page).fill('small yard');
  const options = page.getByRole('listbox', { name: 'Top results' }).getByRole('option');
  const passages = options.and(page.locator('[data-href*="/sources/"]'));
  await expect(passages.first()).toBeVisible();
  await passages.first().click();
  await expect(page).toHaveURL(/\/sources\//);
  await page.goBack();
  await expect(page).toHaveURL(/\/principles\/$/);
  await expect(headerBox(page)).toHaveValue('small yard');
  await expect(passages.first()).toContainText(/small yard/i);
});

test('header box: Back to a page restores its query, the list closed when it was', async ({ page }) => {
  await page.goto('/zh/principles/');
  const combobox = page.getByRole('combobox', { name: '搜索全部文本' });
  await combobox.fill('主渠道');
  await expect(page.getByRole('listbox', { name: '最佳结果' }).getByRole('option').nth(1)).toBeVisible();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '文本' }).click();
  await expect(page).toHaveURL(/\/zh\/sources\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/zh\/principles\/$/);
  await expect(combobox).toHaveValue('主渠道');
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox', { name: '最佳结果' })).toBeHidden();
});
