/**
 * What the reader typed → what to look for. Input is untrusted (it arrives in shared URLs), so it is cleaned and
 * bounded first; then read by the same tokeniser as passages (lib/text), so case, width, diacritics, curly quotes,
 * punctuation and Traditional or Simplified characters never matter. Words match in any order; "double quotes" ask
 * for a phrase; a run of Chinese characters, or words joined without a space ("UN's"), must appear together; a
 * hyphenated word is its parts together or its joined form; the last word, while it is being typed, also matches
 * longer words that start with it.
 */
import { readings } from '../text/match';
import { normalise, type HanFold } from '../text/normalise';
import { isHanToken, tokenise } from '../text/tokens';

import { MAX_QUERY_LENGTH, MAX_QUERY_TOKENS } from './limits';

export { MAX_QUERY_LENGTH, MAX_QUERY_TOKENS };

/** Words shorter than this are whole words only, never prefixes: "UN" must not find "under", "United", "UNESCO". */
export const MIN_PREFIX_LENGTH = 3;

export interface QueryUnit {
  /** Tokens that must stand next to each other, in this order; often just one word. */
  tokens: string[];
  /** Ways to read them, `tokens` first: "open-source" is also the one token "opensource". */
  readings: string[][];
  /** The last token also matches the words it begins: the word the reader is still typing. */
  prefix: boolean;
  /** Written in double quotes. */
  quoted: boolean;
}

export type QueryNotice =
  /** Nothing to search for. */
  | 'empty'
  /** Only punctuation, symbols or emoji: nothing that a passage's words could match. */
  | 'no-words'
  /** Cut to MAX_QUERY_LENGTH characters or MAX_QUERY_TOKENS words. */
  | 'shortened';

export interface ParsedQuery {
  /** The query as it may be shown back: control and invisible characters removed, at most MAX_QUERY_LENGTH long. */
  text: string;
  /** Every unit must match a passage. */
  units: QueryUnit[];
  /** All tokens in query order: passages where they stand together, as one phrase, rank first. */
  tokens: string[];
  notice?: QueryNotice;
}

/** C0/C1 controls (NUL included) except whitespace, lone surrogates, bidi controls and zero-width characters. */
const UNSAFE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The query ends inside a word: no space, punctuation or closing quote after it, so it may still be being typed. */
const STILL_TYPING = /[\p{L}\p{N}\p{M}]$/u;

/** Removes what must never reach the index or the page, and cuts the query to MAX_QUERY_LENGTH characters. */
export function cleanQuery(raw: string): { cleaned: string; shortened: boolean } {
  const characters = Array.from(raw.replace(UNSAFE, ''));
  const shortened = characters.length > MAX_QUERY_LENGTH;
  return { cleaned: characters.slice(0, MAX_QUERY_LENGTH).join(''), shortened };
}

export function parseQuery(raw: string, han?: HanFold): ParsedQuery {
  const { cleaned, shortened } = cleanQuery(raw);
  const text = cleaned.trim();
  if (text === '') return { text, units: [], tokens: [], notice: 'empty' };

  const units: QueryUnit[] = [];
  // normalise() turns curly, full-width and corner quotes into '"': every second segment is quoted. An unclosed quote
  // runs to the end, as it does while the phrase is being typed.
  normalise(text, han)
    .split('"')
    .forEach((segment, i) => {
      const quoted = i % 2 === 1;
      for (const words of quoted ? [segment] : segment.split(' ')) {
        const read = readings(tokenise(words)).map((reading) => reading.map((token) => token.text));
        if (read.length > 0) units.push({ tokens: read[0], readings: read, prefix: false, quoted });
      }
    });
  if (STILL_TYPING.test(cleaned)) markPrefix(units);

  const distinct = dedupe(units);
  const bounded = limitTokens(distinct);
  const tokens = bounded.flatMap((unit) => unit.tokens);
  const cut = shortened || tokens.length < distinct.reduce((sum, unit) => sum + unit.tokens.length, 0);
  const notice = tokens.length === 0 ? 'no-words' : cut ? 'shortened' : undefined;
  return { text, units: bounded, tokens, ...(notice && { notice }) };
}

/** A single word being typed matches as a prefix; Chinese characters already match inside words. */
function markPrefix(units: QueryUnit[]) {
  const last = units[units.length - 1];
  if (!last || last.quoted || last.tokens.length !== 1) return;
  const word = last.tokens[0];
  if (!isHanToken(word) && Array.from(word).length >= MIN_PREFIX_LENGTH) last.prefix = true;
}

function dedupe(units: QueryUnit[]): QueryUnit[] {
  const seen = new Set<string>();
  return units.filter((unit) => {
    const key = `${unit.tokens.join(' ')}|${unit.prefix}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Keeps the first MAX_QUERY_TOKENS tokens; a unit cut short is still a run of tokens, just a shorter one. */
function limitTokens(units: QueryUnit[]): QueryUnit[] {
  const kept: QueryUnit[] = [];
  let room = MAX_QUERY_TOKENS;
  for (const unit of units) {
    if (room === 0) break;
    const tokens = unit.tokens.slice(0, room);
    kept.push(tokens.length < unit.tokens.length ? { ...unit, tokens, readings: [tokens], prefix: false } : unit);
    room -= tokens.length;
  }
  return kept;
}

/** Units written back as a query: the form of a suggestion that, searched, means exactly these units. */
export function formatQuery(units: readonly Pick<QueryUnit, 'tokens' | 'quoted'>[]): string {
  return units
    .map((unit) => {
      const words = joinTokens(unit.tokens);
      // A run that is not all Chinese would fall apart into separate words without its quotes.
      return unit.quoted || (unit.tokens.length > 1 && !unit.tokens.every(isHanToken)) ? `"${words}"` : words;
    })
    .join(' ');
}

/** Tokens as text: Chinese characters side by side, everything else separated by spaces. */
export function joinTokens(tokens: readonly string[]): string {
  return tokens.reduce(
    (text, token, i) =>
      i > 0 && !(isHanToken(token) && isHanToken(tokens[i - 1])) ? `${text} ${token}` : text + token,
    '',
  );
}
