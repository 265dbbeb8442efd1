import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, formatProblem, type ContentProblem } from '@/lib/content/errors';
import { parseLedger } from '@/lib/content/published-ids';
import { recordIds } from '@/lib/content/retired-ids';
import { recordPublishedIds, type RecordOptions } from '@/scripts/build/record-ids';

/**
 * The ledger of published ids only grows (lib/links/ledger.ts, scripts/build/record-ids.ts): on a copy of the valid
 * content fixture, with and without git, each way of losing ids fails naming them, and only a named removal passes.
 */
const VALID = path.join(import.meta.dirname, '..', 'fixtures', 'content', 'valid', 'content');
const LEDGER = 'content/published-ids.json';
/** The fixture's one passage, and two ids it published before (their texts hash to them). */
const CURRENT = { 'p-7d2f3600': 'A paragraph about national sovereignty.' };
const RETIRED = { 'p-f11d3f73': 'An older paragraph about sovereignty.', 'p-72f37aec': 'A paragraph removed since.' };
/** As the build writes it: ids in order. */
const PUBLISHED = { good: { 'p-72f37aec': RETIRED['p-72f37aec'], ...CURRENT, 'p-f11d3f73': RETIRED['p-f11d3f73'] } };

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A content root with this ledger on disk (none: no file), committed first when `committed` is given. */
function site(ledger: object | undefined, committed?: object): string {
  const root = mkdtempSync(path.join(tmpdir(), 'gaigi-ledger-'));
  roots.push(root);
  cpSync(VALID, path.join(root, 'content'), { recursive: true });
  if (committed) {
    writeLedger(root, committed);
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'content');
  }
  if (ledger) writeLedger(root, ledger);
  else rmSync(path.join(root, LEDGER), { force: true });
  return root;
}

function writeLedger(root: string, ledger: object) {
  writeFileSync(path.join(root, LEDGER), JSON.stringify(ledger, null, 2) + '\n');
}

function git(root: string, ...args: string[]) {
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'init.defaultBranch=main', ...args],
    { cwd: root, stdio: 'ignore' },
  );
}

/** The build's ledger step: what it says, or its problems as `file:line: message`. */
function record(root: string, options: RecordOptions = {}): { log?: string; problems: string[] } {
  try {
    return { log: recordPublishedIds(root, options), problems: [] };
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.problems.map(formatProblem) };
    throw error;
  }
}

const ledgerOf = (root: string) => JSON.parse(readFileSync(path.join(root, LEDGER), 'utf8'));

describe('the ledger only grows', () => {
  it('keeps every id ever published and adds the current ones', () => {
    const root = site({ good: RETIRED });
    expect(record(root).problems).toEqual([]);
    expect(ledgerOf(root)).toEqual(PUBLISHED);
  });

  it('starts empty only when an editor creates it as {}', () => {
    const root = site({});
    expect(record(root).problems).toEqual([]);
    expect(ledgerOf(root)).toEqual({ good: CURRENT });
  });

  it('refuses a missing ledger beside existing content, without git', () => {
    const root = site(undefined);
    expect(record(root).problems).toEqual([
      `${LEDGER}:1: is missing beside existing content: without it every link to an edited or removed passage dies; restore it from version control or a backup, or, if this site has never been published, create it containing {}`,
    ]);
    expect(existsSync(path.join(root, LEDGER))).toBe(false);
  });

  it('refuses a deleted ledger that HEAD has, and says how to restore it', () => {
    const root = site(undefined, PUBLISHED);
    expect(record(root).problems).toEqual([
      `${LEDGER}:1: is missing, but HEAD has it with 3 published ids: without it every link to an edited or removed passage dies; restore it with git checkout HEAD -- ${LEDGER}, then build again`,
    ]);
  });

  it('refuses a ledger that lost ids HEAD has (truncated, hand-edited), naming them', () => {
    const root = site({ good: CURRENT }, PUBLISHED);
    const before = readFileSync(path.join(root, LEDGER), 'utf8');
    expect(record(root).problems).toEqual([
      `${LEDGER}:2: "good" has lost 2 published ids that HEAD has (p-72f37aec, p-f11d3f73), and links to them would die. The file was truncated, edited by hand, or merged keeping one side: restore it with git checkout HEAD -- ${LEDGER}, then build again; to take them out on purpose, build with npm run build -- --remove-ids=p-72f37aec,p-f11d3f73`,
    ]);
    expect(readFileSync(path.join(root, LEDGER), 'utf8')).toBe(before);
  });

  it('refuses a merge in progress that kept one side', () => {
    const root = site({ good: CURRENT }, { good: CURRENT });
    git(root, 'checkout', '-q', '-b', 'other');
    writeLedger(root, PUBLISHED);
    git(root, 'commit', '-q', '-am', 'other side');
    git(root, 'checkout', '-q', 'main');
    writeLedger(root, { good: { ...CURRENT, 'p-ae29b17a': 'A paragraph added on this side.' } });
    git(root, 'commit', '-q', '-am', 'this side');
    git(root, 'merge', '--no-commit', '-s', 'ours', 'other');
    writeLedger(root, { good: CURRENT });
    expect(record(root).problems).toEqual([
      `${LEDGER}:2: "good" has lost 1 published id that HEAD has (p-ae29b17a), and links to it would die. The file was truncated, edited by hand, or merged keeping one side: restore it with git checkout HEAD -- ${LEDGER}, then build again; to take it out on purpose, build with npm run build -- --remove-ids=p-ae29b17a`,
      `${LEDGER}:2: "good" has lost 2 published ids that MERGE_HEAD has (p-72f37aec, p-f11d3f73), and links to them would die. The file was truncated, edited by hand, or merged keeping one side: keep the entries of both sides of the merge, then build again; to take them out on purpose, build with npm run build -- --remove-ids=p-72f37aec,p-f11d3f73`,
    ]);
  });
});

describe('--remove-ids takes ids out on purpose', () => {
  it('removes a retired id, and the build after the commit passes', () => {
    const root = site(PUBLISHED, PUBLISHED);
    expect(record(root, { remove: ['p-72f37aec'] }).log).toMatch(/recorded the removal of good#p-72f37aec/);
    expect(ledgerOf(root)).toEqual({ good: { ...CURRENT, 'p-f11d3f73': RETIRED['p-f11d3f73'] } });
    git(root, 'commit', '-q', '-am', 'remove');
    expect(record(root).problems).toEqual([]);
  });

  it('accepts a removal already made to the file', () => {
    const root = site({ good: { ...CURRENT, 'p-f11d3f73': RETIRED['p-f11d3f73'] } }, PUBLISHED);
    expect(record(root, { remove: ['p-72f37aec'] }).problems).toEqual([]);
  });

  it('refuses an id that is no published id, or is still a passage', () => {
    const root = site(PUBLISHED);
    expect(record(root, { remove: ['p-00000000', 'p-7d2f3600'] }).problems).toEqual([
      `${LEDGER}:1: --remove-ids names "p-00000000", which is no published id: check the spelling`,
      `${LEDGER}:4: --remove-ids names "p-7d2f3600", which is still the passage at content/sources/good.md:7: edit or delete that passage first`,
    ]);
  });
});

describe('in CI the committed ledger must not change', () => {
  it('fails naming the new ids and the fix, and writes nothing', () => {
    const root = site({ good: RETIRED }, { good: RETIRED });
    expect(record(root, { frozen: true }).problems).toEqual([
      `${LEDGER}:2: building changes the committed ledger: 1 new passage id (good#p-7d2f3600). New ids must be committed with the content that made them: run npm run build, then commit ${LEDGER}`,
    ]);
    expect(ledgerOf(root)).toEqual({ good: RETIRED });
  });

  it('passes when the committed ledger is complete', () => {
    const root = site(PUBLISHED, PUBLISHED);
    expect(record(root, { frozen: true })).toEqual({ log: `${LEDGER}: every passage id is recorded.`, problems: [] });
  });

  it('fails when the committed ledger is not in the order the build writes', () => {
    const root = site({ good: { ...CURRENT, ...RETIRED } }, { good: { ...CURRENT, ...RETIRED } });
    expect(record(root, { frozen: true }).problems).toEqual([
      `${LEDGER}:1: building changes the committed ledger: it puts the entries in order. New ids must be committed with the content that made them: run npm run build, then commit ${LEDGER}`,
    ]);
  });

  it('writes a ledger that is not committed (a fixture root)', () => {
    const root = site({ good: RETIRED });
    expect(record(root, { frozen: true }).problems).toEqual([]);
    expect(ledgerOf(root)).toEqual(PUBLISHED);
  });
});

describe('keys that name the machinery of plain objects', () => {
  const text = CURRENT['p-7d2f3600'];

  it('are read as entries of their own, in maps without prototypes', () => {
    const problems: ContentProblem[] = [];
    const ledger = parseLedger(JSON.stringify({ constructor: CURRENT, tostring: CURRENT }), 'ledger.json', problems);
    expect(problems).toEqual([]);
    expect(Object.getPrototypeOf(ledger?.ids)).toBeNull();
    expect(Object.keys(ledger?.ids ?? {})).toEqual(['constructor', 'tostring']);
    expect(ledger?.ids.constructor).toEqual(CURRENT);
  });

  it('are recorded for a source whose slug is one of them', () => {
    const passages = [{ id: 'p-7d2f3600', text }];
    expect(recordIds({}, [{ slug: 'constructor', passages }])).toEqual({ constructor: CURRENT });
    expect(recordIds({ constructor: RETIRED }, [{ slug: 'constructor', passages }])).toEqual({
      constructor: PUBLISHED.good,
    });
  });
});
