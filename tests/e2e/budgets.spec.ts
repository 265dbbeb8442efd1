import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { firstLoad, REACT_ROUTES, ROUTES } from '../../bench/page-weight';

/**
 * Size budgets, checked on every build against the figures `npm run bench` records in bench/results.json: a reading
 * page's JavaScript is the reader's script alone, within its budget; /search/ and /sheet/ (React) may exceed the
 * framework's empty-page baseline by the budget; every page's HTML has a ceiling.
 */
const results = JSON.parse(readFileSync(path.join(process.cwd(), 'bench', 'results.json'), 'utf8'));
const { baseline, overBaselineBudgetGzipBytes, readerScriptGzipBudgetBytes, htmlGzipBudgetBytes } = results.firstLoadJs;

for (const { route, path: pagePath } of ROUTES) {
  test(`${route} stays within its first-load JS and HTML budgets`, () => {
    const measured = firstLoad(path.join(process.cwd(), 'out'), pagePath);
    expect(measured, `${pagePath} is not in out/`).toBeDefined();
    if (REACT_ROUTES.has(route))
      expect(measured!.jsGzipBytes - baseline.jsGzipBytes).toBeLessThanOrEqual(overBaselineBudgetGzipBytes);
    else expect(measured!.jsGzipBytes).toBeLessThanOrEqual(readerScriptGzipBudgetBytes);
    expect(measured!.htmlGzipBytes).toBeLessThanOrEqual(htmlGzipBudgetBytes);
  });
}
