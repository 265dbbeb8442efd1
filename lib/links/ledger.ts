/**
 * The ledger of published passage ids only grows: every id the site has published keeps leading somewhere
 * (lib/content/retired-ids.ts). A build adds the current ids to it and refuses any ledger that has lost an id a
 * committed version had (a deleted, truncated or hand-edited file, or a merge that kept one side), naming the ids. Only
 * ids named on purpose (`npm run build -- --remove-ids=…`) may leave it.
 */
import 'server-only';
import type { ContentProblem } from '../content/errors';
import { RESTORE_LEDGER, type Ledger } from '../content/published-ids';
import type { PublishedIds } from '../content/schema';
import { recordIds } from '../content/retired-ids';

export interface LedgerInput {
  file: string;
  /** The ledger in the working tree; undefined when the file does not exist. */
  recorded: Ledger | undefined;
  /** Committed versions it must keep every id of: HEAD's, and the other side's during a merge. */
  committed: readonly { ref: string; ids: PublishedIds }[];
  sources: readonly { slug: string; file: string; passages: readonly { id: string; text: string; line: number }[] }[];
  /** Ids to take out of the ledger on purpose. */
  remove: readonly string[];
}

export interface LedgerChange {
  /** The ledger to write, when there is no problem. */
  next?: PublishedIds;
  /** Ids the build adds (`slug#id`) and ids removed on purpose. */
  added: string[];
  removed: string[];
  problems: ContentProblem[];
}

export function changeLedger(input: LedgerInput): LedgerChange {
  const { recorded, sources } = input;
  if (!recorded) {
    if (sources.length === 0) return { next: recordIds({}, sources), added: [], removed: [], problems: [] };
    return { added: [], removed: [], problems: [missingLedger(input)] };
  }
  const problems = [...checkRemovals(input), ...lostIds(input)];
  if (problems.length > 0) return { added: [], removed: [], problems };
  const removing = new Set(input.remove);
  const kept = Object.fromEntries(
    Object.entries(recorded.ids).map(([slug, ids]) => [
      slug,
      Object.fromEntries(Object.entries(ids).filter(([id]) => !removing.has(id))),
    ]),
  );
  const next = recordIds(kept, sources);
  const before = new Set(entriesOf(recorded.ids));
  return {
    next,
    added: entriesOf(next).filter((entry) => !before.has(entry)),
    removed: entriesOf(recorded.ids).filter((entry) => removing.has(entry.slice(entry.indexOf('#') + 1))),
    problems: [],
  };
}

/** Every entry as `slug#id`. */
function entriesOf(ids: PublishedIds): string[] {
  return Object.entries(ids).flatMap(([slug, byId]) => Object.keys(byId).map((id) => `${slug}#${id}`));
}

function missingLedger({ file, committed }: LedgerInput): ContentProblem {
  const head = committed.find((version) => version.ref === 'HEAD');
  return {
    file,
    line: 1,
    message: head
      ? `is missing, but HEAD has it with ${entriesOf(head.ids).length} published ids: without it every link to an edited or removed passage dies; restore it with ${RESTORE_LEDGER}, then build again`
      : 'is missing beside existing content: without it every link to an edited or removed passage dies; restore it from version control or a backup, or, if this site has never been published, create it containing {}',
  };
}

/** Ids a committed ledger has that the working one lacks, by source. */
function lostIds({ file, recorded, committed, remove }: LedgerInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { ref, ids } of committed) {
    for (const [slug, byId] of Object.entries(ids)) {
      const lost = Object.keys(byId)
        .filter((id) => recorded?.ids[slug]?.[id] === undefined && !remove.includes(id))
        .sort();
      if (lost.length === 0) continue;
      problems.push({
        file,
        line: recorded?.lineOf(slug) ?? 1,
        message:
          `"${slug}" has lost ${lost.length} published id${lost.length === 1 ? '' : 's'} that ${ref} has (${lost.join(', ')}), and links to ${lost.length === 1 ? 'it' : 'them'} would die. ` +
          `The file was truncated, edited by hand, or merged keeping one side: ` +
          (ref === 'HEAD' ? `restore it with ${RESTORE_LEDGER}` : `keep the entries of both sides of the merge`) +
          `, then build again; to take ${lost.length === 1 ? 'it' : 'them'} out on purpose, build with npm run build -- --remove-ids=${lost.join(',')}`,
      });
    }
  }
  return problems;
}

/** Ids named for removal must be published and no longer be a passage. */
function checkRemovals({ file, recorded, committed, sources, remove }: LedgerInput): ContentProblem[] {
  const slugOf = new Map<string, string>();
  for (const ids of [...committed.map((version) => version.ids), recorded?.ids ?? {}]) {
    for (const entry of entriesOf(ids))
      slugOf.set(entry.slice(entry.indexOf('#') + 1), entry.slice(0, entry.indexOf('#')));
  }
  const current = new Map(
    sources.flatMap((source) =>
      source.passages.map((passage) => [passage.id, `${source.file}:${passage.line}`] as const),
    ),
  );
  return remove.flatMap((id): ContentProblem[] => {
    const slug = slugOf.get(id);
    if (slug === undefined)
      return [{ file, line: 1, message: `--remove-ids names "${id}", which is no published id: check the spelling` }];
    const at = current.get(id);
    if (at)
      return [
        {
          file,
          line: recorded?.lineOf(slug, id) ?? 1,
          message: `--remove-ids names "${id}", which is still the passage at ${at}: edit or delete that passage first`,
        },
      ];
    return [];
  });
}
