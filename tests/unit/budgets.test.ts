import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budget, BUDGETS_FILE, describeBudget, maximum, withinBudget } from '@/bench/budgets';

/** bench/budgets.json is read by the size tests and the bench: each entry must be a budget they can apply. */
describe('the committed budgets', () => {
  const { budgets } = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8'));

  it('gives every budget a bound, a unit and what it measures', () => {
    const entries = Object.entries<Record<string, unknown>>(budgets);
    expect(entries.length).toBeGreaterThan(0);
    for (const [name, entry] of entries) {
      expect(typeof entry.min === 'number' || typeof entry.max === 'number', `${name}: min or max`).toBe(true);
      expect(typeof entry.unit, `${name}: unit`).toBe('string');
      expect(String(entry.what).length, `${name}: what`).toBeGreaterThan(10);
    }
  });

  it('applies a ceiling and a floor', () => {
    const ceiling = maximum('pageHtmlGzipBytes');
    expect(withinBudget('pageHtmlGzipBytes', ceiling)).toBe(true);
    expect(withinBudget('pageHtmlGzipBytes', ceiling + 1)).toBe(false);
    const floor = budget('lighthousePerformance').min!;
    expect(withinBudget('lighthousePerformance', floor)).toBe(true);
    expect(withinBudget('lighthousePerformance', floor - 1)).toBe(false);
    expect(describeBudget('lighthouseTbtMs')).toBe('≤ 200 ms');
  });

  it('refuses a name it does not have, rather than passing everything', () => {
    expect(() => budget('noSuchBudget')).toThrow(/has no budget "noSuchBudget"/);
    expect(() => maximum('lighthousePerformance')).toThrow(/has no max/);
  });
});
