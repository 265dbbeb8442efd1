/**
 * Principles as intent: a query that names a principle (its title, its id's words, one of its terms, or a glossary
 * name of a term, in either language) asks for the passages filed under it, which then rank first. Names are compared
 * as keys: normalised, stop words left out, English words by stem and in any order, a Chinese run as written; so
 * "UN central role", "the UN's central role" and "central role UN" all name the same principle.
 */
import { normalise, type HanFold } from '../text/normalise';
import { isStopWord } from '../text/stop-words';
import type { IndexedGlossaryPair, IndexedPrinciple } from './files';
import { stemOf } from './stems';

/** A term's wildcard (`monopol*`) and gap (`A ... B`) are read as plain words. */
const TERM_SYNTAX = /\*|\.\.\./g;
const CHUNK = /[\p{L}\p{N}]+/gu;
const HAN = /\p{Script=Han}/u;

/** The key a name or a query is compared by; empty when it has only stop words. */
export function nameKey(text: string, han?: HanFold): string {
  const chunks = normalise(text.replace(TERM_SYNTAX, ' '), han).match(CHUNK) ?? [];
  const words = chunks.flatMap((chunk) => {
    if (HAN.test(chunk))
      return [
        Array.from(chunk)
          .filter((character) => !isStopWord(character))
          .join(''),
      ];
    return isStopWord(chunk) ? [] : [stemOf(chunk)];
  });
  return [...new Set(words.filter(Boolean))].sort().join(' ');
}

export interface PrincipleNames {
  id: string;
  title: string;
  titleZh: string;
  terms: { en: readonly string[]; zh: readonly string[] };
}

/**
 * A principle's name keys, at build time: its id's words, titles and terms, and the other names of every editors'
 * glossary pair that names one of its terms ("UN framework" → "United Nations framework" if the editors pair them).
 */
export function principleNameKeys(principle: PrincipleNames, glossary: readonly IndexedGlossaryPair[]): string[] {
  const own = [principle.id.replace(/-/g, ' '), principle.title, principle.titleZh, ...principle.terms.en];
  const keys = new Set([...own, ...principle.terms.zh].map((name) => nameKey(name)));
  for (const pair of glossary) {
    if (pair.from !== 'editor') continue;
    const names = [...pair.en, ...pair.zh];
    if (names.some((name) => keys.has(nameKey(name)))) for (const name of names) keys.add(nameKey(name));
  }
  keys.delete('');
  return [...keys];
}

/** The principle (its index in the manifest) that the query names, if any: the first in the manifest's order. */
export function principleNamed(
  queryText: string,
  principles: readonly IndexedPrinciple[],
  han?: HanFold,
): number | undefined {
  const key = nameKey(queryText, han);
  if (key === '') return undefined;
  const found = principles.findIndex((principle) => principle.names?.includes(key));
  return found < 0 ? undefined : found;
}
