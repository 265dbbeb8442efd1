/**
 * What a sheet link could not give, one named problem per entry; its words in either interface language are in
 * lib/i18n/sheet-problems.ts. Messages are plain strings: the page renders them as text (never as HTML). The only words
 * copied from the link are slugs and ids that passed their patterns, and `text` of a malformed entry, which `excerpt`
 * has made inert.
 */
import type { Locale } from '../i18n/locales';
import { ellipsis } from '../i18n/punctuation';
import { SHEET_PROBLEM_WORDS } from '../i18n/sheet-problems';

export type SheetProblem =
  /**
   * Not a passage reference; `no-source`: a bare id with no source before it; `bad-reference`: a source letter the
   * link never defined.
   */
  | { kind: 'malformed'; position: number; text: string; reason: 'syntax' | 'no-source' | 'bad-reference' }
  | { kind: 'unknown-source'; position: number; slug: string; id: string }
  | { kind: 'unknown-passage'; position: number; slug: string; id: string }
  /** The passage was edited: the entry shows the passage as it now reads (`to`). */
  | { kind: 'retired'; position: number; slug: string; id: string; to: string }
  | { kind: 'removed'; position: number; slug: string; id: string }
  /** The same passage as entry `first` (also when a retired id leads to a passage already on the sheet). */
  | { kind: 'duplicate'; position: number; slug: string; id: string; first: number }
  | { kind: 'too-many'; limit: number; total: number };

const EXCERPT_LENGTH = 40;
/** Control characters, and the bidirectional controls that could make an excerpt display as other text. */
const INERT = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** A hostile or huge entry, shortened to a plain excerpt that cannot disguise itself. */
export function excerpt(text: string): string {
  return ellipsis(text.replace(INERT, '\ufffd'), EXCERPT_LENGTH + 1);
}

const MALFORMED = { syntax: 'notReference', 'no-source': 'noSource', 'bad-reference': 'badReference' } as const;

/** The problem said once, in the interface's language. */
export function describeSheetProblem(problem: SheetProblem, language: Locale): string {
  const say = SHEET_PROBLEM_WORDS[language];
  switch (problem.kind) {
    case 'malformed':
      return say[MALFORMED[problem.reason]](problem.position, problem.text);
    case 'unknown-source':
      return say.unknownSource(problem.position, problem.slug);
    case 'unknown-passage':
      return say.unknownPassage(problem.position, problem.slug, problem.id);
    case 'retired':
      return say.retired(problem.position, problem.slug, problem.id, problem.to);
    case 'removed':
      return say.removed(problem.position, problem.slug, problem.id);
    case 'duplicate':
      return say.duplicate(problem.position, problem.first);
    case 'too-many':
      return say.tooMany(problem.total, problem.limit);
  }
}
