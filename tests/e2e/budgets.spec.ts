import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './test';
import { BUDGETS_FILE, frameworkBaseline, maximum } from '../../bench/budgets';
import { firstLoad, jsBudgetOf, ROUTES } from '../../bench/page-weight';

/**
 * Size budgets, checked on every build against the committed bench/budgets.json (never against figures a bench run
 * wrote): a reading page's JavaScript is the reader's script alone (client/), /search/'s is the reader's and its own
 * module with React, the app and the engine, each within its budget; /sheet/ (the framework) may exceed the
 * framework's empty-page baseline by its budget; every page's HTML has a ceiling.
 */
const baseline = frameworkBaseline();
const htmlCeiling = maximum('pageHtmlGzipBytes');

test('the framework baseline in the budgets was measured with the Next.js installed', () => {
  const installed = JSON.parse(readFileSync(path.join(process.cwd(), 'node_modules', 'next', 'package.json'), 'utf8'));
  expect(
    installed.version,
    `Next.js changed: run npm run bench -- routes and copy its framework baseline into ${BUDGETS_FILE}`,
  ).toBe(baseline.next);
  expect(baseline.jsGzipBytes).toBeGreaterThan(0);
});

for (const { route, path: pagePath } of ROUTES) {
  test(`${route} stays within its first-load JS and HTML budgets`, () => {
    const measured = firstLoad(path.join(process.cwd(), 'out'), pagePath);
    expect(measured, `${pagePath} is not in out/`).toBeDefined();
    const js = jsBudgetOf(route, measured!.jsGzipBytes, baseline.jsGzipBytes);
    expect(js.value, js.name).toBeLessThanOrEqual(maximum(js.name));
    // Every page loads the reader's script: a page where none is found was not measured.
    expect(measured!.scripts).toBeGreaterThanOrEqual(1);
    expect(measured!.htmlGzipBytes).toBeLessThanOrEqual(htmlCeiling);
  });
}
