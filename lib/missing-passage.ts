/**
 * What a link to a passage the page does not have names, read from text an attacker may write (`#p-…` or
 * `/p/<id>/`): an id is quoted back only when it has an id's shape, `p-` and 8 hex digits, so a notice can never echo
 * arbitrary text (bidi controls, "use the mirror at …"). Anything else that starts like an id is called malformed.
 */
export const PASSAGE_ID_SHAPE = /^p-[0-9a-f]{8}$/;

export type MissingPassage = { kind: 'unknown'; id: string } | { kind: 'malformed' };

/** A fragment (already percent-decoded) naming a passage this page does not have; undefined for other anchors. */
export function missingFromFragment(fragment: string): MissingPassage | undefined {
  if (!/^p-/i.test(fragment)) return undefined;
  return PASSAGE_ID_SHAPE.test(fragment) ? { kind: 'unknown', id: fragment } : { kind: 'malformed' };
}

const PASSAGE_PAGE = /^(?:\/zh)?\/sources\/([^/]+)\/p\/([^/]*)\/?$/;

/** A passage page's path (`/sources/<slug>/p/<id>/`) that led to the not-found page; undefined for other paths. */
export function missingFromPath(pathname: string): (MissingPassage & { slug: string }) | undefined {
  const match = PASSAGE_PAGE.exec(pathname);
  if (!match) return undefined;
  let raw: string;
  try {
    raw = decodeURIComponent(match[2]);
  } catch {
    raw = match[2];
  }
  const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(match[1]) ? match[1] : '';
  return PASSAGE_ID_SHAPE.test(raw) ? { kind: 'unknown', id: raw, slug } : { kind: 'malformed', slug };
}

/** Where the ledger knows an id: the source holding it now or before (the sheet catalogue: current and retired ids). */
export function sourceHolding(
  catalogue: Readonly<Record<string, { ids: readonly string[]; retired: Readonly<Record<string, string | null>> }>>,
  id: string,
): string | undefined {
  return Object.entries(catalogue).find(([, known]) => known.ids.includes(id) || Object.hasOwn(known.retired, id))?.[0];
}
