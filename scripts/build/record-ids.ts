/**
 * The build's first step: adds the current passage ids to content/published-ids.json by the rules of
 * lib/links/ledger.ts (it only grows), or stops the build naming the ids that would be lost and why. In CI, where the
 * ledger is committed, a build that would change it fails instead: new ids must be committed with the content that
 * made them. `npm run check` runs it without writing.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus, type Corpus } from '../../lib/corpus';
import { ContentError, type ContentProblem } from '../../lib/content/errors';
import { parseLedger, PUBLISHED_IDS_FILE, type Ledger } from '../../lib/content/published-ids';
import { changeLedger, type LedgerChange } from '../../lib/links/ledger';
import { committedVersions } from './git';

export interface RecordOptions {
  /** Ids to take out of the ledger on purpose (`--remove-ids`). */
  remove?: readonly string[];
  /** Fail, rather than write, when the committed ledger would change (CI). */
  frozen?: boolean;
  /** Check only: write nothing (`npm run check`). */
  dryRun?: boolean;
}

/** Throws a ContentError listing every problem; returns what it did, for the log. */
export function recordPublishedIds(
  contentRoot: string,
  options: RecordOptions = {},
  { sources }: Corpus = buildCorpus(contentRoot),
): string {
  const file = path.join(contentRoot, PUBLISHED_IDS_FILE);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const problems: ContentProblem[] = [];
  const recorded = text === undefined ? undefined : parseLedger(text, PUBLISHED_IDS_FILE, problems);
  const committed = committedVersions(contentRoot, PUBLISHED_IDS_FILE).flatMap(({ ref, text: committedText }) => {
    const ledger = parseLedger(committedText, `${ref}:${PUBLISHED_IDS_FILE}`, []);
    return ledger ? [{ ref, ids: ledger.ids }] : [];
  });
  const change = changeLedger({ file: PUBLISHED_IDS_FILE, recorded, committed, sources, remove: options.remove ?? [] });
  problems.push(...change.problems);
  if (problems.length > 0 || !change.next) throw new ContentError(problems);

  const next = JSON.stringify(change.next, null, 2) + '\n';
  if (next === text) return `${PUBLISHED_IDS_FILE}: every passage id is recorded.`;
  const tracked = committed.some(({ ref }) => ref === 'HEAD');
  if (options.dryRun) return `${PUBLISHED_IDS_FILE}: the build will record ${describe(change, 10)}.`;
  if (options.frozen && tracked) throw new ContentError([uncommitted(change, recorded)]);
  writeAtomically(file, next);
  return `${PUBLISHED_IDS_FILE}: recorded ${describe(change, 10)}.${tracked ? ' Commit it with the content that made them, so their links last.' : ''}`;
}

/** What changes, naming at most `limit` ids of each kind. */
function describe({ added, removed }: LedgerChange, limit = Infinity): string {
  const list = (entries: string[]) =>
    entries.slice(0, limit).join(', ') + (entries.length > limit ? `, and ${entries.length - limit} more` : '');
  return (
    [
      added.length > 0 && `${added.length} new passage id${added.length === 1 ? '' : 's'} (${list(added)})`,
      removed.length > 0 && `the removal of ${list(removed)}`,
    ]
      .filter(Boolean)
      .join(' and ') || 'it puts the entries in order'
  );
}

function uncommitted(change: LedgerChange, recorded: Ledger | undefined): ContentProblem {
  const first = change.added[0] ?? change.removed[0] ?? '';
  return {
    file: PUBLISHED_IDS_FILE,
    line: recorded?.lineOf(first.slice(0, first.indexOf('#'))) ?? 1,
    message: `building changes the committed ledger: ${describe(change)}. New ids must be committed with the content that made them: run npm run build, then commit ${PUBLISHED_IDS_FILE}`,
  };
}

/** Written beside and renamed into place, so that a build killed at any moment leaves the old ledger or the new one. */
function writeAtomically(file: string, text: string) {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}
