/**
 * The sheet page's loads may overlap (the sheet changes in another tab while it loads): only the latest load's answer
 * is shown, so an older, slower answer never overwrites a newer one (issue 20 item 7). Promises resolved by hand, in
 * the order that would show a stale sheet without the guard.
 */
import { describe, expect, it } from 'vitest';
import { latestLoad } from '@/components/sheet/latest-load';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** Lets every settled promise's callbacks run. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

function recorder() {
  const shown: string[] = [];
  const load = latestLoad<string>(
    (value) => shown.push(value),
    (error) => shown.push(`failed: ${String(error)}`),
  );
  return { shown, load };
}

describe('latestLoad', () => {
  it('ignores an older load that finishes after a newer one', async () => {
    const { shown, load } = recorder();
    const older = deferred<string>();
    const newer = deferred<string>();
    load(older.promise);
    load(newer.promise);
    newer.resolve('newer sheet');
    await settled();
    older.resolve('older sheet');
    await settled();
    expect(shown).toEqual(['newer sheet']);
  });

  it("ignores an older load's failure too", async () => {
    const { shown, load } = recorder();
    const older = deferred<string>();
    const newer = deferred<string>();
    load(older.promise);
    load(newer.promise);
    older.reject('offline');
    newer.resolve('newer sheet');
    await settled();
    expect(shown).toEqual(['newer sheet']);
  });

  it('shows each load in turn when they do not overlap, failures included', async () => {
    const { shown, load } = recorder();
    load(Promise.resolve('first'));
    await settled();
    load(Promise.reject(new Error('offline')));
    await settled();
    load(Promise.resolve('third'));
    await settled();
    expect(shown).toEqual(['first', 'failed: Error: offline', 'third']);
  });
});
