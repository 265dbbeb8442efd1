/**
 * `npm run bench` → `lighthouse`: performance score and Web Vitals of one page of every kind in out/, served gzipped by
 * scripts/serve.mjs, each the median of 5 Lighthouse runs (mobile emulation, simulated throttling), beside its budget.
 * Measured here rather than gated in `npm test`, because they follow the machine's load.
 */
import { budget, BUDGETS_FILE, describeBudget, withinBudget, type Budget } from './budgets';
import { auditPages, median, type Run } from './lighthouse-runner';

const RUNS = 5;
const METRICS = ['performance', 'lcpMs', 'tbtMs', 'cls'] as const;
type Metric = (typeof METRICS)[number];
/** Each metric's budget in bench/budgets.json. */
const BUDGET_NAMES: Record<Metric, string> = {
  performance: 'lighthousePerformance',
  lcpMs: 'lighthouseLcpMs',
  tbtMs: 'lighthouseTbtMs',
  cls: 'lighthouseCls',
};

const VALUE: Record<Metric, (run: Run) => number> = {
  performance: (run) => run.scores.performance ?? 0,
  lcpMs: (run) => run.lcpMs ?? NaN,
  tbtMs: (run) => run.tbtMs ?? NaN,
  cls: (run) => run.cls ?? NaN,
};

interface Measured {
  median: number;
  budget: Pick<Budget, 'min' | 'max'>;
  withinBudget: boolean;
}

/** The median over the runs Lighthouse completed (a failed run is counted apart, never as a zero). */
function measure(metric: Metric, runs: readonly Run[]): Measured {
  const value = Math.round(median(runs.map(VALUE[metric])) * 1000) / 1000;
  const { min, max } = budget(BUDGET_NAMES[metric]);
  return {
    median: value,
    budget: { min, max },
    withinBudget: withinBudget(BUDGET_NAMES[metric], value),
  };
}

export async function benchLighthouse() {
  const pages = (await auditPages({ categories: ['performance'], runs: RUNS })).map(({ page, runs }) => {
    const completed = runs.filter((run) => !run.error);
    if (completed.length === 0) throw new Error(`Lighthouse could not audit ${page}: ${runs[0]?.error}`);
    return {
      page,
      runs: completed.length,
      ...(completed.length < runs.length && { failedRuns: runs.flatMap((run) => (run.error ? [run.error] : [])) }),
      performance: measure('performance', completed),
      lcpMs: measure('lcpMs', completed),
      tbtMs: measure('tbtMs', completed),
      cls: measure('cls', completed),
    };
  });
  console.log(
    `Lighthouse, median of ${RUNS} runs per page (budgets in ${BUDGETS_FILE}: ${METRICS.map((metric) => `${metric} ${describeBudget(BUDGET_NAMES[metric])}`).join(', ')})`,
  );
  console.table(
    pages.map((row) => ({
      page: row.page,
      ...Object.fromEntries(
        METRICS.map((metric) => [metric, `${row[metric].median}${row[metric].withinBudget ? '' : ' (over budget)'}`]),
      ),
    })),
  );
  return {
    measuredAt: new Date().toISOString(),
    runsPerPage: RUNS,
    server: 'scripts/serve.mjs (gzip)',
    budgets: Object.fromEntries(METRICS.map((metric) => [metric, BUDGET_NAMES[metric]])),
    pages,
  };
}
