/**
 * The committed budgets (bench/budgets.json): what the size tests assert and what the bench reports its figures
 * against. Only a person changes them; a bench run never writes there, so it never changes what a test asserts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface Budget {
  min?: number;
  max?: number;
  unit: string;
  what: string;
}

interface BudgetsFile {
  budgets: Record<string, Budget>;
  frameworkBaseline: { next: string; jsGzipBytes: number };
}

export const BUDGETS_FILE = path.join('bench', 'budgets.json');

function load(): BudgetsFile {
  return JSON.parse(readFileSync(path.join(process.cwd(), BUDGETS_FILE), 'utf8'));
}

/** A budget by its name in bench/budgets.json; a name that is not there is a mistake in the code, so it throws. */
export function budget(name: string): Budget {
  const found = load().budgets[name];
  if (!found) throw new Error(`${BUDGETS_FILE} has no budget "${name}"`);
  return found;
}

export function withinBudget(name: string, value: number): boolean {
  const { min = -Infinity, max = Infinity } = budget(name);
  return value >= min && value <= max;
}

/** The budget as a person reads it: "≤ 25600 bytes", "≥ 95 score". */
export function describeBudget(name: string): string {
  const { min, max, unit } = budget(name);
  return [min !== undefined && `≥ ${min} ${unit}`, max !== undefined && `≤ ${max} ${unit}`].filter(Boolean).join(', ');
}

/** The framework's empty page, as measured when the budgets were set (the size budgets are over it). */
export function frameworkBaseline(): BudgetsFile['frameworkBaseline'] {
  return load().frameworkBaseline;
}

/** A budget's ceiling; one that has none cannot be asserted as a ceiling, so it throws. */
export function maximum(name: string): number {
  const { max } = budget(name);
  if (max === undefined) throw new Error(`${BUDGETS_FILE}: budget "${name}" has no max`);
  return max;
}
