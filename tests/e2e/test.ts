import { test as base, type Page, type Response } from '@playwright/test';

export { expect } from '@playwright/test';
export type { BrowserContext, Locator, Page } from '@playwright/test';

/**
 * The reader's script is requested once a page has painted (scripts/build/light-pages.ts), after the load event that
 * Playwright's navigations wait for. So a test's goto, reload, back and forward also wait until it has attached
 * (`data-reader`), as a reader's first click comes after the page is read. Navigating by a click needs no such wait
 * for controls: they stay hidden until then, and Playwright waits for what it acts on to be visible.
 */
async function readerAttached(page: Page, response: Response | null): Promise<Response | null> {
  // A same-document or back/forward-cache navigation has no response; a JSON or image page has no reader.
  if (response?.headers()['content-type']?.startsWith('text/html'))
    await page.locator('html[data-reader]').waitFor({ state: 'attached' });
  return response;
}

export const test = base.extend({
  page: async ({ page }, run) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    const goBack = page.goBack.bind(page);
    const goForward = page.goForward.bind(page);
    page.goto = async (url, options) => readerAttached(page, await goto(url, options));
    page.reload = async (options) => readerAttached(page, await reload(options));
    page.goBack = async (options) => readerAttached(page, await goBack(options));
    page.goForward = async (options) => readerAttached(page, await goForward(options));
    await run(page);
  },
});
