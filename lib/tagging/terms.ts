import { findRun, readings, type Span, type TokenLattice, type TokenTest } from '../text/match';
import { tokenise } from '../text/tokens';

/**
 * A principle's term, compiled for matching against a passage's tokens (lib/text). `monopol*` is a prefix; `A ... B`
 * needs both parts in one passage. A part matches a run of whole tokens: English words whole, Chinese characters in
 * sequence (so a Chinese term matches inside unspaced text), a hyphenated term also written solid or apart.
 */
export interface CompiledTerm {
  term: string;
  parts: TermPart[];
}

interface TermPart {
  /** The ways to read the part ("open-source": open + source, or opensource); any one of them matches. */
  readings: TokenTest[][];
}

export function compileTerm(term: string): CompiledTerm {
  const parts = term.split(/\s+\.\.\.\s+/).map((raw): TermPart => {
    const prefix = raw.trim().endsWith('*');
    const tokens = tokenise(prefix ? raw.trim().slice(0, -1) : raw);
    return {
      readings: readings(tokens).map((reading) =>
        reading.map((token, i): TokenTest => ({ text: token.text, prefix: prefix && i === reading.length - 1 })),
      ),
    };
  });
  return { term, parts: parts.filter((part) => part.readings.length > 0) };
}

/** Spans in the text where every part of the term occurs; empty when any part is missing. */
export function findTerm(text: TokenLattice, term: CompiledTerm): Span[] {
  if (term.parts.length === 0) return [];
  // Plain loops: this runs for every term on every passage, and most calls find nothing.
  const spans: Span[] = [];
  for (const part of term.parts) {
    const before = spans.length;
    for (const reading of part.readings) for (const span of findRun(text, reading)) spans.push(span);
    if (spans.length === before) return [];
  }
  return spans;
}
