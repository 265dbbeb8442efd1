import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluate, parse, type ObjectNode, type ValueNode } from '@humanwhocodes/momoa';
import { lineAt, type ContentProblem } from './errors';
import { idMatchesText } from './passage-id';
import { publishedIdsSchema, type PublishedIds } from './schema';

/**
 * Reads the ledger of published passage ids, `content/published-ids.json` (lib/links/ledger.ts says how it may change).
 * It is parsed with momoa, not JSON.parse, which silently keeps the last of two equal keys: a duplicate, a merge
 * conflict left in the file and an entry whose text was edited by hand are each reported at their line.
 */
export const PUBLISHED_IDS_FILE = 'content/published-ids.json';

/** The ledger as read from a file, and where each entry is in it. */
export interface Ledger {
  ids: PublishedIds;
  /** Line of a source's ids, or of one id, in the file; the source's line, or 1, when that is not there. */
  lineOf: (slug: string, id?: string) => number;
}

/** How to get the committed ledger back, for messages. */
export const RESTORE_LEDGER = `git checkout HEAD -- ${PUBLISHED_IDS_FILE}`;
const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7})(?: |$)/m;

/**
 * The ledger in `text`, or undefined when it cannot be read. Duplicates and edited texts are reported but their ids
 * still returned: a committed version with such a flaw still says which ids were published.
 */
export function parseLedger(text: string, file: string, problems: ContentProblem[]): Ledger | undefined {
  const conflict = CONFLICT_MARKER.exec(text);
  if (conflict) {
    problems.push({
      file,
      line: lineAt(text, conflict.index),
      message: `has an unresolved merge conflict (${conflict[0].slice(0, 7)}): the ledger only grows, so keep the entries of both sides and delete the marker lines, then run npm run build`,
    });
    return undefined;
  }
  // Reported, and read past: it is no sign of truncation, and the ids after it are still the published ones.
  const bom = text.startsWith('\uFEFF');
  if (bom) {
    problems.push({
      file,
      line: 1,
      message: `starts with a byte order mark (U+FEFF), which JSON does not allow: save the file as UTF-8 without a BOM (in most editors, "UTF-8" rather than "UTF-8 with BOM"), then run npm run build`,
    });
  }
  let body: ValueNode;
  try {
    body = parse(bom ? text.slice(1) : text, { mode: 'json' }).body;
  } catch (error) {
    problems.push({
      file,
      line: errorLine(error, text),
      message: `is not valid JSON (${reasonOf(error)}): it was truncated or edited by hand; restore it with ${RESTORE_LEDGER}, then run npm run build`,
    });
    return undefined;
  }
  const lines = new Map<string, number>();
  const ids = readEntries(body, file, lines, problems);
  if (!ids) return undefined;
  const lineOf = (slug: string, id?: string) => lines.get(entryKey(slug, id)) ?? lines.get(slug) ?? 1;
  checkTexts(ids, file, lineOf, problems);
  return { ids, lineOf };
}

/**
 * The ledger in `rootDir`, for building the corpus; empty when the file does not exist (lib/links/ledger.ts decides
 * whether that is allowed).
 */
export function loadPublishedIds(rootDir: string, problems: ContentProblem[]): PublishedIds {
  let text: string;
  try {
    text = readFileSync(path.join(rootDir, PUBLISHED_IDS_FILE), 'utf8');
  } catch {
    return {};
  }
  return parseLedger(text, PUBLISHED_IDS_FILE, problems)?.ids ?? {};
}

const entryKey = (slug: string, id?: string) => (id === undefined ? slug : `${slug}\n${id}`);
const slugKey = publishedIdsSchema.keyType;
const idKey = publishedIdsSchema.valueType.keyType;

/**
 * The ledger's ids in maps without prototypes, and the line of every source and id: each key stays an entry of its
 * own, `__proto__` and `constructor` too (a plain object, and zod's record, drop or misread such keys, so a bad one
 * would vanish unreported). Reports keys that are no slug or passage id, and keys that appear twice in one object;
 * undefined when an entry is not a source's ids.
 */
function readEntries(
  body: ValueNode,
  file: string,
  lines: Map<string, number>,
  problems: ContentProblem[],
): PublishedIds | undefined {
  const fix = `restore the file with ${RESTORE_LEDGER}`;
  if (body.type !== 'Object') {
    problems.push({
      file,
      line: body.loc.start.line,
      message: `must be an object of sources, each an object of passage ids and their texts: ${fix}`,
    });
    return undefined;
  }
  const ids: PublishedIds = Object.create(null);
  let valid = true;
  for (const source of body.members) {
    const slug = String(evaluate(source.name));
    const line = source.loc.start.line;
    const slugCheck = slugKey.safeParse(slug);
    if (!slugCheck.success) {
      problems.push({ file, line, message: `source "${slug}": ${slugCheck.error.issues[0]?.message}: ${fix}` });
      valid = false;
    }
    const first = lines.get(slug);
    if (first !== undefined) {
      problems.push({
        file,
        line,
        message: `source "${slug}" appears twice (also at line ${first}), and JSON would keep only the second: merge the two into one object, keeping every id of both`,
      });
    } else lines.set(slug, line);
    if (source.value.type !== 'Object') {
      problems.push({
        file,
        line,
        message: `source "${slug}" must be an object of passage ids and their texts: ${fix}`,
      });
      valid = false;
      continue;
    }
    ids[slug] ??= Object.create(null);
    valid = readIds(source.value, slug, ids[slug], { file, lines, problems, fix }) && valid;
  }
  return valid ? ids : undefined;
}

/** A source's ids into `into`, as readEntries reads sources; false when an entry is not an id and its text. */
function readIds(
  object: ObjectNode,
  slug: string,
  into: Record<string, string>,
  at: { file: string; lines: Map<string, number>; problems: ContentProblem[]; fix: string },
): boolean {
  const { file, lines, problems, fix } = at;
  let valid = true;
  for (const entry of object.members) {
    const id = String(evaluate(entry.name));
    const line = entry.loc.start.line;
    const idCheck = idKey.safeParse(id);
    if (!idCheck.success || entry.value.type !== 'String') {
      const reason = idCheck.success ? 'its text must be a string' : idCheck.error.issues[0]?.message;
      problems.push({ file, line, message: `passage id "${id}" of "${slug}": ${reason}: ${fix}` });
      valid = false;
    }
    const key = entryKey(slug, id);
    const earlier = lines.get(key);
    if (earlier !== undefined) {
      problems.push({
        file,
        line,
        message: `passage id "${id}" of "${slug}" appears twice (also at line ${earlier}), and JSON would keep only one silently: delete one of the two lines`,
      });
    } else lines.set(key, line);
    if (entry.value.type === 'String') into[id] ??= entry.value.value;
  }
  return valid;
}

/**
 * An id is a hash of its text: a text that no longer matches was edited by hand, and an old link's notice would
 * misquote it.
 */
function checkTexts(ids: PublishedIds, file: string, lineOf: Ledger['lineOf'], problems: ContentProblem[]) {
  for (const [slug, entries] of Object.entries(ids)) {
    for (const [id, text] of Object.entries(entries)) {
      if (idMatchesText(id, text)) continue;
      problems.push({
        file,
        line: lineOf(slug, id),
        message: `the text of "${id}" (${slug}) is not the text it was published with (the id is a hash of it), so this was edited by hand: restore the file with ${RESTORE_LEDGER}`,
      });
    }
  }
}

function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/ \(\d+:\d+\)$/, '');
}

/** momoa reports the line of a syntax error, but line 1 when the text ends early: then the last line is the place. */
function errorLine(error: unknown, text: string): number {
  const lastLine = text.trimEnd().split('\n').length;
  if (reasonOf(error).startsWith('Unexpected end of input')) return lastLine;
  const line = error instanceof Error && 'line' in error ? error.line : undefined;
  return typeof line === 'number' ? line : lastLine;
}
