/**
 * Why a passage matched, said in a short line under the result: the principle the query names, the query as one
 * phrase or its words, an inflection ("regulate → regulation"), a glossary name ("UN → 联合国"), or the translation
 * beside the passage. Worked out on the passage's own text with the rule that marks it (highlight.ts), only for the
 * results shown.
 */
import { findRun, lattice, type Span, type TokenLattice } from '../text/match';
import { normalise } from '../text/normalise';
import { isStopWord } from '../text/stop-words';
import { tokenise } from '../text/tokens';
import type { Run, Slot } from './expand';
import type { ParsedQuery } from './query';
import { stemOf } from './stems';
import { runMatchers } from './token-matchers';

export type Reason =
  /** Filed under the principle the query names. */
  | { kind: 'principle'; id: string; title: string }
  /** The query's words side by side, as typed. */
  | { kind: 'phrase' }
  /** The query's words, apart. */
  | { kind: 'words' }
  /** A word in another form: as the reader typed it, and as the passage has it. */
  | { kind: 'inflection'; typed: string; found: string }
  /** Another name of the query's words, from the glossary. */
  | { kind: 'glossary'; typed: string; found: string }
  /** The match is in the translation (or the original) shown beside this passage. */
  | { kind: 'translation' };

/** How the query's words matched one passage's text; empty when they did not. */
export function textReasons(text: string, slots: readonly Slot[], query: ParsedQuery): Reason[] {
  const target = lattice(tokenise(text));
  const reasons: Reason[] = [];
  /** Slots held by the query's own words as typed, and through another form only. */
  let asTyped = 0;
  let inflected = 0;
  for (const slot of slots) {
    const ownOptions = slot.options.filter((option) => !option.glossary);
    const ownSpans = ownOptions.map((option) => option.runs.map((run) => spansOf(target, run)));
    const found = ownSpans.find((runs) => runs.every((spans) => spans.length > 0));
    if (found) {
      const forms = inflections(text, ownOptions[ownSpans.indexOf(found)].runs, found);
      reasons.push(...forms);
      if (forms.length > 0) inflected++;
      else asTyped++;
      continue;
    }
    const named = glossaryMatch(text, target, slot, query);
    if (named) reasons.push(named);
  }
  if (asTyped + inflected > 0 && isPhrase(target, query)) reasons.unshift({ kind: 'phrase' });
  else if (asTyped > 0) reasons.unshift({ kind: 'words' });
  return uniqueReasons(reasons);
}

function spansOf(target: TokenLattice, run: Run): Span[] {
  return runMatchers(run).flatMap((reading) => findRun(target, reading));
}

/** Words of one token found in another form of the same stem (a typed prefix's completion is not one). */
function inflections(text: string, runs: readonly Run[], spans: readonly Span[][]): Reason[] {
  return runs.flatMap((run, r): Reason[] => {
    const typed = run.readings[0];
    if (typed.length !== 1) return [];
    const exact = spans[r].some((span) => normalise(text.slice(span.start, span.end)) === typed[0]);
    const other = spans[r].find((span) => stemOf(normalise(text.slice(span.start, span.end))) === stemOf(typed[0]));
    return !exact && other ? [{ kind: 'inflection', typed: typed[0], found: text.slice(other.start, other.end) }] : [];
  });
}

function glossaryMatch(text: string, target: TokenLattice, slot: Slot, query: ParsedQuery): Reason | undefined {
  for (const option of slot.options) {
    if (!option.glossary) continue;
    const span = option.runs.map((run) => spansOf(target, run)[0]).find(Boolean);
    if (span)
      return { kind: 'glossary', typed: asTyped(query.text, slot.tokens), found: text.slice(span.start, span.end) };
  }
  return undefined;
}

/** Several words of the query (stop words aside), or a quoted phrase, found side by side, in order. */
function isPhrase(target: TokenLattice, query: ParsedQuery): boolean {
  const words = query.units.filter((unit) => unit.tokens.some((token) => !isStopWord(token)));
  if (words.length < 2 && !query.units.some((unit) => unit.quoted && unit.tokens.length > 1)) return false;
  return spansOf(target, { readings: [query.tokens], prefix: query.units.at(-1)?.prefix ?? false }).length > 0;
}

/** The slot's words as the reader wrote them (their case), found in the query; else as normalised. */
function asTyped(queryText: string, tokens: readonly string[]): string {
  const pattern = new RegExp(
    tokens.map((token) => token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\W]*'),
    'iu',
  );
  return pattern.exec(queryText)?.[0] ?? tokens.join(' ');
}

export function uniqueReasons(reasons: Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = JSON.stringify(reason);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
