/**
 * `npm run lighthouse` (part of `npm test`): hard gates on what a busy machine cannot change, on one page of every kind
 * in out/: accessibility 100, best practices ≥ 95, SEO ≥ 95. Performance and Web Vitals depend on the machine's load,
 * so they are measured by `npm run bench` (bench/lighthouse.ts), never gated here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { auditPages } from './lighthouse-audit';

const THRESHOLDS = { accessibility: 100, 'best-practices': 95, seo: 95 } as const;
const GATES = ['accessibility', 'best-practices', 'seo'] as const;

const audits = await auditPages({ categories: GATES, runs: 1 });
const rows = audits.map(({ page, runs }) => {
  const worst = (gate: (typeof GATES)[number]) => Math.min(...runs.map((run) => run.scores[gate] ?? 0));
  return { page, accessibility: worst('accessibility'), 'best-practices': worst('best-practices'), seo: worst('seo') };
});
const errors = audits.flatMap(({ page, runs }) =>
  runs.flatMap((run) => (run.error ? [`${page}: Lighthouse could not audit it (${run.error})`] : [])),
);
console.table(rows);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/lighthouse.json', JSON.stringify(rows, null, 2) + '\n');
const failures = [
  ...errors,
  ...rows.flatMap((row) =>
    GATES.filter((gate) => row[gate] < THRESHOLDS[gate]).map(
      (gate) => `${row.page}: ${gate} ${row[gate]} < ${THRESHOLDS[gate]}`,
    ),
  ),
];
if (failures.length > 0) {
  console.error(`Lighthouse gates missed:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(`Lighthouse: ${rows.length} pages pass accessibility, best practices and SEO.`);
}
