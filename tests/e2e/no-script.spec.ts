import { expect, test } from '@playwright/test';
import { builtCorpus } from './corpus';

/** With JavaScript off, the site still reads, links, lands on deep links, switches language and lets one copy. */
test.use({ javaScriptEnabled: false });

const corpus = builtCorpus();
const official = corpus.sources.find((source) => source.slug === 'global-ai-governance-initiative')!;

test('pages read and links lead on; controls that need script are not offered', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('button[data-theme-toggle]')).toBeHidden();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Principles' }).click();
  await expect(page).toHaveURL(/\/principles\/$/);
  await page.getByRole('main').getByRole('link', { name: 'Respect for national sovereignty' }).first().click();
  await expect(page).toHaveURL(/\/principles\/sovereignty\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Respect for national sovereignty');
  await expect(page.locator('button[data-copy]').first()).toBeHidden();
  await expect(page.locator('button[data-show-why-toggle]')).toBeHidden();
});

test('a deep link lands on its passage, and its tools are there', async ({ page }) => {
  const passage = official.passages[official.passages.length - 1];
  await page.goto(`/sources/${official.slug}/#${passage.id}`);
  const article = page.locator(`[id="${passage.id}"]`);
  await expect(article).toBeInViewport();
  await expect(article.locator('.passage-tools')).toBeVisible();
  await expect(page.locator(`[id="${official.passages[0].id}"]`)).not.toBeInViewport();
});

test('the language switch leads to the same page in the other language', async ({ page }) => {
  await page.goto('/principles/sovereignty/');
  await page.getByRole('link', { name: '中文', exact: true }).click();
  await expect(page).toHaveURL(/\/zh\/principles\/sovereignty\/$/);
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/principles\/sovereignty\/$/);
  expect(new URL(page.url()).pathname).toBe('/principles/sovereignty/');
});

test('the header box is a plain search form', async ({ page }) => {
  await page.goto('/principles/');
  await page.getByRole('combobox', { name: 'Search all sources' }).fill('consensus');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=consensus$/);
});

test('a citation is copied by keyboard: tab to it, select it, copy', async ({ page }) => {
  const passage = official.passages[5];
  await page.goto(passage.url);
  const apa = page.getByRole('textbox', { name: 'APA citation' });
  const citation = await apa.inputValue();
  expect(citation).toMatch(/\S/);
  await page.getByRole('heading', { level: 1 }).click();
  // Tab through the page until the APA citation has the focus: every step is the keyboard's.
  await expect(async () => {
    await page.keyboard.press('Tab');
    await expect(apa).toBeFocused({ timeout: 100 });
  }).toPass({ timeout: 30_000, intervals: [0] });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+C');
  const box = page.getByRole('combobox', { name: 'Search all sources' });
  await box.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(box).toHaveValue(citation.replace(/\n/g, ''));
});
