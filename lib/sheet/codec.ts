/**
 * A quote sheet as the value of one URL parameter, with no server. Entries name passages by what never changes: the
 * source's slug and the passage's hash id. Nothing is encoded by position in today's list of sources or passages,
 * so a link keeps working when sources and passages are added.
 *
 * The compact form (what `encodeSheet` writes), entries separated by ".":
 *
 *   he-yin-zh_10535504      a source's slug, "_", the passage id without its "p-": the source is named once and
 *                           gets the next letter (A for the first source the link names, B, …, Z, AA, …)
 *   1b425c97                a bare id: same source as the entry before
 *   A28b31557               a letter, then an id: the source the link named with that letter
 *
 * e.g. `global-ai-governance-initiative_6767d27f.13854c14.he-yin-zh_10535504.A28b31557`. Every character is one that
 * URLSearchParams and chat apps leave as it is (letters, digits, "-", "_", "."), and ids stay readable: the same hex
 * as the page anchors. The plain form `<slug>~<id>,<slug>~<id>` (ids with or without "p-") is read by the same
 * parser; so are "," ";" "+" and spaces between entries, percent-encoding (even twice), and upper-case ids and slugs.
 * A future form must start with a token that is no entry here (e.g. "v2"), so that old links keep their meaning.
 */
import { excerpt, type SheetProblem } from './problems';

/** A passage on a sheet: its source's slug and its id (`p-3f9a2c1d`, `p-3f9a2c1d0b`, `p-3f9a2c1d-2`). */
export interface SheetRef {
  slug: string;
  id: string;
}

/** A reference read from a link, with its 1-based place among the link's entries. */
export interface ParsedRef extends SheetRef {
  position: number;
}

/** More than a journalist's sheet ever needs; a link with more entries is read up to here and says so. */
export const MAX_SHEET_ENTRIES = 200;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID = /^(?:p-)?([0-9a-f]{8,64}(?:-[0-9]{1,4})?)$/;
const LETTERED = /^([A-Z]{1,3})(.+)$/;
const SEPARATORS = /[.,;+\s]+/u;

/** 0 → A, 25 → Z, 26 → AA: the letters of the n-th source a link names (bijective base 26). */
function letters(index: number): string {
  let text = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

function letterIndex(text: string): number {
  let n = 0;
  for (const char of text) n = n * 26 + (char.charCodeAt(0) - 64);
  return n - 1;
}

function hexOf(id: string): string | undefined {
  return ID.exec(id)?.[1];
}

/** The compact form of a sheet. Entries must be valid refs (the sheet only holds resolved passages). */
export function encodeSheet(refs: readonly SheetRef[]): string {
  const named = new Map<string, number>();
  let previous: string | undefined;
  return refs
    .map(({ slug, id }) => {
      const hex = hexOf(id);
      if (!SLUG.test(slug) || !hex) throw new RangeError(`not a passage reference: ${JSON.stringify({ slug, id })}`);
      const letter = named.get(slug);
      const head = slug === previous ? '' : letter === undefined ? `${slug}_` : letters(letter);
      if (letter === undefined) named.set(slug, named.size);
      previous = slug;
      return `${head}${hex}`;
    })
    .join('.');
}

/** Undoes percent-encoding, once or twice applied by apps that re-encode links; never throws. */
function decodePercent(raw: string): string {
  let text = raw;
  for (let round = 0; round < 3 && /%[0-9a-f]{2}/i.test(text); round++) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // A stray or partial escape: decode the ASCII escapes only, and let the rest be reported as malformed.
      text = text.replace(/%([0-7][0-9a-f])/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
  }
  return text;
}

type Token = { slug: string; hex: string } | { letter: number; hex: string } | { hex: string } | { malformed: true };

function readToken(token: string): Token {
  const named = /^([^~_]*)[~_](.*)$/.exec(token);
  if (named) {
    const slug = named[1].toLowerCase();
    const hex = hexOf(named[2].toLowerCase());
    return SLUG.test(slug) && hex ? { slug, hex } : { malformed: true };
  }
  const lettered = LETTERED.exec(token);
  if (lettered) {
    const hex = hexOf(lettered[2]);
    if (hex) return { letter: letterIndex(lettered[1]), hex };
  }
  const hex = hexOf(token.toLowerCase());
  return hex ? { hex } : { malformed: true };
}

/**
 * The references in a sheet link's `p` value (raw or already decoded), in order, and a problem for each entry that
 * names no passage. Never throws; every entry is either a ref or a problem, and entries past the limit are counted.
 */
export function parseSheet(raw: string | null | undefined): { refs: ParsedRef[]; problems: SheetProblem[] } {
  const tokens = decodePercent(raw ?? '')
    .split(SEPARATORS)
    .filter((token) => token !== '');
  const refs: ParsedRef[] = [];
  const problems: SheetProblem[] = [];
  const named: string[] = [];
  let previous: string | undefined;
  tokens.slice(0, MAX_SHEET_ENTRIES).forEach((text, i) => {
    const position = i + 1;
    const token = readToken(text);
    if ('malformed' in token) {
      problems.push({ kind: 'malformed', position, text: excerpt(text), reason: 'syntax' });
      return;
    }
    if ('slug' in token && !named.includes(token.slug)) named.push(token.slug);
    const slug = 'slug' in token ? token.slug : 'letter' in token ? named[token.letter] : previous;
    previous = slug;
    if (slug === undefined) {
      problems.push({
        kind: 'malformed',
        position,
        text: excerpt(text),
        reason: 'letter' in token ? 'bad-reference' : 'no-source',
      });
      return;
    }
    refs.push({ position, slug, id: `p-${token.hex}` });
  });
  if (tokens.length > MAX_SHEET_ENTRIES)
    problems.push({ kind: 'too-many', limit: MAX_SHEET_ENTRIES, total: tokens.length });
  return { refs, problems };
}
