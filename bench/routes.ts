import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUDGETS_FILE, frameworkBaseline, maximum } from './budgets';
import { firstLoad, jsBudgetOf, ROUTES } from './page-weight';

/** The framework's own baseline: an empty page built with the same Next.js, React and export settings. */
function baseline() {
  // Inside the project (git-ignored) so that it resolves the project's own node_modules, as Turbopack requires.
  const dir = path.join(process.cwd(), '.bench-baseline');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'baseline', private: true, type: 'module' }));
  writeFileSync(
    path.join(dir, 'next.config.mjs'),
    `export default { output: 'export', trailingSlash: true, turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`,
  );
  writeFileSync(
    path.join(dir, 'app', 'layout.jsx'),
    'export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n',
  );
  writeFileSync(path.join(dir, 'app', 'page.jsx'), 'export default function Page() { return null; }\n');
  execFileSync(path.join(process.cwd(), 'node_modules', '.bin', 'next'), ['build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const result = firstLoad(path.join(dir, 'out'), '/');
  rmSync(dir, { recursive: true, force: true });
  if (!result) throw new Error('baseline build produced no page');
  return result;
}

export function benchRoutes() {
  const outDir = path.join(process.cwd(), 'out');
  if (!existsSync(path.join(outDir, 'index.html'))) {
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  }
  const OVER_BASELINE_BUDGET = maximum('pageJsOverFrameworkGzipBytes');
  const HTML_GZIP_BUDGET = maximum('pageHtmlGzipBytes');
  const READER_SCRIPT_BUDGET = maximum('readingPageJsGzipBytes');
  const SEARCH_PAGE_BUDGET = maximum('searchPageJsGzipBytes');
  const base = baseline();
  const committed = frameworkBaseline();
  if (base.jsGzipBytes !== committed.jsGzipBytes) {
    console.warn(
      `framework baseline measured ${base.jsGzipBytes} B gzip, ${BUDGETS_FILE} says ${committed.jsGzipBytes} B (Next.js ${committed.next}): if Next.js changed, copy the new figure there`,
    );
  }
  const routes = ROUTES.flatMap(({ route, path: pagePath }) => {
    const measured = firstLoad(outDir, pagePath);
    if (!measured) return [];
    const overBaselineGzipBytes = measured.jsGzipBytes - base.jsGzipBytes;
    const js = jsBudgetOf(route, measured.jsGzipBytes, base.jsGzipBytes);
    const jsBudgetMet = js.value <= maximum(js.name);
    const withinBudget = jsBudgetMet && measured.htmlGzipBytes <= HTML_GZIP_BUDGET;
    return [{ route, path: pagePath, ...measured, overBaselineGzipBytes, withinBudget }];
  });
  console.log(
    `first-load JS (gzip): framework baseline ${(base.jsGzipBytes / 1024).toFixed(1)} KB; budgets (${BUDGETS_FILE}): reading pages ${READER_SCRIPT_BUDGET / 1024} KB JS, /search/ ${SEARCH_PAGE_BUDGET / 1024} KB JS, /sheet/ +${OVER_BASELINE_BUDGET / 1024} KB JS, ${HTML_GZIP_BUDGET / 1024} KB HTML`,
  );
  console.table(
    routes.map((route) => ({
      route: route.route,
      'JS KB': (route.jsGzipBytes / 1024).toFixed(1),
      '+baseline KB': (route.overBaselineGzipBytes / 1024).toFixed(1),
      'HTML KB (gzip)': (route.htmlGzipBytes / 1024).toFixed(1),
      ok: route.withinBudget ? 'yes' : 'NO',
    })),
  );
  return {
    baseline: base,
    overBaselineBudgetGzipBytes: OVER_BASELINE_BUDGET,
    searchPageBudgetGzipBytes: SEARCH_PAGE_BUDGET,
    htmlGzipBudgetBytes: HTML_GZIP_BUDGET,
    routes,
  };
}
