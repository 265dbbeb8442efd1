import { expect, test, type Locator, type Page } from './test';
import { displayPunctuation } from '../../lib/text/display-punctuation';
import { builtCorpus, passageStating } from './corpus';

const corpus = builtCorpus();

test('home → principle → passage in its source → back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('region', { name: 'Principles' }).getByRole('link', { name: "The UN's central role" }).click();
  await expect(page).toHaveURL(/\/principles\/un-central-role\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("The UN's central role");

  const firstContext = page.getByRole('link', { name: 'Read in context' }).first();
  const href = await firstContext.getAttribute('href');
  expect(href).toMatch(/^\/sources\/[a-z0-9-]+\/#p-[0-9a-f]{8}/);
  await firstContext.click();
  const id = href!.split('#')[1];
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toHaveAttribute('data-targeted', '');
  await expect(target).toBeFocused();

  await page.goBack();
  await expect(page).toHaveURL(/\/principles\/un-central-role\/$/);
});

test('a passage permalink opens with the passage on screen, highlighted and focused', async ({ page }) => {
  const { source, passage } = passageStating(corpus, 'developing-country-voice');
  await page.goto(`/sources/${source.slug}/#${passage.id}`);
  const target = page.locator(`[id="${passage.id}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toBeFocused();
  const background = await target.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('a principle-in-source link lands on that work’s passages, from any of its versions', async ({ page }) => {
  const translation = corpus.sources.find((source) => source.translationOf)!;
  await page.goto(`/principles/un-central-role/#in-${translation.work}`);
  const section = page.locator(`[id="in-${translation.work}"]`);
  await expect(section).toBeInViewport();
  await expect(section).toHaveAttribute('data-targeted', '');
  await expect(section.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'zh');

  // Published before works existed: the translation's own anchor now leads to its work's section.
  await page.goto('/principles/');
  await page.goto(`/principles/un-central-role/#in-${translation.slug}`);
  await expect(section).toBeInViewport();
  await expect(section).toHaveAttribute('data-targeted', '');
  await expect(page).toHaveURL(new RegExp(`#in-${translation.work}$`));
});

test('a principle page opens with the Initiative’s own point, its English wording linked both ways', async ({
  page,
}) => {
  await page.goto('/principles/sovereignty/');
  const first = page.getByRole('main').getByRole('heading', { level: 2 }).first();
  await expect(first).toHaveText('In the Initiative');
  const initiative = page.locator('section', { has: page.locator('#initiative-heading') });
  const point = initiative.locator('figure[data-passage]').first();
  await expect(point).toContainText('point 2');
  await expect(point.locator('blockquote[lang="zh"]')).toContainText('应尊重他国主权');
  const english = initiative.locator('figure:not([data-passage])').first();
  await expect(english.locator('blockquote[lang="en"]')).toContainText('national sovereignty');
  await english.getByRole('link').click();
  const target = page.locator('[data-targeted]');
  await expect(target).toBeInViewport();
  await target.getByRole('link', { name: /全球人工智能治理倡议, point 2/ }).click();
  await expect(page).toHaveURL(/\/sources\/global-ai-governance-initiative\/#p-/);
  await expect(page.locator('[data-targeted]')).toContainText('应尊重他国主权');
});

test('the parallel view pairs original and translation and is linkable by row', async ({ page }) => {
  const translation = corpus.sources.find((source) => source.translationOf)!;
  const original = corpus.sources.find((source) => source.slug === translation.translationOf)!;
  await page.goto(`/sources/${translation.slug}/`);
  await page.getByRole('link', { name: 'Read side by side' }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${translation.slug}/parallel/$`));
  const rows = page.locator('[role="row"][id]');
  await expect(rows).toHaveCount(translation.passages.length);
  const third = rows.nth(2);
  // Shown with Chinese punctuation (the display rule); the collected text keeps its own.
  await expect(third.locator('[lang="zh"]').first()).toHaveText(displayPunctuation(original.passages[2].text));
  expect(displayPunctuation(original.passages[2].text)).not.toBe(original.passages[2].text);
  await expect(third.locator('.passage-text[lang="en"]')).toHaveText(translation.passages[2].text);

  await page.goto(`/sources/${translation.slug}/parallel/#${translation.passages[4].id}`);
  await expect(page.locator(`[id="${translation.passages[4].id}"]`)).toBeInViewport();
  await page.getByRole('link', { name: 'Single column' }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${translation.slug}/$`));
});

test('the compare view puts every work stating a principle side by side, each once', async ({ page }) => {
  const principle = corpus.principles.find((candidate) => candidate.id === 'un-central-role')!;
  const workOf = new Map(corpus.sources.map((source) => [source.slug, source.work]));
  const works = new Set(principle.passages.map((ref) => workOf.get(ref.split('#')[0])));
  expect(works.size).toBeLessThan(principle.passages.length);
  await page.goto('/principles/un-central-role/');
  await page.getByRole('link', { name: 'Compare the works side by side' }).click();
  await expect(page.getByRole('region', { name: 'Works side by side' }).getByRole('heading', { level: 2 })).toHaveCount(
    works.size,
  );
});

test('coverage matrix: one column per work, cells link to the principle’s passages in that work', async ({ page }) => {
  await page.goto('/');
  const matrix = page.getByRole('region', { name: 'Which work states which principle' });
  await expect(matrix.getByRole('columnheader')).toHaveCount(
    new Set(corpus.sources.map((source) => source.work)).size + 1,
  );
  const cells = matrix.locator('td a');
  const count = await cells.count();
  expect(count).toBeGreaterThan(20);
  const cell = cells.first();
  const [label, href] = [await cell.getAttribute('aria-label'), await cell.getAttribute('href')];
  const passages = Number(await cell.textContent());
  await cell.click();
  const anchor = href!.split('#')[1];
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  await expect(page.locator(`[id="${anchor}"] figure[data-passage]`)).toHaveCount(passages);
  expect(label).toMatch(/passages? of .+ on .+/);
});

test('copy link and copy quote put the passage’s page and a cited quote with its label on the clipboard', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { source, passage } = passageStating(corpus, 'non-discrimination');
  await page.goto(`/sources/${source.slug}/`);
  const article = page.locator(`[id="${passage.id}"]`);
  await article.hover();
  await article.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText('Link copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${passage.url}`);

  await article.hover();
  await article.getByRole('button', { name: 'Copy quote' }).click();
  const quote = await page.evaluate(() => navigator.clipboard.readText());
  expect(quote.startsWith(`“${passage.text}” — `)).toBe(true);
  expect(quote).toContain(source.title);
  expect(quote).toContain(`, ¶ ${passage.label.kind === 'paragraph' ? passage.label.n : ''} `);
  expect(quote.endsWith(passage.url)).toBe(true);
});

test('evidence: a chip’s principle is explained by matched words or the editor', async ({ page }) => {
  const { source, passage } = passageStating(corpus, 'un-central-role');
  await page.goto(`/sources/${source.slug}/#${passage.id}`);
  const article = page.locator(`[id="${passage.id}"]`);
  await expect(article.getByRole('link', { name: "The UN's central role" }).first()).toBeVisible();
  await article.getByText('Why these principles').click();
  // The explanations are the list of the "Why these principles" disclosure, nested in the passage's tools (whose
  // principle chips are list items too).
  const why = article.locator('details details', { has: page.getByText('Why these principles') });
  await expect(why.locator('li').filter({ hasText: "The UN's central role" })).toContainText(
    /matched|annotated by the editor/,
  );
  await expect(article.locator('.term').first()).toBeVisible();
});

test('near-identical wording is linked both ways', async ({ page }) => {
  await page.goto('/sources/looking-at-gaigi/');
  const echo = page.locator('article', { hasText: 'Same words also in' }).first();
  // The link sits in the passage's tools, which its label (the <summary>) opens.
  await echo.locator('summary.passage-label').click();
  const link = echo.getByRole('link', { name: /Global AI Governance Initiative marks/ });
  await link.focus();
  await link.press('Enter');
  await expect(page).toHaveURL(/\/sources\/china-daily-significant-stride\/#p-/);
  const target = page.locator('[data-targeted]');
  await expect(target.getByText('Same words also in')).toBeVisible();
  await expect(target.getByRole('link', { name: 'Looking at China’s global AI governance initiative' })).toBeVisible();
});

test('?hl= words from a search are marked in the target passage', async ({ page }) => {
  const source = corpus.sources.find((candidate) =>
    candidate.passages.some((passage) => passage.text.includes('主渠道')),
  )!;
  const passage = source.passages.find((candidate) => candidate.text.includes('主渠道'))!;
  await page.goto(`/sources/${source.slug}/?hl=${encodeURIComponent('主渠道')}#${passage.id}`);
  await expect(page.locator(`[id="${passage.id}"] mark[data-hl]`).first()).toHaveText('主渠道');
});

test('a #:~:text= fragment scrolls to and marks the quoted words', async ({ page }) => {
  const source = corpus.sources.find((candidate) => candidate.slug === 'china-daily-significant-stride')!;
  const last = source.passages[source.passages.length - 1];
  const words = last.text.split(' ').slice(0, 6).join(' ');
  await page.goto(`/sources/${source.slug}/#:~:text=${encodeURIComponent(words)}`);
  await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
  await expect(page.locator(`[id="${source.passages[0].id}"]`)).not.toBeInViewport();
});

test('each page has a title, description and link-preview metadata', async ({ page }) => {
  const { source, passage } = passageStating(corpus, 'sovereignty');
  for (const path of ['/', '/principles/sovereignty/', `/sources/${source.slug}/`]) {
    await page.goto(path);
    await expect(page).toHaveTitle(/GAIGI Reader/);
    for (const selector of [
      'meta[name="description"]',
      'meta[property="og:title"]',
      'meta[property="og:description"]',
      'meta[name="twitter:card"]',
    ]) {
      await expect(page.locator(selector)).toHaveAttribute('content', /.+/);
    }
  }
  expect(passage.text.length).toBeGreaterThan(0);
});

test('the theme toggle switches to dark and remembers it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Light mode' })).toBeVisible();
});

/**
 * Presses a shortcut until it takes: its listener exists only once the page has hydrated, which a busy machine delays.
 */
async function pressUntilFocused(page: Page, key: string, target: Locator) {
  await expect(async () => {
    await page.keyboard.press(key);
    await expect(target).toBeFocused({ timeout: 1000 });
  }).toPass();
}

test('"/" and Ctrl-K focus the header search box', async ({ page }) => {
  await page.goto('/principles/');
  await pressUntilFocused(page, '/', page.getByRole('combobox', { name: 'Search all sources' }));
  await page.locator('h1').click();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Search all sources' })).toBeFocused();

  // On the search page, the page's own box takes the shortcut.
  await page.goto('/search/');
  await page.locator('h1').click();
  await pressUntilFocused(page, '/', page.locator('[data-primary-search]'));
});

test('an unknown URL gets the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/principles/no-such-principle/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not in the reader');
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Respect for national sovereignty' })).toBeVisible();
});

test('a passage id the source never had lands on a notice, and a malformed fragment breaks nothing', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/sources/looking-at-gaigi/#p-0000dead');
  const notice = page.locator('#unknown-passage');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('This source has no passage p-0000dead.');
  await expect(notice).toBeFocused();

  await page.goto('/sources/looking-at-gaigi/#%E0%A4%A');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(notice).toBeHidden();
  expect(errors).toEqual([]);
});

test('the theme button returns to following the system, which then rules', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/sources/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect.poll(background).toBe('rgb(17, 20, 24)');
  await page.getByRole('button', { name: 'Light mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Theme as the system sets it' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(background).not.toBe('rgb(17, 20, 24)');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toBeVisible();
});

test('j and k move between passages while focus is in the reading column, never while typing', async ({ page }) => {
  const source = corpus.sources.find((candidate) => candidate.slug === 'global-ai-governance-initiative')!;
  const [first, second, third] = source.passages;
  await page.goto(`/sources/${source.slug}/#${second.id}`);
  await expect(page.locator(`[id="${second.id}"]`)).toBeFocused();
  await page.keyboard.press('j');
  await expect(page.locator(`[id="${third.id}"]`)).toBeFocused();
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await expect(page.locator(`[id="${first.id}"]`)).toBeFocused();
  await expect(page.getByText('Keys: j next passage, k previous')).toBeVisible();
  const box = page.getByRole('combobox', { name: 'Search all sources' });
  await box.focus();
  await page.keyboard.press('j');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('j');
});
